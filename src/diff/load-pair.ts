import { Worker } from 'node:worker_threads';
import { loadApi, type LoadOptions } from '../load/index.js';
import { SpecError } from '../load/errors.js';
import type { Api } from '../model/types.js';

export interface Loaded {
  readonly api: Api;
  /** Tolerated schema violations, each one line `file#pointer: message`. */
  readonly warnings: string[];
}

/**
 * Loads base and revision the way `generate` loads a spec (same limits, same `$ref` policy), but
 * a schema violation is a warning, not an error: real specs bend the schema, and a diff is still
 * worth having. Two specs load in two worker threads at once when running from the build; from
 * sources (tests through vitest) they load one after the other in this thread.
 */
export async function loadSides(paths: readonly (string | undefined)[], options: LoadOptions): Promise<(Loaded | undefined)[]> {
  const workerUrl = new URL('./load-worker.js', import.meta.url);
  const parallel = import.meta.url.endsWith('.js') && paths.filter(Boolean).length > 1;
  if (!parallel) {
    const out: (Loaded | undefined)[] = [];
    for (const path of paths) out.push(path === undefined ? undefined : await loadHere(path, options));
    return out;
  }
  return Promise.all(paths.map((path) => (path === undefined ? undefined : loadInWorker(workerUrl, path, options))));
}

async function loadHere(path: string, options: LoadOptions): Promise<Loaded> {
  const warnings: string[] = [];
  const api = await loadApi(path, { ...options, onInvalid: (e) => warnings.push(e.format()) });
  return { api, warnings };
}

interface WorkerAnswer {
  api?: Api;
  warnings?: { file: string; pointer: string; message: string }[];
  error?: { spec?: { file: string; pointer: string }; message: string; stack?: string; code?: string; syscall?: string };
}

function loadInWorker(url: URL, path: string, options: LoadOptions): Promise<Loaded> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: { path, options } });
    worker.once('message', (answer: WorkerAnswer) => {
      void worker.terminate();
      if (answer.api) {
        resolve({ api: answer.api, warnings: (answer.warnings ?? []).map((w) => new SpecError(w.file, w.pointer, w.message).format()) });
        return;
      }
      const e = answer.error!;
      if (e.spec) return reject(new SpecError(e.spec.file, e.spec.pointer, e.message));
      const error = Object.assign(new Error(e.message), e.code ? { code: e.code, syscall: e.syscall } : {});
      if (e.stack) error.stack = e.stack;
      reject(error);
    });
    worker.once('error', reject);
  });
}
