import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';
import { SpecError } from '../../src/load/errors.js';

const TARGETS = ['go', 'python', 'rust', 'typescript'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdkgen-config-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let count = 0;
/** Writes `text` to a fresh config file in the temp folder and returns its path. */
async function configFile(text: string): Promise<string> {
  const file = join(dir, `config-${count++}.yaml`);
  await writeFile(file, text);
  return file;
}

describe('loadConfig', () => {
  it('takes license, repository and homepage for a typescript package', async () => {
    const file = await configFile(
      'output: gen\nspecs:\n  s:\n    spec: s.yaml\n    targets:\n      typescript: { packageName: x, license: MIT, repository: "git+https://example.com/x.git", homepage: "https://example.com" }\n',
    );
    expect((await loadConfig(file, TARGETS)).specs[0]?.targets[0]?.options).toEqual({
      packageName: 'x',
      license: 'MIT',
      repository: 'git+https://example.com/x.git',
      homepage: 'https://example.com',
    });
  });

  it("takes the options a target declares in its options.ts, such as go's modulePath", async () => {
    const file = await configFile('output: gen\nspecs:\n  s:\n    spec: s.yaml\n    targets:\n      go: { packageName: x, modulePath: github.com/acme/x-go }\n');
    expect((await loadConfig(file, TARGETS)).specs[0]?.targets[0]?.options).toEqual({ packageName: 'x', modulePath: 'github.com/acme/x-go' });
  });

  it('resolves paths against the config folder and keeps document order', async () => {
    const file = await configFile(
      [
        'output: out/generated',
        'specs:',
        '  zeta:',
        '    spec: specs/zeta.yaml',
        '    targets:',
        '      rust: { packageName: zapi, packageVersion: "1.10.0" }',
        '      go: { packageName: zeta }',
        '  alpha-1.0:',
        '    spec: ../elsewhere/alpha.json',
        '    targets:',
        '      typescript:',
        '        packageName: "@acme/alpha"',
      ].join('\n'),
    );
    const config = await loadConfig(file, TARGETS);
    expect(config).toEqual({
      file,
      outputName: 'out/generated',
      output: join(dir, 'out', 'generated'),
      specs: [
        {
          name: 'zeta',
          spec: join(dir, 'specs', 'zeta.yaml'),
          targets: [
            { target: 'rust', options: { packageName: 'zapi', packageVersion: '1.10.0' } },
            { target: 'go', options: { packageName: 'zeta' } },
          ],
        },
        {
          name: 'alpha-1.0',
          spec: resolve(dir, '..', 'elsewhere', 'alpha.json'),
          targets: [{ target: 'typescript', options: { packageName: '@acme/alpha' } }],
        },
      ],
    });
    // Absent, not undefined-valued: the target applies its own default.
    expect('packageVersion' in config.specs[0]!.targets[1]!.options).toBe(false);
  });

  it("accepts the repository's own sdkgen.config.yaml: three specs × go, python, rust, typescript", async () => {
    const config = await loadConfig('sdkgen.config.yaml', ['go', 'python', 'rust', 'typescript']);
    expect(config.outputName).toBe('generated');
    const pairs = config.specs.flatMap((s) => s.targets.map((t) => [`${s.name}/${t.target}`, t.options]));
    expect(pairs).toEqual([
      ['looker-3.0/go', { packageName: 'looker' }],
      ['looker-3.0/python', { packageName: 'lookerapi' }],
      ['looker-3.0/rust', { packageName: 'looker' }],
      ['looker-3.0/typescript', { packageName: 'looker-api-v3' }],
      ['looker-4.0/go', { packageName: 'looker' }],
      ['looker-4.0/python', { packageName: 'lookerapi' }],
      ['looker-4.0/rust', { packageName: 'looker' }],
      ['looker-4.0/typescript', { packageName: 'looker-api-v4', packageVersion: '4.0.7' }],
      ['g4-sessions/go', { packageName: 'g4api' }],
      ['g4-sessions/python', { packageName: 'g4api' }],
      ['g4-sessions/rust', { packageName: 'g4api', packageVersion: '1.6.5' }],
      ['g4-sessions/typescript', { packageName: 'g4-sessions-client', packageVersion: '1.6.5' }],
    ]);
    expect(config.specs.map((s) => s.spec)).toEqual(
      ['looker-3.0', 'looker-4.0', 'g4-sessions'].map((n) => resolve('specs', `${n}.yaml`)),
    );
  });

  const spec = (targets: string): string => `output: gen\nspecs:\n  s:\n    spec: s.yaml\n    targets:\n${targets}`;

  const errors: [string, string, string][] = [
    ['a root that is not a mapping', '- a\n', '#: the config must be a mapping, got a list'],
    ['an empty file', '', '#: the config must be a mapping, got null'],
    ['an unknown top-level key', 'output: gen\nspecs: {}\nextra: 1\n', "#/extra: unknown key 'extra' (expected output, specs, diff, strict)"],
    ['no output', 'specs: {}\n', "#: missing required key 'output'"],
    ['no specs', 'output: gen\n', "#: missing required key 'specs'"],
    ['no spec entries', 'output: gen\nspecs: {}\n', '#/specs: needs at least one spec'],
    ['an absolute output', 'output: /tmp/gen\nspecs: {}\n', "#/output: must be a folder inside the config's folder; '/tmp/gen' is absolute"],
    ['an output outside', 'output: ../gen\nspecs: {}\n', "#/output: must be a folder inside the config's folder; '../gen' has a '..' segment"],
    ['the config folder as output', "output: '.'\nspecs: {}\n", "#/output: must be a folder inside the config's folder; '.' has a '.' segment"],
    ['a number as output', 'output: 3\nspecs: {}\n', '#/output: must be a string, got number 3 (quote it)'],
    ['an empty output', "output: ''\nspecs: {}\n", '#/output: must not be empty'],
    [
      'a spec name that is a path',
      'output: gen\nspecs:\n  a/../b: { spec: s.yaml, targets: { go: { packageName: x } } }\n',
      "#/specs/a~1..~1b: spec name 'a/../b' must be letters, digits, '.', '_' or '-', not starting with '.', and usable as a folder name",
    ],
    [
      'a reserved spec name',
      'output: gen\nspecs:\n  con: { spec: s.yaml, targets: { go: { packageName: x } } }\n',
      "#/specs/con: spec name 'con' must be letters, digits, '.', '_' or '-', not starting with '.', and usable as a folder name",
    ],
    ['a spec that is a list', 'output: gen\nspecs:\n  s: [a]\n', "#/specs/s: spec 's' must be a mapping, got a list"],
    ['a spec without a path', 'output: gen\nspecs:\n  s: { targets: { go: { packageName: x } } }\n', "#/specs/s: missing required key 'spec'"],
    ['a spec without targets', 'output: gen\nspecs:\n  s: { spec: s.yaml }\n', "#/specs/s: missing required key 'targets'"],
    ['empty targets', 'output: gen\nspecs:\n  s: { spec: s.yaml, targets: {} }\n', '#/specs/s/targets: needs at least one target'],
    ['an unknown spec key', 'output: gen\nspecs:\n  s: { spec: s.yaml, target: {} }\n', "#/specs/s/target: unknown key 'target' (expected spec, targets)"],
    ['an unknown target', spec('      cobol: { packageName: x }\n'), "#/specs/s/targets/cobol: unknown target 'cobol' (known targets: go, python, rust, typescript)"],
    ['a target without packageName', spec('      go: {}\n'), "#/specs/s/targets/go: missing required key 'packageName'"],
    ['a null target', spec('      go:\n'), "#/specs/s/targets/go: target 'go' must be a mapping, got null"],
    ['a misspelt option', spec('      go: { packagename: x }\n'), "#/specs/s/targets/go/packagename: unknown key 'packagename' (expected packageName, packageVersion, modulePath)"],
    ['a free-text option with a space', spec("      go: { packageName: x, packageVersion: 'a b' }\n"), '#/specs/s/targets/go/packageVersion: must not contain spaces or control characters'],
    ['a packageName with a space', spec("      go: { packageName: 'a b' }\n"), "#/specs/s/targets/go/packageName: 'a b' must be a Go import path: '/'-separated parts of letters, digits, '-', '.', '_' and '~', each starting with a letter or digit"],
    ['a typescript packageName npm refuses', spec("      typescript: { packageName: 'Bad' }\n"), "#/specs/s/targets/typescript/packageName: 'Bad' must be an npm package name: lowercase letters, digits, '-', '.', '_' and '~', not starting with '.' or '_', optionally @scope/name, at most 214 characters"],
    ['a rust version that is not semver', spec("      rust: { packageName: x, packageVersion: '1.0' }\n"), "#/specs/s/targets/rust/packageVersion: '1.0' must be a semver version such as 1.2.3 or 2.0.0-beta.1"],
    ['package metadata on a target without it', spec('      go: { packageName: x, license: MIT }\n'), "#/specs/s/targets/go/license: unknown key 'license' (expected packageName, packageVersion, modulePath)"],
    ['a go modulePath that is no module path', spec("      go: { packageName: x, modulePath: 'Acme/x' }\n"), "#/specs/s/targets/go/modulePath: 'Acme/x' must be a Go module path such as github.com/acme/client: a lower-case domain with a dot, then '/'-separated parts of letters, digits, '-', '.', '_' and '~'"],
    ['an option that is not text', spec('      go: { packageName: x, modulePath: [a] }\n'), '#/specs/s/targets/go/modulePath: must be a string, got a list'],
    ['an unquoted version', spec('      go: { packageName: x, packageVersion: 1.10 }\n'), '#/specs/s/targets/go/packageVersion: must be a string, got number 1.1 (quote it)'],
    ['a duplicate key', spec('      go: { packageName: x }\n      go: { packageName: y }\n'), '#/specs/s/targets/go: Map keys must be unique (line 7, column 7)'],
    ['an unknown tag', spec('      go: { packageName: !shell x }\n'), '#/specs/s/targets/go/packageName: Unresolved tag: !shell (line 6, column 26)'],
    ['a YAML 1.1 tag', 'output: !!binary Z2Vu\nspecs: {}\n', '#/output: Unresolved tag: tag:yaml.org,2002:binary (line 1, column 9)'],
    ['a collection as key', 'output: gen\nspecs:\n  ? [a]\n  : {}\n', '#/specs: keys must be plain scalars, not collections'],
    ['two documents', 'output: gen\n---\nspecs: {}\n', '#: must hold a single YAML document (line 2, column 1)'],
    ['a syntax error', 'output: [gen\n', '#: Flow sequence in block collection must be sufficiently indented and end with a ] (line 2, column 1)'],
  ];
  it.each(errors)('refuses %s with one line naming the file and pointer', async (_name, text, expected) => {
    const file = await configFile(text);
    const error = await loadConfig(file, TARGETS).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as ConfigError).format()).toBe(`${file}${expected}`);
  });

  it('names a missing config file', async () => {
    const file = join(dir, 'absent.yaml');
    await expect(loadConfig(file, TARGETS)).rejects.toThrow(new ConfigError(file, '', "cannot read config: no such file; to start, run 'sdkgen init <spec>' to write one, or 'sdkgen generate <spec> --target <target> --out <folder>' for one spec"));
  });

  it('names a folder given as config', async () => {
    await expect(loadConfig(dir, TARGETS)).rejects.toThrow('cannot read config: is a folder');
  });

  it('refuses a config with alias expansion beyond the cap', async () => {
    const text = 'a: &a [x]\n' + Array.from({ length: 12 }, (_, i) => `b${i}: *a`).join('\n') + '\n';
    await expect(loadConfig(await configFile(text), TARGETS)).rejects.toThrow(ConfigError);
  });
});
