/**
 * The targets of one spec emitted side by side, one worker thread per lane (target-thread.ts):
 * a target's emit is CPU work on one thread, so with one spec and several targets a second
 * lane uses the second core. The lanes start before the spec is loaded, so each imports its
 * first target (ts-morph alone takes most of a second) while the main thread loads. Each then
 * builds its own copy of the model from the bytes the main thread read, while that thread
 * validates (ModelElsewhere), or, for a spec that cannot be rebuilt so, is sent the model. The
 * files, warnings and first error come back in config order, whatever order the targets
 * finished in, so the run reads and writes as one target after another would.
 */
import { serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { EmittedFile, TargetOptions } from '../emit/target.js';
import type { ModelElsewhere, ModelSource } from '../load/index.js';
import type { Api } from '../model/types.js';
import type { StageArea, StagedPair } from '../output/stage-pair.js';
import type { LoaderOptions } from './pipeline.js';
import type { TargetWorkerRequest } from './target-thread.js';
import { receivedError, type SentError } from './worker-errors.js';
import { workerReply } from './worker-reply.js';

/** One target of the spec: what emitPair is given for it. */
export interface TargetJob {
  readonly target: string;
  readonly options: TargetOptions;
  readonly shownOut: string;
}

/** What a lane's staging of a job did, and how long it took. */
export type TimedStaging = StagedPair & { readonly ms: number };

/**
 * Each job's files staged by its lane into an update that has begun (stage-pair.ts), instead
 * of sent back: `areas` by job, `staged` told what each staging did.
 */
export interface LaneStaging {
  readonly areas: readonly StageArea[];
  staged(index: number, pair: TimedStaging): void;
}

type Reply =
  | { type: 'stage'; stage: string; ms: number }
  | { type: 'model'; operations: number }
  | { type: 'model-error'; error: SentError }
  | { type: 'done'; index: number; files: EmittedFile[]; staged?: TimedStaging; warnings: string }
  | { type: 'error'; index: number; error: SentError; warnings: string };

/**
 * How long each built-in target took on GitHub's spec (1,223 operations), relative: lanes take the
 * slowest first, so the last one to finish is a short one (longest-processing-time-first).
 * Unknown targets count as the slowest, so they are never the tail.
 */
const RELATIVE_COST: Readonly<Record<string, number>> = { typescript: 34, python: 23, go: 15, rust: 13 };

/** The order lanes take the jobs in: slowest first; ties keep config order. */
export function schedule(jobs: readonly TargetJob[]): number[] {
  const cost = (i: number): number => RELATIVE_COST[jobs[i]!.target] ?? Number.POSITIVE_INFINITY;
  return jobs.map((_, i) => i).sort((a, b) => cost(b) - cost(a) || a - b);
}

export class TargetLanes implements ModelElsewhere {
  private readonly workers: Worker[];
  private readonly order: number[];
  /** The first lane's word on the model it built (every lane builds the same one). */
  private verdict: Promise<{ operations: number }> | undefined;

  /** Starts `lanes` workers, the n-th importing the n-th job it will take, while the caller loads. */
  constructor(
    private readonly jobs: readonly TargetJob[],
    lanes: number,
    shownSpec: string,
    loaderOptions: LoaderOptions,
  ) {
    this.order = schedule(jobs);
    this.workers = Array.from({ length: Math.min(lanes, jobs.length) }, (_, lane) => {
      const preload = jobs[this.order[lane]!]!.target;
      return new Worker(new URL('./target-worker.js', import.meta.url), { workerData: { shownSpec, loaderOptions, preload } });
    });
  }

  /** Every lane parses the spec from `model`. */
  read(model: ModelSource): void {
    for (const worker of this.workers) worker.postMessage({ type: 'source', model } satisfies TargetWorkerRequest);
  }

  /** Every lane builds the model; the first one says how that went. */
  build(): void {
    const [first, ...others] = this.workers;
    for (const worker of others) worker.postMessage({ type: 'build', answer: false } satisfies TargetWorkerRequest);
    const isVerdict = (reply: Reply): reply is Extract<Reply, { type: 'model' | 'model-error' }> => reply.type === 'model' || reply.type === 'model-error';
    const request: TargetWorkerRequest = { type: 'build', answer: true };
    this.verdict = workerReply(first!, request, isVerdict, () => undefined, 'building the model').then((reply) => {
      if (reply.type === 'model-error') throw receivedError(reply.error);
      return { operations: reply.operations };
    });
    // Asked for only once the spec has passed validation: a refusal before that leaves it unread.
    this.verdict.catch(() => undefined);
  }

  built(): Promise<{ operations: number }> {
    if (this.verdict === undefined) throw new Error('TargetLanes.built() before build()');
    return this.verdict;
  }

  /**
   * Every job's files, in config order (none for a job staged through `staging`). After a
   * failure the lanes take only the jobs before it in config order, so, as one after another, the
   * error reported is the first failing target in config order, after the warnings of the targets
   * before it.
   */
  async emit(api: Api | undefined, stage: (stage: string, ms: number) => void, warn: (text: string) => void, staging?: LaneStaging): Promise<EmittedFile[][]> {
    if ((api === undefined) === (this.verdict === undefined)) throw new Error('TargetLanes.emit() needs the model, or lanes that built it');
    const outcomes: ({ files: EmittedFile[] } | { error: Error })[] = [];
    const warnings: string[] = [];
    let next = 0;
    // The lowest config index that failed: only jobs before it still matter, so only they still run.
    let firstFailure = Number.POSITIVE_INFINITY;
    // Serialized once here, not once per worker as posting the object would: each worker reads its own copy.
    const model = api && serialize(api);
    const lane = async (worker: Worker): Promise<void> => {
      if (model !== undefined) worker.postMessage({ type: 'api', model } satisfies TargetWorkerRequest);
      for (;;) {
        while (next < this.order.length && this.order[next]! > firstFailure) next++;
        if (next >= this.order.length) return;
        const index = this.order[next++]!;
        const reply = await this.run(worker, index, stage, staging?.areas[index]);
        warnings[index] = reply.warnings;
        if (reply.type === 'done') {
          outcomes[index] = { files: reply.files };
          if (reply.staged !== undefined) staging?.staged(index, reply.staged);
        }
        else {
          outcomes[index] = { error: receivedError(reply.error) };
          firstFailure = Math.min(firstFailure, index);
        }
      }
    };
    await Promise.all(this.workers.map(lane));
    const files: EmittedFile[][] = [];
    for (let index = 0; index < this.jobs.length; index++) {
      const outcome = outcomes[index];
      if (outcome === undefined) continue;
      warn(warnings[index] ?? '');
      if ('error' in outcome) throw outcome.error;
      files.push(outcome.files);
    }
    return files;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private run(worker: Worker, index: number, stage: (stage: string, ms: number) => void, area: StageArea | undefined): Promise<Extract<Reply, { index: number }>> {
    const job = this.jobs[index]!;
    const request: TargetWorkerRequest = { type: 'emit', index, target: job.target, options: job.options, shownOut: job.shownOut, stage: area };
    const isFinal = (reply: Reply): reply is Extract<Reply, { index: number }> => reply.type !== 'stage';
    const progress = (reply: Reply): void => {
      if (reply.type === 'stage') stage(reply.stage, reply.ms);
    };
    return workerReply(worker, request, isFinal, progress, `emitting ${job.target}`);
  }
}
