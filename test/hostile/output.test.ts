/**
 * Case 8, the output folder's surroundings: a run killed half-way (SIGKILL, through
 * test/output/kill-at.mjs) leaves its marked scratch folders beside the output, next to folders
 * that only look like sdkgen's: named like them but without a marker, or marked by a run on
 * another host. The next run puts the complete new output in place, removes exactly the killed
 * run's folders and leaves every look-alike as it was. (test/output/write-kill.test.ts kills a run
 * at every step.)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentOwner } from '../../src/output/run-owner.js';
import { assertBuilt, BIN } from '../cli/run.js';
import { runChild } from '../support/child.js';
import { cli, filesUnder, listing, removeRoots, tempRoot } from './support.js';

beforeAll(assertBuilt);
afterAll(removeRoots);

const HOOK = new URL('../output/kill-at.mjs', import.meta.url).pathname;

const SPEC = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: { '/a': { get: { operationId: 'getA', tags: ['a'], responses: { 200: { description: 'ok' } } } } },
  components: { schemas: { Thing: { type: 'object', properties: { p: { type: 'string' } } } } },
});

/** Runs generate and SIGKILLs it right after it renamed the old output aside (step 3 + files). */
async function killedBetweenRenames(root: string, files: number): Promise<NodeJS.Signals | null> {
  const args = ['--import', HOOK, BIN, 'generate', 'spec.json', '--target', 'rust', '--out', 'gen'];
  return (await runChild(process.execPath, args, { cwd: root, env: { ...process.env, SDKGEN_KILL_AT: String(3 + files) } })).signal;
}

describe('leftovers beside the output folder', () => {
  it("of a killed run are put right and removed; look-alikes sdkgen did not mark are left alone", async () => {
    const root = await tempRoot({ 'spec.json': SPEC, 'gen/README.md': 'old\n' });
    const clean = await tempRoot({ 'spec.json': SPEC });
    expect((await cli(['generate', 'spec.json', '--target', 'rust', '--out', 'gen'], clean)).code).toBe(0);
    const expected = await filesUnder(join(clean, 'gen'));

    expect(await killedBetweenRenames(root, expected.size)).toBe('SIGKILL');
    const afterKill = Object.keys(await listing(root));
    expect(afterKill).not.toContain('gen');
    expect(afterKill.filter((path) => /^\.gen\.sdkgen-.*\.(run|new|old)$/.test(path))).toHaveLength(3);

    const otherHost = currentOwner().host === '00000000' ? '11111111' : '00000000';
    const lookAlikes = {
      '.gen.sdkgen-new-0123456789ab/README.md': 'an older sdkgen, or someone else\n',
      [`.gen.sdkgen-${otherHost}-1-0-0123456789ab.run`]: '',
      [`.gen.sdkgen-${otherHost}-1-0-0123456789ab.old/README.md`]: 'a run on another machine\n',
      '.gen.sdkgen-not-an-id.run': '',
      '.gen.sdkgen-not-an-id.old/README.md': 'unreadable marker\n',
    };
    for (const [path, contents] of Object.entries(lookAlikes)) {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), contents);
    }
    const before = await listing(root);

    const run = await cli(['generate', 'spec.json', '--target', 'rust', '--out', 'gen'], root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^sdkgen: warning: gen: put back the new output of an interrupted run \(pid \d+\)\n$/);
    expect(await filesUnder(join(root, 'gen'))).toEqual(expected);
    const after = await listing(root);
    const untouched = Object.fromEntries(Object.entries(before).filter(([path]) => !/^\.gen\.sdkgen-[0-9a-f]{8}-\d+-\d+-[0-9a-f]{12}\./.test(path) || path.startsWith(`.gen.sdkgen-${otherHost}`)));
    expect(Object.fromEntries(Object.entries(after).filter(([path]) => path !== 'gen' && !path.startsWith('gen/')))).toEqual(untouched);
  });
});
