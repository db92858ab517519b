/**
 * `generate --only <spec>` and `--shard i/n`: a CI job generates some of the config's specs; the
 * folders of the others, and their lines in the manifest, stay as they are, so the shards' runs
 * together leave exactly what one full run leaves.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseShard } from '../../src/cli/select.js';
import { snapshotTree } from '../output/tree.js';
import { manySpecsProject, smallSpec } from './many-specs.js';
import { tempProject } from './project.js';
import { assertBuilt, sdkgen } from './run.js';

beforeAll(assertBuilt);

const NAMES = ['alpha', 'beta', 'gamma'];
const folders = (tree: Record<string, string>): string[] => [...new Set(Object.keys(tree).map((path) => path.split('/')[0] ?? ''))].sort();

describe('--shard i/n', () => {
  it('two shards run one after the other leave exactly what one full run leaves', async () => {
    const full = await tempProject(manySpecsProject(NAMES));
    const sharded = await tempProject(manySpecsProject(NAMES));
    expect(sdkgen(['generate', '--quiet'], full).code).toBe(0);
    const first = sdkgen(['generate', '--quiet', '--shard', '1/2'], sharded);
    expect(first.stdout).toMatch(/ for 4 targets in gen: /);
    // Spec k of the config goes to shard (k mod 2) + 1: alpha and gamma, then beta.
    expect(folders(await snapshotTree(join(sharded, 'gen')))).toEqual(['.sdkgen', 'alpha', 'gamma']);
    expect(sdkgen(['generate', '--quiet', '--shard', '2/2'], sharded).code).toBe(0);
    expect(await snapshotTree(join(sharded, 'gen'))).toEqual(await snapshotTree(join(full, 'gen')));
    expect(sdkgen(['check'], sharded).code).toBe(0);
  });

  it('refuses a shard that is not i/n with 1 ≤ i ≤ n, and a shard with a <spec>', async () => {
    const dir = await tempProject({ ...manySpecsProject(NAMES), 'a.json': smallSpec('a') });
    for (const bad of ['3/2', '0/2', '1/0', 'half']) {
      expect(sdkgen(['generate', '--shard', bad], dir)).toMatchObject({ code: 2, stderr: `sdkgen: --shard needs i/n with 1 ≤ i ≤ n, such as 1/2 (got '${bad}') (see sdkgen --help)\n` });
    }
    const withSpec = sdkgen(['generate', 'a.json', '--target', 'go', '--out', 'o', '--shard', '1/2'], dir);
    expect(withSpec).toMatchObject({ code: 2, stderr: "sdkgen: --shard chooses among the config's specs; it does not go with a <spec> (see sdkgen --help)\n" });
  });

  it('parses i/n', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
  });
});

describe('--only <spec>', () => {
  it('updates only the named specs and keeps every other spec sdkgen wrote, files and manifest lines alike', async () => {
    const dir = await tempProject(manySpecsProject(NAMES));
    expect(sdkgen(['generate', '--quiet'], dir).code).toBe(0);
    const before = await snapshotTree(join(dir, 'gen'));
    // beta changes; alpha's spec changes too, but alpha is not asked for.
    await writeFile(join(dir, 'specs/beta.json'), smallSpec('beta', 3));
    await writeFile(join(dir, 'specs/alpha.json'), smallSpec('alpha', 1));
    const run = sdkgen(['generate', '--quiet', '--only', 'beta'], dir);
    expect(run.code).toBe(0);
    const after = await snapshotTree(join(dir, 'gen'));
    const pick = (tree: Record<string, string>, folder: string) => Object.fromEntries(Object.entries(tree).filter(([path]) => path.startsWith(`${folder}/`)));
    expect(pick(after, 'alpha')).toEqual(pick(before, 'alpha'));
    expect(pick(after, 'gamma')).toEqual(pick(before, 'gamma'));
    expect(pick(after, 'beta')).not.toEqual(pick(before, 'beta'));
    expect(Object.values(pick(after, 'beta')).join('')).toContain('getbeta2');
    const manifest = after['.sdkgen/FILES']!.split('\n');
    expect(manifest.filter((line) => line.startsWith('alpha/'))).toEqual(before['.sdkgen/FILES']!.split('\n').filter((line) => line.startsWith('alpha/')));
    expect(manifest.filter((line) => line.startsWith('beta/'))).toEqual(Object.keys(after).filter((path) => path.startsWith('beta/')).sort());
  });

  it('refuses a name the config does not have, listing the ones it has', async () => {
    const dir = await tempProject(manySpecsProject(NAMES));
    expect(sdkgen(['generate', '--only', 'zeta'], dir)).toMatchObject({
      code: 2,
      stderr: "sdkgen: --only 'zeta' is not a spec of the config (its specs: alpha, beta, gamma) (see sdkgen --help)\n",
    });
  });
});
