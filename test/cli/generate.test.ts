import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTarget } from '../../src/emit/registry.js';
import { loadApi } from '../../src/load/index.js';
import { compareTree } from '../../src/output/compare.js';
import { snapshotTree } from '../output/tree.js';
import { configText, repoSpec, someTarget, tempProject } from './project.js';
import { assertBuilt, sdkgen } from './run.js';

beforeAll(assertBuilt);

/** What the pipeline produces in-process for one pair: the CLI must write exactly this. */
async function expected(spec: string, target: string, packageName: string, packageVersion?: string) {
  return (await loadTarget(target)).emit(await loadApi(spec), { packageName, packageVersion });
}

describe('sdkgen generate <spec>', () => {
  it('writes exactly the emitted files into --out', async () => {
    const target = await someTarget();
    const dir = await tempProject();
    const out = join(dir, 'out', target);
    const run = sdkgen(['generate', repoSpec('g4-sessions'), '--target', target, '--out', out, '--package-name', 'g4api', '--package-version', '1.6.5']);
    const files = await expected(repoSpec('g4-sessions'), target, 'g4api', '1.6.5');
    expect(run).toEqual({ code: 0, stdout: `${files.length} files in ${out}: ${files.length} written, 0 removed\n`, stderr: '' });
    expect(files.length).toBeGreaterThan(0);
    expect(await compareTree(out, files)).toEqual({ stale: [], missing: [], extra: [] });
    // A second run finds nothing to change.
    const again = sdkgen(['generate', repoSpec('g4-sessions'), '--target', target, '--out', out, '--package-name', 'g4api', '--package-version', '1.6.5']);
    expect(again.stdout).toBe(`${files.length} files in ${out}: 0 written, 0 removed\n`);
  });

  it('leaves files it did not write in --out, and nothing beside it', async () => {
    const target = await someTarget();
    const dir = await tempProject({ 'out/stray.md': 'old\n', 'out/docs/Old.md': 'old\n' });
    const run = sdkgen(['generate', repoSpec('looker-4.0'), '--target', target, '--out', 'out'], dir);
    expect(run.code).toBe(0);
    const files = await expected(repoSpec('looker-4.0'), target, 'openapi');
    expect(await compareTree(join(dir, 'out'), files)).toEqual({ stale: [], missing: [], extra: [] });
    const tree = await snapshotTree(join(dir, 'out'));
    expect([tree['stray.md'], tree['docs/Old.md']]).toEqual(['old\n', 'old\n']);
    expect(await readdir(dir)).toEqual(['out']);
  });

  it('refuses a symbolic link as --out with one line and exit 1', async () => {
    const target = await someTarget();
    const dir = await tempProject({ 'real/keep.md': 'keep\n' });
    await symlink(join(dir, 'real'), join(dir, 'out'));
    const run = sdkgen(['generate', repoSpec('g4-sessions'), '--target', target, '--out', 'out'], dir);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'sdkgen: out: is a symbolic link; refusing to write through it (remove it or pass a real folder)\n',
    });
    expect(await snapshotTree(dir)).toEqual({ 'real/keep.md': 'keep\n', out: `-> ${join(dir, 'real')}` });
  });
});

