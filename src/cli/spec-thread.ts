/**
 * The work of a worker thread of `sdkgen generate` over several specs (spec-pool.ts; the thread
 * runs spec-worker.ts, which loads this module): for each spec it is
 * sent, it loads the spec and emits every target, and sends back the files, or the error, and
 * meanwhile each stage as it ends.
 */
import { saveCodeCache } from './code-cache.js';
import { parentPort, workerData } from 'node:worker_threads';
import type { SpecConfig } from '../config/index.js';
import { emitSpec, type LoaderOptions } from './pipeline.js';
import { sendableError } from './worker-errors.js';

const { outputName, loaderOptions } = workerData as { outputName: string; loaderOptions: LoaderOptions };
const port = parentPort;
if (port === null) throw new Error('spec-worker.js runs only as a worker thread');

port.on('message', (spec: SpecConfig) => {
  const observer = {
    loaded: (_spec: string, operations: number) => port.postMessage({ type: 'loaded', operations }),
    stage: (_spec: string, stage: string, ms: number) => port.postMessage({ type: 'stage', stage, ms }),
  };
  // The code cache is saved before the reply: once the last reply is in, the worker may be terminated.
  emitSpec(spec, outputName, loaderOptions, observer).finally(saveCodeCache).then(
    (files) => port.postMessage({ type: 'done', files }),
    (error: unknown) => port.postMessage({ type: 'error', error: sendableError(error) }),
  );
});
