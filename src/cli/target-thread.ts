/**
 * The work of a worker thread of `sdkgen generate` over one spec with several targets
 * (target-pool.ts; the thread runs target-worker.ts, which loads this module). It
 * imports the target it was started for while the main thread loads the spec, then builds the
 * model from the bytes the main thread read (or is sent the model built there), and emits each
 * target it is given, sending back the files (or, given where, staging them into the output's
 * update and sending back their paths), or the error, each stage as it ends, and the
 * warnings it would have printed, which the main thread prints in config order so the run
 * reads as one target after another would.
 */
import { saveCodeCache } from './code-cache.js';
import { noteCodeCacheWork } from './code-cache-work.js';
import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { loadTarget, loadTargetOptions } from '../emit/registry.js';
import type { TargetOptions } from '../emit/target.js';
import { documentOf, modelOf, type ModelSource } from '../load/model-step.js';
import { onStage } from '../load/stages.js';
import type { Api } from '../model/types.js';
import { stagePair, type StageArea } from '../output/stage-pair.js';
import { emitPair } from './emit-pair.js';
import type { LoaderOptions } from './pipeline.js';
import { sendableError } from './worker-errors.js';

/**
 * What the main thread sends: first what to build the model from, then the word to build it
 * (answered if `answer`), or else the model itself (v8-serialized); then one message per target.
 */
export type TargetWorkerRequest =
  | { type: 'source'; model: ModelSource }
  | { type: 'build'; answer: boolean }
  | { type: 'api'; model: Uint8Array }
  | { type: 'emit'; index: number; target: string; options: TargetOptions; shownOut: string; stage?: StageArea | undefined };

const { shownSpec, loaderOptions, preload } = workerData as { shownSpec: string; loaderOptions: LoaderOptions; preload: string };
const port = parentPort;
if (port === null) throw new Error('target-worker.js runs only as a worker thread');

// Started now, beside the main thread's loading; a failure is the emit's to report, not the import's.
const preloading = Promise.all([loadTarget(preload), loadTargetOptions(preload)]).catch(() => undefined);
let api: Api | undefined;
/** What the model is built from, parsed before the word to build it comes. */
let source: { model: ModelSource; document: Record<string, unknown> } | undefined;
/** Why building the model here failed: each emit then fails with it (the first lane reports it first). */
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
      // The main thread parsed these bytes: a failure here is sdkgen's, told when the model is asked for.
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
      if (request.answer) port.postMessage({ type: 'model', operations: api.operations.length });
    } catch (error) {
      unbuilt = error;
      if (request.answer) port.postMessage({ type: 'model-error', error: sendableError(error) });
    }
    return;
  }
  const warnings: string[] = [];
  const emitted = (async () => {
    await preloading;
    if (unbuilt !== undefined) throw unbuilt;
    if (api === undefined) throw new Error('target-worker.js was asked to emit before it was sent the model');
    const files = await emitPair(api, request.target, request.options, request.shownOut, shownSpec, loaderOptions, (text) => warnings.push(text));
    if (request.stage === undefined) return { files };
    // Staged here, so the files never cross to the main thread and are written beside the other lane's emit.
    const started = performance.now();
    const staged = stagePair(request.stage, files);
    return { files: [], staged: { ...staged, ms: performance.now() - started } };
  })();
  // The code cache is saved before the reply: once the last reply is in, the worker may be terminated.
  emitted.finally(saveCodeCache).then(
    (result) => port.postMessage({ type: 'done', index: request.index, ...result, warnings: warnings.join('') }),
    (error: unknown) => port.postMessage({ type: 'error', index: request.index, error: sendableError(error), warnings: warnings.join('') }),
  );
});
