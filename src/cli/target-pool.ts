/**
 * The targets of one spec emitted side by side in lanes (target-thread.ts): a target's emit is
 * CPU work on one thread, so with one spec and several targets a second lane uses the second
 * core. This thread is the first lane; each other lane is a worker thread, started before the
 * spec is loaded, so it imports its first target (ts-morph alone takes most of a second) while
 * this thread loads. A worker builds its own copy of the model from the bytes this thread read,
 * while this thread validates (ModelElsewhere) and then builds its own, or, for a spec that
 * cannot be rebuilt so, is sent the model built here. The files, warnings and first error come
 * back in config order, whatever order the targets finished in, so the run reads and writes as
 * one target after another would.
 */
import { serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { EmittedFile, TargetOptions } from '../emit/target.js';
import type { ModelElsewhere, ModelSource } from '../load/index.js';
import type { Api } from '../model/types.js';
import type { StageArea } from '../output/stage-pair.js';
import { emitJob, runLane, type LaneAnswer, type LaneJob, type TimedStaging } from './emit-job.js';
import { busyThreads } from './gc-tuning.js';
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

/**
 * Each job's files staged by its lane into an update that has begun (stage-pair.ts), instead
 * of sent back: `areas` by job, `staged` told what each staging did.
 */
export interface LaneStaging {
  readonly areas: readonly StageArea[];
  staged(index: number, pair: TimedStaging): void;
}

/** A worker's answer for one of its jobs (each gets exactly one), its error as sent across. */
type Answer = Exclude<LaneAnswer, { type: 'error' }> | { type: 'error'; index: number; error: SentError; warnings: string };

type Reply = { type: 'stage'; stage: string; ms: number } | Answer;

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

/**
 * How much later than the workers this thread can begin its emits, in RELATIVE_COST's units: it
 * validates (0.3 s on GitHub's spec, against 0.7 s for the TypeScript emit) while they build the
 * model, then builds its own.
 */
const HEAD_START = 14;

/**
 * Which jobs each lane takes, this thread's first: slowest first, each to the lane whose jobs so
 * far cost least. This thread's lane counts as already holding HEAD_START, as it starts later.
 * Fixed before the emits begin: while this thread emits it cannot hand out work.
 */
export function plan(jobs: readonly TargetJob[], lanes: number): number[][] {
  const slowest = Math.max(...Object.values(RELATIVE_COST));
  const load = Array.from({ length: lanes }, (_, lane): number => (lane === 0 ? HEAD_START : 0));
  const taken: number[][] = load.map(() => []);
  for (const index of schedule(jobs)) {
    const lane = load.indexOf(Math.min(...load));
    taken[lane]!.push(index);
    load[lane]! += RELATIVE_COST[jobs[index]!.target] ?? slowest;
  }
  return taken;
}

export class TargetLanes implements ModelElsewhere {
  private readonly workers: Worker[];
  /** The jobs of each lane: this thread's first, then each worker's. */
  private readonly plan: number[][];
  /** The workers were sent the spec's bytes, to build the model from. */
  private sourced = false;
  /** Ends this run's claim on the cores (gc-tuning.ts): this thread and each worker are busy until close. */
  private readonly idle: () => void;

  /** Starts a worker for each lane but this thread's, each importing its first job's target, while the caller loads. */
  constructor(
    private readonly jobs: readonly TargetJob[],
    lanes: number,
    private readonly shownSpec: string,
    private readonly loaderOptions: LoaderOptions,
  ) {
    this.plan = plan(jobs, Math.min(lanes, jobs.length));
    this.workers = this.plan.slice(1).map((taken) => {
      const preload = jobs[taken[0]!]!.target;
      return new Worker(new URL('./target-worker.js', import.meta.url), { workerData: { shownSpec, loaderOptions, preload } });
    });
    this.idle = busyThreads(this.plan.length);
  }

  /** Every worker parses the spec from `model`. */
  read(model: ModelSource): void {
    this.sourced = true;
    for (const worker of this.workers) worker.postMessage({ type: 'source', model } satisfies TargetWorkerRequest);
  }

  /**
   * Every worker builds the model. This thread builds the same one, so a spec it refuses is
   * refused here; a worker's failure to build (a bug) fails its jobs.
   */
  build(): void {
    for (const worker of this.workers) worker.postMessage({ type: 'build' } satisfies TargetWorkerRequest);
  }

  /**
   * Every job's files, in config order (none for a job staged through `staging`). Each lane takes
   * its jobs one after another, and after a failure only the jobs before it in config order, so,
   * as one after another, the error reported is the first failing target in config order, after
   * the warnings of the targets before it.
   */
  async emit(api: Api, stage: (stage: string, ms: number) => void, warn: (text: string) => void, staging?: LaneStaging): Promise<EmittedFile[][]> {
    const outcomes: ({ files: EmittedFile[] } | { error: unknown })[] = [];
    const warnings: string[] = [];
    const settle = (answer: LaneAnswer): void => {
      if (answer.type === 'skipped') return;
      warnings[answer.index] = answer.warnings;
      if (answer.type === 'error') return void (outcomes[answer.index] = { error: answer.error });
      outcomes[answer.index] = { files: answer.result.files };
      if (answer.result.staged !== undefined) staging?.staged(answer.index, answer.result.staged);
    };
    const job = (index: number): LaneJob => ({ index, ...this.jobs[index]!, stage: staging?.areas[index] });
    // Serialized once here, not once per worker as posting the object would: each worker reads its own copy.
    const model = this.sourced ? undefined : serialize(api);
    // The workers are sent their jobs first: this thread's own emits keep it busy until they end.
    const elsewhere = this.workers.map((worker, w) => {
      if (model !== undefined) worker.postMessage({ type: 'api', model } satisfies TargetWorkerRequest);
      return this.run(worker, this.plan[w + 1]!.map(job), stage, settle);
    });
    const here = runLane(this.plan[0]!.map(job), (j, text) => emitJob(api, j, this.shownSpec, this.loaderOptions, text), settle);
    // Every lane ends before anything is reported: this thread's staging must not outlive the update.
    for (const lane of await Promise.allSettled([here, ...elsewhere])) {
      if (lane.status === 'rejected') throw lane.reason;
    }
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
    this.idle();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** A worker's jobs, sent at once; each answer is settled as it comes. */
  private run(worker: Worker, jobs: LaneJob[], stage: (stage: string, ms: number) => void, settle: (answer: LaneAnswer) => void): Promise<unknown> {
    if (jobs.length === 0) return Promise.resolve();
    let unanswered = jobs.length;
    const answer = (reply: Answer): void => {
      unanswered--;
      settle(reply.type === 'error' ? { ...reply, error: receivedError(reply.error) } : reply);
    };
    const isLast = (reply: Reply): reply is Answer => reply.type !== 'stage' && unanswered === 1;
    const progress = (reply: Reply): void => (reply.type === 'stage' ? stage(reply.stage, reply.ms) : answer(reply));
    const request: TargetWorkerRequest = { type: 'emit', jobs };
    return workerReply(worker, request, isLast, progress, `emitting ${jobs.map((j) => j.target).join(', ')}`).then(answer);
  }
}
