import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoSpec, tempProject } from './project.js';
import { assertBuilt, sdkgen } from './run.js';

beforeAll(assertBuilt);

describe('sdkgen init <spec>', () => {
  it('writes a commented config for every target that generate and check then use as is', async () => {
    const dir = await tempProject();
    const init = sdkgen(['init', repoSpec('g4-sessions')], dir);
    expect(init).toEqual({ code: 0, stdout: "wrote sdkgen.config.yaml; run 'sdkgen generate' next\n", stderr: '' });
    const text = await readFile(join(dir, 'sdkgen.config.yaml'), 'utf8');
    expect(text).toMatch(/^# sdkgen\.config\.yaml, written by `sdkgen init` from /);
    expect(text).toContain('output: generated\n');
    expect(text).toContain('  g4-sessions:\n');
    // info.title "G4 API", info.version "v1": names in each target's style, a semver version for npm.
    expect(text).toContain('      go: { packageName: g4api }\n');
    expect(text).toContain('      python: { packageName: g4_api }\n');
    expect(text).toContain('      rust: { packageName: g4_api }\n');
    expect(text).toContain('      typescript: { packageName: g4-api, packageVersion: "1.0.0" }\n');
    const generate = sdkgen(['generate'], dir);
    expect(generate.stderr).toBe('');
    expect(generate.stdout).toMatch(/^\d+ files for 4 targets in generated: \d+ written, 0 removed\n$/);
    expect(sdkgen(['check'], dir).code).toBe(0);
  });

  it('never overwrites a config', async () => {
    const dir = await tempProject({ 'sdkgen.config.yaml': '# mine\n' });
    expect(sdkgen(['init', repoSpec('g4-sessions')], dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'sdkgen: sdkgen.config.yaml: already exists; refusing to overwrite it (edit it, or pass --config another.yaml)\n',
    });
    expect(await readFile(join(dir, 'sdkgen.config.yaml'), 'utf8')).toBe('# mine\n');
  });

  it('writes nothing for a spec it cannot read', async () => {
    const dir = await tempProject();
    await writeFile(join(dir, 'bad.yaml'), 'openapi: 3.0.3\ninfo: { title: Bad }\npaths: {}\n');
    const run = sdkgen(['init', 'bad.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^sdkgen: bad\.yaml#\S*: [^\n]+\n$/);
    expect(sdkgen(['generate'], dir).stderr).toMatch(/no such file; to start, run 'sdkgen init <spec>'/);
  });
});
