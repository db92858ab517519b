/**
 * A corpus worker: a child process that takes specs one at a time over IPC and runs what
 * `sdkgen generate <spec> --target <t>` runs for every target (the CLI's own load, emit and
 * error classification, from dist/), so thousands of specs cost a few processes instead of
 * thousands. Only the TypeScript package is written to disk, for the type-check; the docs
 * targets are emitted and counted. The pool kills and replaces a worker that overruns its
 * deadline or dies, so one bad spec never takes the others with it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as Pipeline from '../../src/cli/pipeline.js';
import type * as Options from '../../src/cli/options.js';
import type * as Report from '../../src/cli/report.js';
import type { Api } from '../../src/model/types.js';
import { fromDist } from '../../bench/dist.js';
import { TARGETS, type Job, type SpecResult, type TargetTiming } from './outcome.js';

const [pipeline, options, report] = await Promise.all([
  fromDist<typeof Pipeline>('cli/pipeline.js'),
  fromDist<typeof Options>('cli/options.js'),
  fromDist<typeof Report>('cli/report.js'),
]);

/** The CLI's default package name, valid for every target. */
const PACKAGE_NAME = 'openapi';

/**
 * The loader options of a command line with no flags, the defaults a new user gets, but quiet:
 * the report records outcomes, and thousands of specs' warnings would drown the progress lines.
 */
const LOADER_OPTIONS = { ...options.loaderOptions({ allowRemoteRefs: false } as Options.GlobalArgs), quiet: true };

/** The CLI's one line, without the spec's own path (it differs between machines and caches). */
function reasonOf(error: unknown, file: string): { reason: string; bug: boolean } {
  const { line, code } = report.describeError(error);
  const shown = pipeline.shownPath(file);
  const reason = report.oneLine(line.startsWith(shown) ? line.slice(shown.length) : line);
  // 1 is the input's fault; 70 (and 2 or 74, which a run with fixed flags cannot earn) a bug here.
  return { reason, bug: code !== 1 };
}

async function run(job: Job): Promise<SpecResult> {
  const started = performance.now();
  const { spec } = job;
  const base = { id: spec.id, bytes: spec.bytes };
  let api: Api;
  try {
    api = await pipeline.loadSpec(spec.file, LOADER_OPTIONS);
  } catch (error) {
    const { reason, bug } = reasonOf(error, spec.file);
    return { ...base, outcome: bug ? 'crashed' : 'rejected', reason, totalMs: performance.now() - started };
  }
  const loadMs = performance.now() - started;
  const targets: TargetTiming[] = [];
  for (const target of TARGETS) {
    const begun = performance.now();
    // A spec's version a package cannot carry ("2016-11-15") is cut to its semver part by emitPair,
    // with a warning (refused only under --strict), as for a user with no flags.
    try {
      const files = await pipeline.emitPair(api, target, { packageName: PACKAGE_NAME }, `out/${target}`, spec.file, LOADER_OPTIONS);
      if (target === 'typescript') writePackage(job.typescriptOut, files);
      targets.push({ target, ms: performance.now() - begun, files: files.length });
    } catch (error) {
      const { reason, bug } = reasonOf(error, spec.file);
      return { ...base, outcome: bug ? 'crashed' : 'rejected', reason: `${target}: ${reason}`, target, loadMs, targets, totalMs: performance.now() - started };
    }
  }
  return {
    ...base,
    outcome: 'generated',
    operations: api.operations.length,
    loadMs,
    targets,
    totalMs: performance.now() - started,
    typescriptPackage: job.typescriptOut,
  };
}

function writePackage(folder: string, files: readonly { path: string; contents: string }[]): void {
  rmSync(folder, { recursive: true, force: true });
  for (const file of files) {
    const path = join(folder, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
}

// A spec's own throw is reported above; only a broken worker reaches here, and the pool sees it die.
process.on('message', (job: Job) => {
  void run(job).then((result) => process.send?.(result));
});
process.send?.({ ready: true });
