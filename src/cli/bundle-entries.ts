/**
 * The entry points of sdkgen's bundle (scripts/build-bundle.mjs bundles from this module; bundled.ts
 * runs them): each thread's work, evaluated only when run, as its module would be when imported.
 */
export const entries = {
  /** The command line (the bin, main.ts). */
  cli: () => import('./cli.js'),
  /** A target lane's worker thread (target-worker.ts). */
  targetThread: () => import('./target-thread.js'),
  /** A spec's worker thread (spec-worker.ts). */
  specThread: () => import('./spec-thread.js'),
  /** A diff side's worker thread (diff/load-worker.ts). */
  loadThread: () => import('../diff/load-thread.js'),
  /** What a TypeScript run loads before its work, run without the work: bench/ times it as start-up. */
  startup: () => Promise.all([import('./pipeline.js'), import('../emit/typescript/index.js'), import('yargs')]),
};

export type BundleEntries = typeof entries;
