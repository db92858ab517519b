/**
 * Once the new output is in place a run has succeeded: a cleanup the file system refuses is a
 * warning, never a failure after replacing; nor do leftovers of a killed run that cannot be
 * removed stop later runs. `rm` is made to refuse chosen folders here, since a root-run test
 * cannot make a real folder undeletable.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentOwner } from '../../src/output/run-owner.js';
import { snapshotTree } from './tree.js';

const refuse = vi.hoisted(() => ({ suffix: '' }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    rm: async (path: string, options?: Parameters<typeof real.rm>[1]) => {
      if (refuse.suffix !== '' && String(path).endsWith(refuse.suffix)) {
        throw Object.assign(new Error(`EBUSY: resource busy or locked, rm '${path}'`), { code: 'EBUSY', syscall: 'rm', path });
      }
      return real.rm(path, options);
    },
  };
});

const { writeTree } = await import('../../src/output/write.js');
const { rm } = await import('node:fs/promises');

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'sdkgen-cleanup-'));
  await mkdir(join(base, 'gen'));
  await writeFile(join(base, 'gen', 'README.md'), 'old\n');
});
afterEach(async () => {
  refuse.suffix = '';
  await rm(base, { recursive: true, force: true });
});

describe('writeTree when cleaning up after the swap fails', () => {
  it('succeeds with a warning when the previous output cannot be removed, and leaves it marked for a later run', async () => {
    refuse.suffix = '.old';
    const out = join(base, 'gen');
    const report = await writeTree(out, [{ path: 'README.md', contents: 'new\n' }]);
    expect(report.warnings).toEqual([expect.stringMatching(/^.*gen: replaced, but the previous contents remain at .*\.old until the next run: EBUSY/)]);
    expect(await snapshotTree(out)).toEqual({ 'README.md': 'new\n' });
    // The backup keeps its marker, so it is known as this run's and removed once the run is over.
    const beside = (await readdir(base)).sort();
    expect(beside.map((name) => name.replace(/sdkgen-[0-9a-f]{8}-\d+-\d+-[0-9a-f]{12}/, 'sdkgen-ID'))).toEqual([
      '.gen.sdkgen-ID.old', '.gen.sdkgen-ID.run', 'gen',
    ]);
    const { recoverInterruptedRuns } = await import('../../src/output/recover.js');
    refuse.suffix = '';
    // This process is the owner and still alive: nothing is removed yet.
    expect(await recoverInterruptedRuns(out)).toEqual([]);
    expect((await readdir(base)).length).toBe(3);
  });

  it('succeeds with a warning when only the marker cannot be removed', async () => {
    refuse.suffix = '.run';
    const out = join(base, 'gen');
    const report = await writeTree(out, [{ path: 'README.md', contents: 'new\n' }]);
    expect(report.warnings).toEqual([expect.stringMatching(/gen: replaced, but the marker .*\.run remains until the next run: EBUSY/)]);
    expect(await snapshotTree(out)).toEqual({ 'README.md': 'new\n' });
  });

  it('still writes when leftovers of a killed run cannot be removed, says so, and keeps their marker', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const stem = join(base, `.gen.sdkgen-${currentOwner().host}-${dead}-0-0123456789ab`);
    await writeFile(`${stem}.run`, '');
    await mkdir(`${stem}.old`);
    refuse.suffix = `${stem}.old`;
    const out = join(base, 'gen');
    const report = await writeTree(out, [{ path: 'README.md', contents: 'new\n' }]);
    expect(report.warnings).toEqual([expect.stringMatching(/gen: could not clear what an interrupted run \(pid \d+\) left at .*\.run: EBUSY/)]);
    expect(await snapshotTree(out)).toEqual({ 'README.md': 'new\n' });
    expect((await readdir(base)).sort()).toEqual([`.gen.sdkgen-${currentOwner().host}-${dead}-0-0123456789ab.old`, `.gen.sdkgen-${currentOwner().host}-${dead}-0-0123456789ab.run`, 'gen']);
  });
});
