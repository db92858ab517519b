import { Worker } from 'node:worker_threads';
import { busyThreads } from '../cli/gc-tuning.js';
import { loadApi, type LoadOptions } from '../load/index.js';
import { SpecError } from '../load/errors.js';
import type { Api } from '../model/types.js';

export interface Loaded {
  readonly api: Api;
  /** Tolerated schema violations. */
  readonly warnings: SpecError[];
}

/**
 * Loads base and revision the way `generate` loads a spec (same limits, same `$ref` policy), but
 * a schema violation is a warning, not an error: real specs bend the schema, and a diff is still
 * worth having. Each side has its own options (run.ts skips validating the base). Two specs load in two worker threads at once when running from the build; from
 * sources (tests through vitest) they load one after the other in this thread.
 */
export async function loadSides(paths: readonly (string | undefined)[], options: readonly LoadOptions[]): Promise<(Loaded | undefined)[]> {
  const workerUrl = new URL('./load-worker.js', import.meta.url);
  const parallel = import.meta.url.endsWith('.js') && paths.filter(Boolean).length > 1;
  if (!parallel) {
    const out: (Loaded | undefined)[] = [];
    for (const [i, path] of paths.entries()) out.push(path === undefined ? undefined : await loadHere(path, options[i] ?? {}));
    return out;
  }
  // Both settle before any error is thrown, so the one reported is always the first side's.
  const idle = busyThreads(paths.filter((path) => path !== undefined).length);
  const settled = await Promise.allSettled(paths.map((path, i) => (path === undefined ? undefined : loadInWorker(workerUrl, path, options[i] ?? {})))).finally(idle);
  return settled.map((r) => {
    if (r.status === 'rejected') throw r.reason;
    return r.value;
  });
}

async function loadHere(path: string, options: LoadOptions): Promise<Loaded> {
  const warnings: SpecError[] = [];
  const api = await loadApi(path, { ...options, onInvalid: (e) => warnings.push(e) });
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
        resolve({ api: answer.api, warnings: (answer.warnings ?? []).map((w) => new SpecError(w.file, w.pointer, w.message)) });
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
