/**
 * `sdkgen generate` over a config with several specs runs them in worker threads (--jobs, one
 * per core by default): the output is the same bytes as one spec after another (--jobs 1), and a
 * failure is the same line and exit code, the first failing spec in config order.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotTree } from '../output/tree.js';
import { brokenSpec, manySpecsProject } from './many-specs.js';
import { tempProject } from './project.js';
import { assertBuilt, sdkgen } from './run.js';

beforeAll(assertBuilt);

const NAMES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];

describe('generate with worker threads', () => {
  it('writes the same bytes with --jobs 2 as with --jobs 1', async () => {
    const serial = await tempProject(manySpecsProject(NAMES));
    const parallel = await tempProject(manySpecsProject(NAMES));
    const one = sdkgen(['generate', '--quiet', '--jobs', '1'], serial);
    const two = sdkgen(['generate', '--quiet', '--jobs', '2'], parallel);
    expect(one).toMatchObject({ code: 0, stderr: '' });
    expect(two).toEqual(one);
    const written = await snapshotTree(join(serial, 'gen'));
    expect(Object.keys(written).filter((path) => path.endsWith('README.md'))).toHaveLength(NAMES.length * 2);
    expect(await snapshotTree(join(parallel, 'gen'))).toEqual(written);
  });

  it('reports the first failing spec in config order, with the line and exit code of a serial run, and writes nothing', async () => {
    const specs = (name: string): string => (name === 'gamma' || name === 'epsilon' ? brokenSpec(name) : manySpecsProject([name])[`specs/${name}.json`]!);
    const dir = await tempProject(manySpecsProject(NAMES, specs));
    const one = sdkgen(['generate', '--quiet', '--jobs', '1'], dir);
    const two = sdkgen(['generate', '--quiet', '--jobs', '2'], dir);
    expect(one.code).toBe(1);
    expect(one.stderr).toMatch(/^sdkgen: specs\/gamma\.json#\/paths\/.*\n$/);
    expect(two).toEqual(one);
    expect(await snapshotTree(dir)).not.toHaveProperty('gen/.sdkgen/FILES');
  });

  it('refuses --jobs that is not a whole number of at least 1, as a usage error', async () => {
    const dir = await tempProject(manySpecsProject(['alpha']));
    const run = sdkgen(['generate', '--jobs', '0'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('sdkgen: --jobs needs a whole number of at least 1 (see sdkgen --help)\n');
  });

  it('is the same after a second run writes nothing', async () => {
    const dir = await tempProject(manySpecsProject(NAMES));
    expect(sdkgen(['generate', '--quiet', '--jobs', '2'], dir).code).toBe(0);
    await writeFile(join(dir, 'notes.md'), 'mine\n');
    const again = sdkgen(['generate', '--quiet', '--jobs', '2'], dir);
    expect(again.stdout).toMatch(/: 0 written, 0 removed\n$/);
    expect(sdkgen(['check'], dir)).toMatchObject({ code: 0 });
  });
});
