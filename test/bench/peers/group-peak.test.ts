/**
 * bench/peers/group-peak.ts: the peak memory of a process group still running, as the benchmark
 * reads it for a tool it stops at the time limit. Real processes, read through Linux's /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { groupPeakKb } from '../../../bench/peers/group-peak.js';

const started: ChildProcess[] = [];

afterEach(() => {
  for (const child of started.splice(0)) if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
});

/**
 * A process group led by a small node process whose child holds `mb` megabytes, touched so
 * they are resident; resolves with the leader and the holder's pid once the holder says so.
 */
async function groupHolding(mb: number): Promise<{ leader: ChildProcess; holder: number }> {
  const holder = `const b = Buffer.alloc(${mb} * 1024 * 1024, 1); process.stdout.write('ready ' + process.pid); setInterval(() => b[0]++, 1000);`;
  const leader = `const c = require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(holder)}], { stdio: ['ignore', 'inherit', 'inherit'] }); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', leader], { detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
  started.push(child);
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  const [word, pid] = chunk.toString().split(' ');
  expect(word).toBe('ready');
  return { leader: child, holder: Number(pid) };
}

describe('groupPeakKb', () => {
  it('reads the highest peak among the group, a member started by its leader included', async () => {
    const { leader } = await groupHolding(200);
    const peak = groupPeakKb(leader.pid!, leader.pid!);
    // The holder's 200 MB are resident: its peak is above them (the leader, left out, holds far less).
    expect(peak).toBeGreaterThanOrEqual(200 * 1024);
    expect(peak).toBeLessThan(400 * 1024);
  });

  it('leaves out the process it is told to (GNU time, when the bench calls it)', async () => {
    const { leader, holder } = await groupHolding(200);
    // With the holder left out, only the leader (a bare node process) is read.
    const peak = groupPeakKb(leader.pid!, holder);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(150 * 1024);
  });

  it('is NaN for a group with no process', () => {
    // Process group ids are process ids; a group whose leader and members all ended has none.
    expect(groupPeakKb(2 ** 22 + 12345, -1)).toBeNaN();
  });
});
