/**
 * One process, measured from outside: wall time by the clock here, CPU time (user + system) and
 * peak resident memory by GNU time (`/usr/bin/time`), which reads them from the kernel when the
 * process ends, children included. A process still running at the time limit is killed, with
 * every process it started.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { groupPeakKb } from './group-peak.js';

export const GNU_TIME = '/usr/bin/time';

export interface Measurement {
  readonly code: number | null;
  readonly timedOut: boolean;
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Peak resident memory, by GNU time; of a run that timed out, its peak so far when it was stopped (group-peak.ts), a lower bound. */
  readonly peakRssMb: number;
  /** The last lines of stderr, for a failure's reason. */
  readonly stderrTail: string;
}

export function assertGnuTime(): void {
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} is missing: install GNU time (Debian: apt-get install time)`);
}

export function measure(program: string, args: readonly string[], cwd: string, timeoutMs: number): Promise<Measurement> {
  const report = join(cwd, '.time-report');
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    // A process group of its own: killing GNU time alone would leave the tool running, holding
    // stderr open, so 'close' would wait for it (a 300 s limit once let @hey-api run 31 minutes).
    const child = spawn(GNU_TIME, ['-f', '%U %S %M', '-o', report, program, ...args], { cwd, detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', CI: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    let timedOut = false;
    let peakAtLimitKb = NaN;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid === undefined) return;
      peakAtLimitKb = groupPeakKb(child.pid, child.pid);
      process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      const [user, system, rssKb] = existsSync(report) && !timedOut ? readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [NaN, NaN, peakAtLimitKb];
      rmSync(report, { force: true });
      const tail = stderr.trim().split('\n').slice(-3).join(' | ');
      resolve({ code, timedOut, wallMs, cpuMs: ((user ?? NaN) + (system ?? NaN)) * 1000, peakRssMb: (rssKb ?? NaN) / 1024, stderrTail: tail });
    });
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
