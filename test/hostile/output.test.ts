/**
 * Case 8, the output folder's surroundings: a run killed half-way through its update (SIGKILL,
 * through test/output/kill-at.mjs) leaves its run folder in gen/.sdkgen, next to folders that only
 * look like sdkgen's: named like a run but without a proper id, or named by a run on another host
 * (whose journal must not be replayed from here), and old-style scratch folders beside gen/. The
 * next run finishes the killed run's update, removes exactly its folder and leaves every
 * look-alike and every file of the user as it was. (test/output/write-kill.test.ts kills a run
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

/** Runs generate and SIGKILLs it right after its first file replaced the previous one. */
async function killedMidUpdate(root: string, files: number): Promise<NodeJS.Signals | null> {
  // run-created, one file-staged per file and the manifest, journal-written, file-replaced.
  const step = 1 + (files + 1) + 1 + 1;
  const args = ['--import', HOOK, BIN, 'generate', 'spec.json', '--target', 'rust', '--out', 'gen'];
  return (await runChild(process.execPath, args, { cwd: root, env: { ...process.env, SDKGEN_KILL_AT: String(step) } })).signal;
}

describe('leftovers of runs', () => {
  it('of a killed run are finished and removed; look-alikes it did not make are left alone', async () => {
    const root = await tempRoot({ 'spec.json': SPEC, 'gen/README.md': 'old\n', 'gen/notes.md': 'mine\n' });
    const clean = await tempRoot({ 'spec.json': SPEC });
    expect((await cli(['generate', 'spec.json', '--target', 'rust', '--out', 'gen'], clean)).code).toBe(0);
    const expected = await filesUnder(join(clean, 'gen'));
    expected.set('notes.md', 'mine\n');

    expect(await killedMidUpdate(root, expected.size - 2)).toBe('SIGKILL');
    const afterKill = Object.keys(await listing(root));
    expect(afterKill.filter((path) => /^gen\/\.sdkgen\/run-[^/]+$/.test(path))).toHaveLength(1);
    expect(afterKill.filter((path) => /^gen\/\.sdkgen\/run-[^/]+\/journal$/.test(path))).toHaveLength(1);

    const otherHost = currentOwner().host === '00000000' ? '11111111' : '00000000';
    const lookAlikes = {
      'gen/.sdkgen/run-new-0123456789ab/journal': JSON.stringify({ put: [], drop: ['notes.md'] }),
      [`gen/.sdkgen/run-${otherHost}-1-0-0123456789ab/journal`]: JSON.stringify({ put: [], drop: ['notes.md'] }),
      [`gen/.sdkgen/run-${otherHost}-1-0-0123456789ab/new/README.md`]: 'a run on another machine\n',
      'gen/.sdkgen/run-not-an-id/new/README.md': 'unreadable name\n',
      '.gen.sdkgen-new-0123456789ab/README.md': 'an older sdkgen, or someone else\n',
      [`.gen.sdkgen-${currentOwner().host}-1-0-0123456789ab.run`]: '',
    };
    for (const [path, contents] of Object.entries(lookAlikes)) {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), contents);
    }
    const before = await listing(root);

    const run = await cli(['generate', 'spec.json', '--target', 'rust', '--out', 'gen'], root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^sdkgen: warning: gen: finished the update an interrupted run \(pid \d+\) had started\n$/);
    const lookAlikeFiles = Object.keys(lookAlikes).filter((path) => path.startsWith('gen/')).map((path) => path.slice('gen/'.length));
    const written = await filesUnder(join(root, 'gen'));
    for (const path of lookAlikeFiles) written.delete(path);
    expect(written).toEqual(expected);
    const after = await listing(root);
    const isKilledRun = (path: string): boolean => /^gen\/\.sdkgen\/run-[0-9a-f]{8}-\d+-\d+-[0-9a-f]{12}(\/|$)/.test(path) && !path.includes(otherHost);
    const untouched = (listing: Record<string, string>) =>
      Object.fromEntries(Object.entries(listing).filter(([path]) => !isKilledRun(path) && (!path.startsWith('gen') || Object.keys(lookAlikes).some((l) => l.startsWith(path)))));
    expect(untouched(after)).toEqual(untouched(before));
    expect(Object.keys(after).filter(isKilledRun)).toEqual([]);
  });
});
