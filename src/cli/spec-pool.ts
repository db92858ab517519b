/**
 * Specs of a config loaded and emitted side by side, one worker thread per job (spec-worker.ts):
 * loading and emitting are CPU work on one thread each, so a second thread uses the second core.
 * Each worker takes the next spec in config order when it is free; the files come back per spec
 * and are returned in config order, whatever order they finished in.
 */
import { Worker } from 'node:worker_threads';
import type { Config, SpecConfig } from '../config/index.js';
import type { EmittedFile } from '../emit/target.js';
import type { LoaderOptions, RunObserver } from './pipeline.js';
import { receivedError, type SentError } from './worker-errors.js';

type Message =
  | { type: 'loaded'; operations: number }
  | { type: 'stage'; stage: string; ms: number }
  | { type: 'done'; files: EmittedFile[] }
  | { type: 'error'; error: SentError };

export async function emitInWorkers(config: Config, loaderOptions: LoaderOptions, jobs: number, observer: RunObserver | undefined): Promise<EmittedFile[][]> {
  const results: EmittedFile[][] = [];
  const failures: { index: number; error: unknown }[] = [];
  let next = 0;
  async function lane(): Promise<void> {
    const worker = new Worker(new URL('./spec-worker.js', import.meta.url), { workerData: { outputName: config.outputName, loaderOptions } });
    try {
      // After a failure no further spec starts: as one after another, the specs after the first
      // failure (in config order) are never run; the ones before it all were, and finish.
      while (failures.length === 0 && next < config.specs.length) {
        const index = next++;
        try {
          results[index] = await emitIn(worker, config.specs[index]!, observer);
        } catch (error) {
          failures.push({ index, error });
        }
      }
    } finally {
      await worker.terminate();
    }
  }
  await Promise.all(Array.from({ length: jobs }, lane));
  if (failures.length > 0) throw failures.reduce((a, b) => (b.index < a.index ? b : a)).error;
  return results;
}

function emitIn(worker: Worker, spec: SpecConfig, observer: RunObserver | undefined): Promise<EmittedFile[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: Message): void => {
      if (message.type === 'loaded') observer?.loaded(spec.name, message.operations);
      else if (message.type === 'stage') observer?.stage(spec.name, message.stage, message.ms);
      else {
        done();
        if (message.type === 'done') resolve(message.files);
        else reject(receivedError(message.error));
      }
    };
    // A worker that dies (out of memory, a crash in a native module) is sdkgen's failure, not the spec's.
    const onError = (error: Error): void => {
      done();
      reject(error);
    };
    const onExit = (code: number): void => {
      done();
      reject(new Error(`a worker thread stopped (exit code ${code}) while generating ${spec.name}`));
    };
    const done = (): void => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(spec);
  });
}
