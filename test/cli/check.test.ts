import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { configText, repoSpec, someTarget, tempProject } from './project.js';
import { assertBuilt, sdkgen } from './run.js';

beforeAll(assertBuilt);

describe('sdkgen check', () => {
  it('exits 0 after generate, and 1 listing every stale, missing and extra file', async () => {
    const target = await someTarget();
    const dir = await tempProject({ 'sdkgen.config.yaml': configText('gen', { g4: [repoSpec('g4-sessions'), { [target]: 'g4api' }] }) });
    expect(sdkgen(['generate'], dir).code).toBe(0);

    const current = sdkgen(['check'], dir);
    expect(current.stderr).toBe('');
    expect(current.code).toBe(0);
    expect(current.stdout).toMatch(/^gen is up to date \(\d+ files\)\n$/);

    const pairDir = join(dir, 'gen', 'g4', target);
    const written = (await readdir(pairDir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(pairDir.length + 1))
      .sort();
    expect(written.length).toBeGreaterThanOrEqual(2);
    const [staleFile, missingFile] = written as [string, string];
    await writeFile(join(pairDir, staleFile), 'edited by hand\n');
    await rm(join(pairDir, missingFile));
    // Not sdkgen's: never listed, never removed.
    await writeFile(join(pairDir, 'stray.md'), 'stray\n');
    await mkdir(join(pairDir, 'dist'));
    await writeFile(join(pairDir, 'dist', 'index.js'), 'built\n');
    // Files an earlier run wrote for pairs no longer configured, as its manifest says.
    await mkdir(join(dir, 'gen', 'retired-spec', target), { recursive: true });
    await writeFile(join(dir, 'gen', 'retired-spec', target, 'README.md'), 'old\n');
    await mkdir(join(dir, 'gen', 'g4', 'retired-target'));
    await writeFile(join(dir, 'gen', 'g4', 'retired-target', 'README.md'), 'old\n');
    await appendFile(join(dir, 'gen', '.sdkgen', 'FILES'), `g4/retired-target/README.md\nretired-spec/${target}/README.md\n`);

    const stale = sdkgen(['check'], dir);
    expect(stale).toEqual({
      code: 1,
      stdout: [
        'stale: gen/.sdkgen/FILES',
        `stale: gen/g4/${target}/${staleFile}`,
        `missing: gen/g4/${target}/${missingFile}`,
        'extra: gen/g4/retired-target/README.md',
        `extra: gen/retired-spec/${target}/README.md`,
        '',
      ].join('\n'),
      stderr: "sdkgen: gen is out of date (2 stale, 1 missing, 2 extra); run 'sdkgen generate'\n",
    });

    expect(sdkgen(['generate'], dir).code).toBe(0);
    expect(sdkgen(['check'], dir).code).toBe(0);
    expect((await readdir(join(dir, 'gen'))).sort()).toEqual(['.sdkgen', 'g4']);
    expect(await readFile(join(pairDir, 'stray.md'), 'utf8')).toBe('stray\n');
    expect(await readFile(join(pairDir, 'dist', 'index.js'), 'utf8')).toBe('built\n');
  });

  it('lists every file missing when the output folder does not exist', async () => {
    const target = await someTarget();
    const dir = await tempProject({ 'cfg.yaml': configText('out/gen', { g4: [repoSpec('g4-sessions'), { [target]: 'g4api' }] }) });
    const run = sdkgen(['check', '--config', 'cfg.yaml'], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toBe('missing: out/gen/.sdkgen/FILES');
    for (const line of lines.slice(1)) expect(line).toMatch(new RegExp(`^missing: out/gen/g4/${target}/\\S+$`));
    expect(await readdir(dir)).toEqual(['cfg.yaml']);
  });

  it('fails on a spec problem with one line and exit 1, not a diff', async () => {
    const target = await someTarget();
    const dir = await tempProject({
      'sdkgen.config.yaml': configText('gen', { bad: ['bad.yaml', { [target]: 'x' }] }),
      'bad.yaml': 'swagger: "2.0"\ninfo: { title: Bad, version: "1" }\npaths: { /a: { get: { responses: { 200: { $ref: "#/nowhere" } } } } }\n',
    });
    const run = sdkgen(['check'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^sdkgen: bad\.yaml#\/\S*: [^\n]+\n$/);
  });
});
