/**
 * One job of a target lane (target-pool.ts), in whichever thread runs the lane: the target's
 * files emitted and, given where, staged into the output's update there (so they never cross
 * threads, and their writing overlaps the other lanes' emits), with how long that took.
 */
import type { EmittedFile } from '../emit/target.js';
import type { Api } from '../model/types.js';
import { stagePair, type StagedPair } from '../output/stage-pair.js';
import { emitPair } from './emit-pair.js';
import type { LoaderOptions } from './pipeline.js';
import type { LaneJob } from './target-thread.js';

/** What a lane's staging of a job did, and how long it took. */
export type TimedStaging = StagedPair & { readonly ms: number };

/** A job's files, or (staged) none and what the staging did. */
export interface JobResult {
  readonly files: EmittedFile[];
  readonly staged?: TimedStaging;
}

export async function emitJob(api: Api, job: LaneJob, shownSpec: string, loaderOptions: LoaderOptions, warn: (text: string) => void): Promise<JobResult> {
  const files = await emitPair(api, job.target, job.options, job.shownOut, shownSpec, loaderOptions, warn);
  if (job.stage === undefined) return { files };
  const started = performance.now();
  const staged = stagePair(job.stage, files);
  return { files: [], staged: { ...staged, ms: performance.now() - started } };
}
