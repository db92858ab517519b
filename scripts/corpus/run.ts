/**
 * One corpus run: every spec through every target on the worker pool, then every generated
 * TypeScript package type-checked in batches, then the rejections compared with the committed list.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareRejections, type KnownRejections, type RejectionDrift } from './known.js';
import type { CorpusSpec, Job, SpecResult } from './outcome.js';
import { runPool } from './pool.js';
import { typecheckPackages, type TypecheckResult } from './typecheck.js';

export interface RunOptions {
  readonly root: string;
  /** Scratch for this run (the TypeScript packages and tsc projects); emptied first. */
  readonly folder: string;
  readonly workerFile: string;
  readonly jobs: number;
  readonly timeoutMs: number;
  readonly batchBytes: number;
  readonly log: (line: string) => void;
}

export interface CorpusRun {
  readonly results: readonly SpecResult[];
  /** tsc's lines per spec id whose package did not compile. */
  readonly compileErrors: Readonly<Record<string, string[]>>;
  readonly typecheck: TypecheckResult['batches'];
  readonly drift: RejectionDrift;
  readonly generateMs: number;
  readonly typecheckMs: number;
}

/** Marks a folder as a corpus run's, so a later run may empty it. */
const MARKER = '.sdkgen-corpus-run';

/** Empties the folder of an earlier run; refuses a folder with anything else in it, which is someone's. */
function claimFolder(folder: string): void {
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    if (!existsSync(join(folder, MARKER))) throw new Error(`${folder} holds files of something other than a corpus run; choose another --out`);
    rmSync(folder, { recursive: true, force: true });
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, MARKER), 'written by npm run corpus; emptied by the next run\n');
}

/** Short folder names: tsc's lines name them, and some spec paths are long. */
function folderName(index: number): string {
  return `p${String(index).padStart(4, '0')}`;
}

export async function runCorpus(specs: readonly CorpusSpec[], known: KnownRejections, options: RunOptions): Promise<CorpusRun> {
  const packages = join(options.folder, 'typescript');
  claimFolder(options.folder);
  mkdirSync(packages, { recursive: true });
  const jobs: Job[] = specs.map((spec, index) => ({ spec, typescriptOut: join(packages, folderName(index)) }));
  let done = 0;
  const started = Date.now();
  const results = await runPool(jobs, {
    workerFile: options.workerFile,
    jobs: options.jobs,
    timeoutMs: options.timeoutMs,
    heapMb: 6144,
    onResult: (result) => {
      done += 1;
      if (result.outcome !== 'generated') options.log(`${result.outcome}: ${result.id}: ${result.reason ?? ''}`);
      if (done % 50 === 0 || done === jobs.length) options.log(`${done}/${jobs.length} specs (${Math.round((Date.now() - started) / 1000)} s)`);
    },
  });
  const generateMs = Date.now() - started;

  const checked = Date.now();
  const folderOf = new Map<string, string>(results.flatMap((r, i) => (r.outcome === 'generated' ? [[folderName(i), r.id] as const] : [])));
  options.log(`type-checking ${folderOf.size} TypeScript packages`);
  const typecheck = await typecheckPackages([...folderOf.keys()], { root: options.root, folder: packages, batchBytes: options.batchBytes, jobs: options.jobs });
  const compileErrors: Record<string, string[]> = {};
  for (const [folder, lines] of typecheck.errors) compileErrors[folderOf.get(folder) ?? folder] = lines;
  return {
    results,
    compileErrors,
    typecheck: typecheck.batches,
    drift: compareRejections(known, results),
    generateMs,
    typecheckMs: Date.now() - checked,
  };
}
