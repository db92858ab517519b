import { saveCodeCache } from '../cli/code-cache.js';
import { noteCodeCacheWork } from '../cli/code-cache-work.js';
import { parentPort, workerData } from 'node:worker_threads';
import { loadApi, type LoadOptions } from '../load/index.js';
import { SpecError } from '../load/errors.js';

/**
 * Loads one side of a diff in a worker thread (the thread runs load-worker.ts, which loads this
 * module), so base and revision load on two cores at once. Errors travel as plain data;
 * load-pair.ts turns them back into the same classes.
 */
async function loadSide(): Promise<void> {
  const { path, options } = workerData as { path: string; options: LoadOptions };
  const warnings: { file: string; pointer: string; message: string }[] = [];
  try {
    noteCodeCacheWork('load');
    const api = await loadApi(path, { ...options, onInvalid: (e) => warnings.push({ file: e.file, pointer: e.pointer, message: e.message }) });
    // Before the answer, on which load-pair.ts terminates this worker.
    saveCodeCache();
    parentPort!.postMessage({ api, warnings });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    parentPort!.postMessage({
      error: {
        spec: error instanceof SpecError ? { file: error.file, pointer: error.pointer } : undefined,
        message: e instanceof Error ? e.message : String(error),
        stack: e instanceof Error ? e.stack : undefined,
        code: e?.code,
        syscall: e?.syscall,
      },
    });
  }
}

// Run, not awaited: the bundle (scripts/build-bundle.mjs) is CommonJS, which has no top-level await.
void loadSide();
