/**
 * Failures the file system springs on a run, which a root-run test cannot make a real folder do:
 * `rm` and `renameSync` are made to refuse chosen paths here. A change refused after the commit point
 * is undone, so the run fails with every file as it was; once every change is made the run has
 * succeeded, and a cleanup the file system refuses is a warning; leftovers of a killed run that
 * cannot be removed do not stop later runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MANIFEST, manifestText } from '../../src/output/manifest.js';
import { currentOwner } from '../../src/output/run-owner.js';
import { snapshotTree } from './tree.js';

const refuse = vi.hoisted(() => ({ rm: '', rename: '' }));

const busy = vi.hoisted(() => (syscall: string, path: string) => Object.assign(new Error(`EBUSY: resource busy or locked, ${syscall} '${path}'`), { code: 'EBUSY', syscall, path }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    rm: async (path: string, options?: Parameters<typeof real.rm>[1]) => {
      if (refuse.rm !== '' && new RegExp(refuse.rm).test(String(path))) throw busy('rm', String(path));
      return real.rm(path, options);
    },
  };
});

// The output's per-file renames are synchronous (src/output/journal.ts).
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    renameSync: (from: string, to: string) => {
      if (refuse.rename !== '' && String(to).endsWith(refuse.rename)) {
        // Once: the undo renames to the same path and must get through.
        refuse.rename = '';
        throw busy('rename', String(to));
      }
      return real.renameSync(from, to);
    },
  };
});

const { writeTree } = await import('../../src/output/write.js');
const { recoverInterruptedRuns } = await import('../../src/output/recover.js');
const { rm } = await import('node:fs/promises');

let base: string;
let out: string;
const OLD = [{ path: 'README.md', contents: 'old\n' }, { path: 'docs/A.md', contents: 'old a\n' }, { path: 'docs/Gone.md', contents: 'gone\n' }];
const NEW = [{ path: 'README.md', contents: 'new\n' }, { path: 'docs/A.md', contents: 'new a\n' }];
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'sdkgen-cleanup-'));
  out = join(base, 'gen');
  await writeTree(out, OLD);
  await writeFile(join(out, 'mine.md'), 'mine\n');
});
afterEach(async () => {
  refuse.rm = '';
  refuse.rename = '';
  await rm(base, { recursive: true, force: true });
});

const runFolders = async (): Promise<string[]> => (await readdir(join(out, '.sdkgen'))).filter((name) => name.startsWith('run-'));

describe('writeTree when the file system refuses a change after the commit point', () => {
  it('puts back every file it had already changed and removed, and fails with the system error', async () => {
    const before = await snapshotTree(base);
    // docs/Gone.md is removed and README.md replaced before docs/A.md, which is refused.
    refuse.rename = join('gen', 'docs', 'A.md');
    await expect(writeTree(out, NEW)).rejects.toMatchObject({ code: 'EBUSY' });
    expect(await snapshotTree(base)).toEqual(before);
  });
});

describe('writeTree when cleaning up after the update fails', () => {
  it('succeeds with a warning when its run folder cannot be removed, and leaves it, named as its own, for a later run', async () => {
    refuse.rm = String.raw`/run-[^/]+$`;
    const report = await writeTree(out, NEW);
    expect(report.warnings).toEqual([expect.stringMatching(/gen: updated, but the previous files remain at .*run-[^ ]* until the next run: EBUSY/)]);
    expect(await snapshotTree(out)).toMatchObject({ 'README.md': 'new\n', 'docs/A.md': 'new a\n', 'mine.md': 'mine\n' });
    expect(await runFolders()).toEqual([expect.stringContaining(`-${process.pid}-`)]);
    refuse.rm = '';
    // This process is the owner and still alive: nothing is removed yet.
    expect(await recoverInterruptedRuns(out)).toEqual([]);
    expect(await runFolders()).toHaveLength(1);
  });
});

describe('recoverInterruptedRuns', () => {
  it('still lets a run write when leftovers of a killed run cannot be removed, says so, and keeps them', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const name = `run-${currentOwner().host}-${dead}-0-0123456789ab`;
    await mkdir(join(out, '.sdkgen', name, 'new'), { recursive: true });
    refuse.rm = `${name}$`;
    const report = await writeTree(out, NEW);
    expect(report.warnings).toEqual([expect.stringMatching(/gen: could not clear what an interrupted run \(pid \d+\) left at .*run-[^ ]*: EBUSY/)]);
    expect(await snapshotTree(out)).toMatchObject({ 'README.md': 'new\n', 'docs/A.md': 'new a\n', 'mine.md': 'mine\n', [MANIFEST]: manifestText(['README.md', 'docs/A.md']) });
    expect(await runFolders()).toEqual([name]);
    refuse.rm = '';
    expect(await recoverInterruptedRuns(out)).toEqual([]);
    expect(await runFolders()).toEqual([]);
  });
});