describe('sdkgen generate (every configured pair)', () => {
  it('writes <output>/<spec>/<target>/ for each pair, per the config in the working folder', async () => {
    const target = await someTarget();
    const dir = await tempProject({
      'sdkgen.config.yaml': configText('gen', {
        g4: [repoSpec('g4-sessions'), { [target]: 'g4api' }],
        'looker-3.0': [repoSpec('looker-3.0'), { [target]: 'looker' }],
      }),
    });
    // --quiet: two specs would otherwise show their progress on stderr (test/cli/progress.test.ts).
    const run = sdkgen(['generate', '--quiet'], dir);
    const g4 = await expected(repoSpec('g4-sessions'), target, 'g4api');
    const looker = await expected(repoSpec('looker-3.0'), target, 'looker');
    const n = g4.length + looker.length;
    expect(run).toEqual({ code: 0, stdout: `${n} files for 2 targets in gen: ${n} written, 0 removed\n`, stderr: '' });
    const all = [...g4.map((f) => ({ ...f, path: `g4/${target}/${f.path}` })), ...looker.map((f) => ({ ...f, path: `looker-3.0/${target}/${f.path}` }))];
    expect(await compareTree(join(dir, 'gen'), all)).toEqual({ stale: [], missing: [], extra: [] });
    expect((await readdir(join(dir, 'gen'))).sort()).toEqual(['.sdkgen', 'g4', 'looker-3.0']);
  });

  it('counts in good grammar: 1 target', async () => {
    const target = await someTarget();
    const dir = await tempProject({ 'sdkgen.config.yaml': configText('gen', { g4: [repoSpec('g4-sessions'), { [target]: 'g4api' }] }) });
    expect(sdkgen(['generate'], dir).stdout).toMatch(/^\d+ files for 1 target in gen: \d+ written, 0 removed\n$/);
  });

  it('leaves the output folder untouched when any pair fails', async () => {
    const target = await someTarget();
    const dir = await tempProject({
      'cfg.yaml': configText('gen', {
        good: [repoSpec('g4-sessions'), { [target]: 'g4api' }],
        bad: ['bad.yaml', { [target]: 'bad' }],
      }),
      'bad.yaml': 'openapi: 3.0.3\ninfo: { title: Bad }\npaths: {}\n',
      'gen/good/old.md': 'old\n',
    });
    const before = await snapshotTree(dir);
    const run = sdkgen(['generate', '--config', 'cfg.yaml', '--quiet'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^sdkgen: bad\.yaml#\S*: [^\n]+\n$/);
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('reports a file system failure with the system message and exit 74', async () => {
    const target = await someTarget();
    const dir = await tempProject({
      'sdkgen.config.yaml': configText('file.txt/gen', { g4: [repoSpec('g4-sessions'), { [target]: 'g4api' }] }),
      'file.txt': 'a file, not a folder\n',
    });
    const run = sdkgen(['generate'], dir);
    expect(run.code).toBe(74);
    expect(run.stderr).toBe('sdkgen: cannot create the folder file.txt/gen: part of the path is a file, not a folder (ENOTDIR)\n');
  });
});

describe('loader options pass through', () => {
  const spec = [
    'openapi: 3.0.3',
    'info: { title: Pets, version: 1.0.0 }',
    'paths:',
    '  /pets:',
    '    get:',
    '      operationId: listPets',
    '      tags: [Pets]',
    '      responses:',
    "        '200':",
    '          description: ok',
    '          content:',
    '            application/json:',
    "              schema: { $ref: '../common/pet.yaml#/Pet' }",
    '',
  ].join('\n');
  const files = { 'specs/pets.yaml': spec, 'common/pet.yaml': 'Pet:\n  type: object\n  properties:\n    name: { type: string }\n' };

  it('refuses a $ref outside the spec folder by default, naming the flag', async () => {
    const dir = await tempProject(files);
    const run = sdkgen(['generate', 'specs/pets.yaml', '--target', await someTarget(), '--out', 'out'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^sdkgen: specs\/pets\.yaml#\S+: [^\n]*--allow-ref-root[^\n]*\n$/);
    expect(await readdir(dir)).toEqual(['common', 'specs']);
  });

  it('follows it with --allow-ref-root', async () => {
    const dir = await tempProject(files);
    const run = sdkgen(['generate', 'specs/pets.yaml', '--target', await someTarget(), '--out', 'out', '--allow-ref-root', 'common'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((await readdir(join(dir, 'out'))).length).toBeGreaterThan(0);
  });
});

describe('input errors: one line, exit 1, stack only with --verbose', () => {
  it('prints a spec problem as `sdkgen: <file>#<pointer>: <message>`', async () => {
    const dir = await tempProject({ 'bad.yaml': 'openapi: 3.0.3\ninfo: { title: Bad }\npaths: {}\n' });
    const run = sdkgen(['generate', 'bad.yaml', '--target', await someTarget(), '--out', 'out'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^sdkgen: bad\.yaml#\S*: [^\n]+\n$/);
    expect(await readdir(dir)).toEqual(['bad.yaml']);
  });

  it('adds the stack with --verbose', async () => {
    const dir = await tempProject({ 'bad.yaml': 'openapi: 3.0.3\ninfo: { title: Bad }\npaths: {}\n' });
    const run = sdkgen(['generate', 'bad.yaml', '--target', await someTarget(), '--out', 'out', '--verbose'], dir);
    expect(run.code).toBe(1);
    const [first, ...rest] = run.stderr.trimEnd().split('\n');
    expect(first).toMatch(/^sdkgen: bad\.yaml#\S*: /);
    expect(rest.some((line) => /^\s+at /.test(line))).toBe(true);
  });

  it('prints a config problem with the config file and pointer', async () => {
    const dir = await tempProject({ 'sdkgen.config.yaml': 'output: gen\nspecs:\n  s:\n    spec: s.yaml\n    targets:\n      go: {}\n' });
    expect(sdkgen(['generate'], dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: "sdkgen: sdkgen.config.yaml#/specs/s/targets/go: missing required key 'packageName'\n",
    });
  });

  it('names a missing config file', async () => {
    const dir = await tempProject();
    expect(sdkgen(['check', '--config', 'nope.yaml'], dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: "sdkgen: nope.yaml#: cannot read config: no such file; to start, run 'sdkgen init <spec>' to write one, or 'sdkgen generate <spec> --target <target> --out <folder>' for one spec\n",
    });
  });

  it('keeps a spec from writing control characters to the terminal', async () => {
    const dir = await tempProject({ 'sdkgen.config.yaml': 'output: gen\nspecs:\n  s:\n    spec: s.yaml\n    targets:\n      "\\e[31mred": {}\n' });
    const run = sdkgen(['check'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "sdkgen: sdkgen.config.yaml#/specs/s/targets/\\u001b[31mred: unknown target '\\u001b[31mred' (known targets: " +
        `${(await import('../../src/emit/registry.js').then((r) => r.targetNames())).join(', ')})\n`,
    );
  });
});

describe('package names and versions are checked per target', () => {
  it('refuses a bad --package-name as a usage error, exit 2, saying what is allowed', async () => {
    const dir = await tempProject();
    const typescript = sdkgen(['generate', repoSpec('g4-sessions'), '--target', 'typescript', '--out', 'out', '--package-name', 'Bad Name!', '--package-version', '1.0.0'], dir);
    expect(typescript).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "sdkgen: --package-name 'Bad Name!' must be an npm package name: lowercase letters, digits, '-', '.', '_' and '~', not starting with '.' or '_', optionally @scope/name, at most 214 characters for --target typescript (see sdkgen --help)\n",
    });
    // Once exit 70, "internal error".
    const python = sdkgen(['generate', repoSpec('g4-sessions'), '--target', 'python', '--out', 'out', '--package-name', 'Bad-Name'], dir);
    expect(python.code).toBe(2);
    expect(python.stderr).toMatch(/^sdkgen: --package-name 'Bad-Name' must be a PEP 8 module name: [^\n]+ \(see sdkgen --help\)\n$/);
    const version = sdkgen(['generate', repoSpec('g4-sessions'), '--target', 'rust', '--out', 'out', '--package-version', '1.0'], dir);
    expect(version.code).toBe(2);
    expect(version.stderr).toMatch(/^sdkgen: --package-version '1\.0' must be a semver version such as 1\.2\.3 or 2\.0\.0-beta\.1 for --target rust/);
    expect(await readdir(dir)).toEqual([]);
  });

  it("versions the package by the semver part of a spec's info.version that npm would refuse, with a warning; --strict refuses it, exit 1", async () => {
    const dir = await tempProject();
    const run = sdkgen(['generate', repoSpec('g4-sessions'), '--target', 'typescript', '--out', 'out'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^sdkgen: warning: \S*g4-sessions\.yaml#\/info\/version: 'v1' is not a semver version such as 1\.2\.3 or 2\.0\.0-beta\.1, which a typescript package needs; the package is versioned 1\.0\.0 \(set packageVersion in the config or pass --package-version\)\n$/);
    expect(JSON.parse(await readFile(join(dir, 'out/package.json'), 'utf8'))).toMatchObject({ version: '1.0.0' });
    const strict = sdkgen(['generate', repoSpec('g4-sessions'), '--target', 'typescript', '--out', 'strict', '--strict'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/^sdkgen: \S*g4-sessions\.yaml#\/info\/version: 'v1' is not a semver version such as 1\.2\.3 or 2\.0\.0-beta\.1, which a typescript package needs; set packageVersion in the config or pass --package-version\n$/);
  });

  it('takes --option key=value for the options the target declares, and writes with it', async () => {
    const dir = await tempProject();
    const run = sdkgen(['generate', repoSpec('g4-sessions'), '--target', 'go', '--out', 'out', '--package-name', 'g4api', '--option', 'modulePath=github.com/acme/g4-go'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await readFile(join(dir, 'out', 'README.md'), 'utf8')).toContain('import sw "github.com/acme/g4-go"');
  });

  it.each([
    [['--option', 'modulePath=Acme/x'], "--option modulePath: 'Acme/x' must be a Go module path such as github.com/acme/client: a lower-case domain with a dot, then '/'-separated parts of letters, digits, '-', '.', '_' and '~' for --target go"],
    [['--option', 'license=MIT'], "--option license: --target go has no option 'license' (it takes packageName, packageVersion, modulePath)"],
    [['--option', 'modulePath'], "--option needs key=value, got 'modulePath'"],
    [['--option', 'modulePath=github.com/a/b', '--option', 'modulePath=github.com/a/c'], '--option modulePath given more than once'],
    [['--option', 'packageName=x'], '--option packageName: give it as --package-name'],
    [['--option', 'modulePath='], '--option modulePath: must not be empty for --target go'],
  ])('refuses %j as a usage error, exit 2, one line', async (flags, message) => {
    const dir = await tempProject();
    const run = sdkgen(['generate', repoSpec('g4-sessions'), '--target', 'go', '--out', 'out', ...flags], dir);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `sdkgen: ${message} (see sdkgen --help)\n` });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses --option without a <spec>, as the other per-pair flags', async () => {
    const dir = await tempProject();
    const run = sdkgen(['generate', '--option', 'modulePath=github.com/a/b'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('sdkgen: --option needs a <spec>; without one every configured pair is generated (see sdkgen --help)\n');
  });

  it('refuses a bad packageName in the config as a config error, exit 1', async () => {
    const dir = await tempProject({ 'sdkgen.config.yaml': configText('gen', { g4: [repoSpec('g4-sessions'), { python: 'Bad-Name' }] }) });
    const run = sdkgen(['generate'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^sdkgen: sdkgen\.config\.yaml#\/specs\/g4\/targets\/python\/packageName: 'Bad-Name' must be a PEP 8 module name: [^\n]+\n$/);
  });
});
