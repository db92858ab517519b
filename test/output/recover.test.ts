import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST, manifestText } from '../../src/output/manifest.js';
import { recoverInterruptedRuns } from '../../src/output/recover.js';
import { currentOwner, markedRun, newRunFiles } from '../../src/output/run-owner.js';
import { writeTree } from '../../src/output/write.js';
import { snapshotTree } from './tree.js';

let base: string;
let out: string;
let state: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'sdkgen-recover-'));
  out = join(base, 'gen');
  state = join(out, '.sdkgen');
  await writeTree(out, [{ path: 'README.md', contents: 'current\n' }, { path: 'docs/Gone.md', contents: 'gone\n' }]);
  await writeFile(join(out, 'mine.md'), 'mine\n');
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const CURRENT = { 'README.md': 'current\n', 'docs/Gone.md': 'gone\n', 'mine.md': 'mine\n', [MANIFEST]: manifestText(['README.md', 'docs/Gone.md']) };

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (child.pid === undefined) throw new Error('could not start node');
  return child.pid;
}

/** A run folder as a run with this id would have left it: staged files, and a journal if committed. */
async function leaveRun(id: string, committed: boolean): Promise<string> {
  const folder = join(state, `run-${id}`);
  await mkdir(join(folder, 'new', 'docs'), { recursive: true });
  await mkdir(join(folder, 'new', '.sdkgen'), { recursive: true });
  await writeFile(join(folder, 'new', 'README.md'), 'new\n');
  await writeFile(join(folder, 'new', 'docs', 'A.md'), 'new a\n');
  await writeFile(join(folder, 'new', MANIFEST), manifestText(['README.md', 'docs/A.md']));
  if (committed) await writeFile(join(folder, 'journal'), JSON.stringify({ put: ['README.md', 'docs/A.md', MANIFEST], drop: ['docs/Gone.md'] }));
  return folder;
}

const RANDOM = 'a1b2c3d4e5f6';

describe('recoverInterruptedRuns', () => {
  it('removes the folder of a dead run that never committed, and leaves the output', async () => {
    const { host } = currentOwner();
    await leaveRun(`${host}-${deadPid()}-0-${RANDOM}`, false);
    expect(await recoverInterruptedRuns(out)).toEqual([]);
    expect(await snapshotTree(out)).toEqual(CURRENT);
  });

  it('finishes the changes of a dead run that committed, then removes its folder', async () => {
    const { host } = currentOwner();
    await leaveRun(`${host}-${deadPid()}-0-${RANDOM}`, true);
    // Half done already: README.md was replaced before the kill.
    await rm(join(out, 'README.md'));
    await writeFile(join(out, 'README.md'), 'new\n');
    expect(await recoverInterruptedRuns(out, 'gen')).toEqual([expect.stringMatching(/^gen: finished the update an interrupted run \(pid \d+\) had started$/)]);
    expect(await snapshotTree(out)).toEqual({ 'README.md': 'new\n', 'docs/A.md': 'new a\n', 'mine.md': 'mine\n', [MANIFEST]: manifestText(['README.md', 'docs/A.md']) });
  });

  it('treats a pid now held by a process started at another time as gone (a reused pid)', async () => {
    const me = currentOwner();
    expect(me.start).toBeGreaterThan(0);
    await leaveRun(`${me.host}-${me.pid}-${me.start + 1}-${RANDOM}`, false);
    await recoverInterruptedRuns(out);
    expect(await snapshotTree(out)).toEqual(CURRENT);
  });

  it('never trusts a journal path outside the output folder', async () => {
    const { host } = currentOwner();
    const folder = await leaveRun(`${host}-${deadPid()}-0-${RANDOM}`, false);
    await writeFile(join(base, 'precious.md'), 'precious\n');
    await writeFile(join(folder, 'journal'), JSON.stringify({ put: ['../precious.md'], drop: ['../precious.md', '/etc/hostname'] }));
    await recoverInterruptedRuns(out);
    expect(await snapshotTree(base)).toEqual({ 'precious.md': 'precious\n', ...Object.fromEntries(Object.entries(CURRENT).map(([p, c]) => [`gen/${p}`, c])) });
  });

  it('never touches folders not named as runs, of a live run, or of a run on another host', async () => {
    const me = currentOwner();
    const live = newRunFiles(state);
    await mkdir(live.staged, { recursive: true });
    await writeFile(live.journal, JSON.stringify({ put: [], drop: ['README.md'] }));
    const otherHost = me.host === '00000000' ? '11111111' : '00000000';
    await leaveRun(`${otherHost}-${deadPid()}-0-${RANDOM}`, true);
    // Named almost like sdkgen's runs: left by someone else, or by an older sdkgen.
    await mkdir(join(state, 'run-new-0123456789ab'));
    await mkdir(join(state, `old-${me.host}-${deadPid()}-0-${RANDOM}`));
    const before = await snapshotTree(out);
    expect(await recoverInterruptedRuns(out)).toEqual([]);
    expect(await snapshotTree(out)).toEqual(before);
  });

  it('reads a run only from a folder named as one', () => {
    const { host } = currentOwner();
    expect(markedRun(state, `run-${host}-12-34-${RANDOM}`)?.owner).toEqual({ host, pid: 12, start: 34 });
    expect(markedRun(state, `run-${host}-12-34-${RANDOM}.old`)).toBeUndefined();
    expect(markedRun(state, `xrun-${host}-12-34-${RANDOM}`)).toBeUndefined();
    expect(markedRun(state, `run-${host}-12-34-short`)).toBeUndefined();
  });
});

describe('writeTree after an interrupted run', () => {
  it('finishes it before writing, and reports that it did', async () => {
    const { host } = currentOwner();
    await leaveRun(`${host}-${deadPid()}-0-${RANDOM}`, true);
    const report = await writeTree(out, [{ path: 'README.md', contents: 'newest\n' }]);
    expect(report.warnings).toEqual([expect.stringContaining('finished the update an interrupted run')]);
    expect(await snapshotTree(out)).toEqual({ 'README.md': 'newest\n', 'mine.md': 'mine\n', [MANIFEST]: manifestText(['README.md']) });
  });
});
