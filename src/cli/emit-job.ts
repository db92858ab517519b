/**
 * The jobs of a target lane (target-pool.ts), in whichever thread runs the lane: each target's
 * files emitted and, given where, staged into the output's update there (so they never cross
 * threads, and their writing overlaps the other lanes' emits), with how long that took.
 */
import type { EmittedFile, TargetOptions } from '../emit/target.js';
import type { Api } from '../model/types.js';
import { stagePair, type StageArea, type StagedPair } from '../output/stage-pair.js';
import { emitPair } from './emit-pair.js';
import type { LoaderOptions } from './pipeline.js';

/** One target a lane emits: its index in the config's order, and where its files are staged, if anywhere. */
export interface LaneJob {
  readonly index: number;
  readonly target: string;
  readonly options: TargetOptions;
  readonly shownOut: string;
  readonly stage?: StageArea | undefined;
}

/** What a lane's staging of a job did, and how long it took. */
export type TimedStaging = StagedPair & { readonly ms: number };

/** A job's files, or (staged) none and what the staging did. */
export interface JobResult {
  readonly files: EmittedFile[];
  readonly staged?: TimedStaging;
}

/** What became of one job of a lane, with the warnings its emit would have printed. */
export type LaneAnswer =
  | { type: 'done'; index: number; result: JobResult; warnings: string }
  | { type: 'error'; index: number; error: unknown; warnings: string }
  | { type: 'skipped'; index: number };

export async function emitJob(api: Api, job: LaneJob, shownSpec: string, loaderOptions: LoaderOptions, warn: (text: string) => void): Promise<JobResult> {
  const files = await emitPair(api, job.target, job.options, job.shownOut, shownSpec, loaderOptions, warn);
  if (job.stage === undefined) return { files };
  const started = performance.now();
  const staged = stagePair(job.stage, files);
  return { files: [], staged: { ...staged, ms: performance.now() - started } };
}

/**
 * A lane's jobs one after another, each answered once, as it ends; after a failure only the jobs
 * before it in config order still matter, so the others are answered as skipped. A `done` that
 * cannot be answered (its reply cannot be sent, say) is answered as that job's error.
 */
export async function runLane(jobs: readonly LaneJob[], emit: (job: LaneJob, warn: (text: string) => void) => Promise<JobResult>, answer: (answer: LaneAnswer) => void): Promise<void> {
  let firstFailure = Number.POSITIVE_INFINITY;
  for (const job of jobs) {
    if (job.index > firstFailure) {
      answer({ type: 'skipped', index: job.index });
      continue;
    }
    const warnings: string[] = [];
    try {
      const result = await emit(job, (text) => warnings.push(text));
      answer({ type: 'done', index: job.index, result, warnings: warnings.join('') });
    } catch (error) {
      firstFailure = job.index;
      answer({ type: 'error', index: job.index, error, warnings: warnings.join('') });
    }
  }
}
