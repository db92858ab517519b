/**
 * Specs of a config loaded and emitted side by side, one worker thread per job (spec-worker.ts):
 * loading and emitting are CPU work on one thread each, so a second thread uses the second core.
 * Each worker takes the next spec in config order when it is free; the files come back per spec
 * and are returned in config order, whatever order they finished in.
 */
import { Worker } from 'node:worker_threads';
import type { Config, SpecConfig } from '../config/index.js';
import type { EmittedFile } from '../emit/target.js';
import { busyThreads } from './gc-tuning.js';
import type { LoaderOptions, RunObserver } from './pipeline.js';
import { receivedError, type SentError } from './worker-errors.js';
import { workerReply } from './worker-reply.js';

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
  // The workers are the busy threads; this one only waits for them.
  const idle = busyThreads(jobs);
  try {
    await Promise.all(Array.from({ length: jobs }, lane));
  } finally {
    idle();
  }
  if (failures.length > 0) throw failures.reduce((a, b) => (b.index < a.index ? b : a)).error;
  return results;
}

async function emitIn(worker: Worker, spec: SpecConfig, observer: RunObserver | undefined): Promise<EmittedFile[]> {
  const isFinal = (m: Message): m is Extract<Message, { type: 'done' | 'error' }> => m.type === 'done' || m.type === 'error';
  const progress = (m: Message): void => {
    if (m.type === 'loaded') observer?.loaded(spec.name, m.operations);
    else if (m.type === 'stage') observer?.stage(spec.name, m.stage, m.ms);
  };
  const reply = await workerReply(worker, spec, isFinal, progress, `generating ${spec.name}`);
  if (reply.type === 'error') throw receivedError(reply.error);
  return reply.files;
}
