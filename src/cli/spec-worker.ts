/**
 * A worker thread of `sdkgen generate` over several specs (spec-pool.ts): for each spec it is
 * sent, it loads the spec and emits every target, and sends back the files, or the error, and
 * meanwhile each stage as it ends.
 */
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
  emitSpec(spec, outputName, loaderOptions, observer).then(
    (files) => port.postMessage({ type: 'done', files }),
    (error: unknown) => port.postMessage({ type: 'error', error: sendableError(error) }),
  );
});
