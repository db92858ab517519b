/**
 * Runs jobs on a few long-lived worker processes (worker.ts, compiled), one spec at a time each.
 * A worker that overruns the per-spec deadline is killed (SIGKILL) and its spec recorded as timed
 * out; one that dies (out of memory, a fatal error) has its spec recorded as crashed with the end
 * of its stderr. Either way a fresh worker takes the next spec.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { Job, SpecResult } from './outcome.js';

export interface PoolOptions {
  /** The compiled worker module. */
  readonly workerFile: string;
  /** How many workers run at once. */
  readonly jobs: number;
  /** Per spec, from the moment it is handed over. */
  readonly timeoutMs: number;
  /** Heap limit of each worker (MB): large specs need more than Node's default on small machines. */
  readonly heapMb?: number | undefined;
  readonly onResult?: ((result: SpecResult) => void) | undefined;
}

/** The last characters a dying worker wrote to stderr, for the crash line. */
const STDERR_TAIL = 400;

class Worker {
  private readonly child: ChildProcess;
  private readonly ready: Promise<void>;
  private stderr = '';
  private exited = false;

  constructor(file: string, heapMb: number | undefined) {
    this.child = fork(file, [], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      execArgv: heapMb === undefined ? [] : [`--max-old-space-size=${heapMb}`],
    });
    this.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-STDERR_TAIL);
    });
    this.child.on('exit', () => (this.exited = true));
    this.ready = new Promise((resolve, reject) => {
      this.child.once('message', () => resolve());
      this.child.once('exit', (code, signal) => reject(new Error(`a corpus worker did not start (${signal ?? code}): ${this.stderr}`)));
    });
  }

  /** The spec's result, or how the worker ended instead of answering. */
  async run(job: Job, timeoutMs: number): Promise<SpecResult> {
    await this.ready;
    const started = Date.now();
    const base = { id: job.spec.id, bytes: job.spec.bytes };
    return new Promise((resolve) => {
      const finish = (result: SpecResult): void => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        resolve(result);
      };
      const onMessage = (result: SpecResult): void => finish(result);
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        const tail = this.stderr.trim().split('\n').slice(-3).join(' ').trim();
        finish({ ...base, outcome: 'crashed', reason: `the worker died (${signal ?? `exit ${code}`})${tail ? `: ${tail}` : ''}`, totalMs: Date.now() - started });
      };
      const timer = setTimeout(() => {
        this.child.off('exit', onExit);
        this.child.kill('SIGKILL');
        finish({ ...base, outcome: 'timed-out', reason: `no answer within ${timeoutMs / 1000} s`, totalMs: Date.now() - started });
      }, timeoutMs);
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send(job);
    });
  }

  get alive(): boolean {
    return !this.exited && this.child.exitCode === null && this.child.signalCode === null && !this.child.killed;
  }

  stop(): void {
    if (this.alive) this.child.kill();
  }
}

/** Every job's result, in the order of `jobs`. */
export async function runPool(jobs: readonly Job[], options: PoolOptions): Promise<SpecResult[]> {
  const results = new Array<SpecResult>(jobs.length);
  let next = 0;
  async function lane(): Promise<void> {
    let worker: Worker | undefined;
    try {
      while (next < jobs.length) {
        const index = next++;
        if (worker === undefined || !worker.alive) worker = new Worker(options.workerFile, options.heapMb);
        const result = await worker.run(jobs[index]!, options.timeoutMs);
        results[index] = result;
        options.onResult?.(result);
      }
    } finally {
      worker?.stop();
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, jobs.length)) }, lane));
  return results;
}
