import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoverInterruptedRuns } from '../../src/output/recover.js';
import { currentOwner, markedRun, newRunFiles } from '../../src/output/run-owner.js';
import { writeTree } from '../../src/output/write.js';
import { snapshotTree } from './tree.js';

let base: string;
let out: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'sdkgen-recover-'));
  out = join(base, 'gen');
  await mkdir(out);
  await writeFile(join(out, 'README.md'), 'current\n');
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (child.pid === undefined) throw new Error('could not start node');
  return child.pid;
}

/** A marker and both folders as a run with this id would have left them. */
async function leaveRun(id: string): Promise<void> {
  const stem = join(base, `.gen.sdkgen-${id}`);
  await writeFile(`${stem}.run`, '');
  await mkdir(`${stem}.new/docs`, { recursive: true });
  await writeFile(`${stem}.new/docs/A.md`, 'new\n');
  await mkdir(`${stem}.old`);
  await writeFile(`${stem}.old/README.md`, 'old\n');
}

const RANDOM = 'a1b2c3d4e5f6';

describe('recoverInterruptedRuns', () => {
  it('removes the marked folders of a run whose process is gone, and leaves the output', async () => {
    const { host } = currentOwner();
    await leaveRun(`${host}-${deadPid()}-0-${RANDOM}`);
    expect(await recoverInterruptedRuns(out)).toEqual([]);
    expect(await snapshotTree(base)).toEqual({ 'gen/README.md': 'current\n' });
  });

  it('treats a pid now held by a process started at another time as gone (a reused pid)', async () => {
    const me = currentOwner();
    expect(me.start).toBeGreaterThan(0);
    await leaveRun(`${me.host}-${me.pid}-${me.start + 1}-${RANDOM}`);
    await recoverInterruptedRuns(out);
    expect(await snapshotTree(base)).toEqual({ 'gen/README.md': 'current\n' });
  });

  it('puts the previous output back when only the backup survived', async () => {
    const { host } = currentOwner();
    await rm(out, { recursive: true });
    const id = `${host}-${deadPid()}-0-${RANDOM}`;
    await leaveRun(id);
    await rm(join(base, `.gen.sdkgen-${id}.new`), { recursive: true });
    expect(await recoverInterruptedRuns(out, 'gen')).toEqual([expect.stringMatching(/^gen: put back the previous output of an interrupted run/)]);
    expect(await snapshotTree(base)).toEqual({ 'gen/README.md': 'old\n' });
  });

  it('never touches folders without a marker, of a live run, or of a run on another host', async () => {
    const me = currentOwner();
    const live = newRunFiles(out);
    await writeFile(live.marker, '');
    await mkdir(live.temp);
    const otherHost = me.host === '00000000' ? '11111111' : '00000000';
    await leaveRun(`${otherHost}-${deadPid()}-0-${RANDOM}`);
    // Named like sdkgen's folders but with no marker: left by someone else, or by an older sdkgen.
    await mkdir(join(base, '.gen.sdkgen-new-0123456789ab'));
    await mkdir(join(base, `.gen.sdkgen-${me.host}-${deadPid()}-0-${RANDOM}.new`));
    const before = await snapshotTree(base);
    await rm(out, { recursive: true });
    expect(await recoverInterruptedRuns(out)).toEqual([]);
    expect(await snapshotTree(base)).toEqual(Object.fromEntries(Object.entries(before).filter(([path]) => !path.startsWith('gen/'))));
  });

  it('reads a run only from a marker of this output folder', () => {
    const { host } = currentOwner();
    expect(markedRun(out, `.gen.sdkgen-${host}-12-34-${RANDOM}.run`)?.owner).toEqual({ host, pid: 12, start: 34 });
    expect(markedRun(out, `.gen.sdkgen-${host}-12-34-${RANDOM}.new`)).toBeUndefined();
    expect(markedRun(out, `.gen2.sdkgen-${host}-12-34-${RANDOM}.run`)).toBeUndefined();
    expect(markedRun(out, `.gen.sdkgen-x.sdkgen-${host}-12-34-${RANDOM}.run`)).toBeUndefined();
    expect(markedRun(out, `.gen.sdkgen-${host}-12-34-short.run`)).toBeUndefined();
  });
});

describe('writeTree after an interrupted run', () => {
  it('recovers before writing, and reports what it put back', async () => {
    const { host } = currentOwner();
    await rm(out, { recursive: true });
    await leaveRun(`${host}-${deadPid()}-0-${RANDOM}`);
    const report = await writeTree(out, [{ path: 'README.md', contents: 'newest\n' }]);
    expect(report.warnings).toEqual([expect.stringContaining('put back the new output of an interrupted run')]);
    expect(await snapshotTree(base)).toEqual({ 'gen/README.md': 'newest\n' });
  });
});
