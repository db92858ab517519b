/**
 * The work of a worker thread of `sdkgen generate` over one spec with several targets
 * (target-pool.ts; the thread runs target-worker.ts, which loads this module). It
 * imports the target it was started for while the main thread loads the spec, then builds the
 * model from the bytes the main thread read (or is sent the model built there), and emits the
 * targets it is given (emit-job.ts), sending back for each the files (or, given where, what
 * staging them into the output's update did), or the error, each stage as it ends, and the
 * warnings it would have printed, which the main thread prints in config order so the run
 * reads as one target after another would.
 */
import { saveCodeCache } from './code-cache.js';
import { noteCodeCacheWork } from './code-cache-work.js';
import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { loadTarget, loadTargetOptions } from '../emit/registry.js';
import { documentOf, modelOf, type ModelSource } from '../load/model-step.js';
import { onStage } from '../load/stages.js';
import type { Api } from '../model/types.js';
import { emitJob, runLane, type JobResult, type LaneJob } from './emit-job.js';
import type { LoaderOptions } from './pipeline.js';
import { sendableError } from './worker-errors.js';

/**
 * What the main thread sends: first what to build the model from, then the word to build it, or
 * else the model itself (v8-serialized); then the lane's jobs, all at once.
 */
export type TargetWorkerRequest =
  | { type: 'source'; model: ModelSource }
  | { type: 'build' }
  | { type: 'api'; model: Uint8Array }
  | { type: 'emit'; jobs: LaneJob[] };

const { shownSpec, loaderOptions, preload } = workerData as { shownSpec: string; loaderOptions: LoaderOptions; preload: string };
const port = parentPort;
if (port === null) throw new Error('target-worker.js runs only as a worker thread');

// Started now, beside the main thread's loading; a failure is the emit's to report, not the import's.
const preloading = Promise.all([loadTarget(preload), loadTargetOptions(preload)]).catch(() => undefined);
let api: Api | undefined;
/** What the model is built from, parsed before the word to build it comes. */
let source: { model: ModelSource; document: Record<string, unknown> } | undefined;
/** Why building the model here failed (a bug: the main thread built the same model): each emit then fails with it. */
let unbuilt: unknown;

onStage((e) => port.postMessage({ type: 'stage', stage: e.stage, ms: e.ms }));

port.on('message', (request: TargetWorkerRequest) => {
  if (request.type === 'api') {
    api = deserialize(request.model) as Api;
    return;
  }
  if (request.type === 'source') {
    try {
      source = { model: request.model, document: documentOf(request.model) };
    } catch (error) {
      // The main thread parsed these bytes: a failure here is sdkgen's, told by each emit.
      unbuilt = error;
    }
    return;
  }
  if (request.type === 'build') {
    try {
      if (unbuilt !== undefined) throw unbuilt;
      if (source === undefined) throw new Error('target-worker.js was asked to build the model before it was sent its source');
      const { document, model } = source;
      noteCodeCacheWork('model');
      source = undefined;
      api = modelOf(document, model.dialect, model.file, model.limits);
    } catch (error) {
      unbuilt = error;
    }
    return;
  }
  void runLane(request.jobs, emitHere, (answer) => {
    // The code cache is saved before the reply: once the last reply is in, the worker may be terminated.
    if (answer.type !== 'skipped') saveCodeCache();
    port.postMessage(answer.type === 'error' ? { ...answer, error: sendableError(answer.error) } : answer);
  });
});

/** One job, once this thread has its target and its model. */
async function emitHere(job: LaneJob, warn: (text: string) => void): Promise<JobResult> {
  await preloading;
  if (unbuilt !== undefined) throw unbuilt;
  if (api === undefined) throw new Error('target-worker.js was asked to emit before it was sent the model');
  return emitJob(api, job, shownSpec, loaderOptions, warn);
}
