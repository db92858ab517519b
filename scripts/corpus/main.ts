/**
 * `npm run corpus`: every target over every spec of the pinned corpus packages (specs.ts), every
 * generated TypeScript package type-checked, a report in .cache/corpus/last-run/ (report.md,
 * report.json, beside the TypeScript packages; --out puts it elsewhere), and a verdict: it fails on a crash, a timeout, a package that does not compile,
 * a rejection that test/corpus/known-rejections.json does not list (or lists for another reason),
 * a listed spec that now generates, and a listed spec that openapi-generator 4.2.1 accepts without
 * a Security note.
 *
 *   npm run corpus -- [--sample] [--update] [--only <text>]... [--jobs 2] [--timeout 300] [--batch-mb 24] [--out <folder>]
 *
 * --sample runs what CI runs (specs.ts says which). --update rewrites the list's entries for the
 * specs that ran and asks openapi-generator 4.2.1 about each new one (oracle.ts; needs Java).
 */
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { hasDrift, readKnown, securitySection, unjustified, updateKnown, writeKnown, type KnownRejection } from './known.js';
import { openapiGeneratorVerdict } from './oracle.js';
import { countsOf, reportOf, writeReport } from './report.js';
import { runCorpus } from './run.js';
import { corpusSpecs } from './specs.js';

/** The repository root (this file runs compiled, from .corpus-build/scripts/corpus/). */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CACHE = join(ROOT, '.cache', 'corpus');
export const KNOWN_FILE = join(ROOT, 'test', 'corpus', 'known-rejections.json');

const { values: args } = parseArgs({
  options: {
    sample: { type: 'boolean', default: false },
    update: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    jobs: { type: 'string', default: String(Math.min(2, availableParallelism())) },
    timeout: { type: 'string', default: '300' },
    'batch-mb': { type: 'string', default: '24' },
    out: { type: 'string', default: join(CACHE, 'last-run') },
  },
});

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const specs = corpusSpecs(CACHE, args.sample).filter((s) => args.only === undefined || args.only.some((text) => s.id.includes(text)));
const known = readKnown(KNOWN_FILE);
log(`corpus: ${specs.length} specs, ${args.jobs} workers`);

const run = await runCorpus(specs, known, {
  root: ROOT,
  folder: resolve(args.out),
  workerFile: join(ROOT, '.corpus-build', 'scripts', 'corpus', 'worker.js'),
  jobs: Number(args.jobs),
  timeoutMs: Number(args.timeout) * 1000,
  batchBytes: Number(args['batch-mb']) * 1024 * 1024,
  log,
});

let list = known;
if (args.update) {
  const next: Record<string, KnownRejection> = updateKnown(known, run.results);
  const byId = new Map(specs.map((s) => [s.id, s.file]));
  for (const [id, entry] of Object.entries(next)) {
    const file = byId.get(id);
    if (entry.openapiGenerator !== undefined || file === undefined) continue;
    log(`asking openapi-generator 4.2.1 about ${id}`);
    next[id] = { ...entry, openapiGenerator: await openapiGeneratorVerdict(ROOT, file) };
  }
  writeKnown(KNOWN_FILE, next);
  list = next;
}

const report = reportOf(run);
writeReport(resolve(args.out), report);
const counts = countsOf(run);
const accepted = unjustified(list, securitySection(readFileSync(join(ROOT, 'README.md'), 'utf8')));
console.log(
  `${counts.specs} specs: ${counts.generated} generated, ${counts.compiled} compiled, ${counts.notCompiled} not compiled, ` +
    `${counts.rejected} rejected, ${counts.crashed} crashed, ${counts.timedOut} timed out ` +
    `(generate ${report.generateSeconds.toFixed(0)} s, type-check ${report.typecheckSeconds.toFixed(0)} s); report in ${args.out}`,
);
const failures = [
  counts.crashed > 0 ? `${counts.crashed} crashed` : '',
  counts.timedOut > 0 ? `${counts.timedOut} timed out` : '',
  counts.notCompiled > 0 ? `${counts.notCompiled} TypeScript packages did not compile` : '',
  !args.update && hasDrift(run.drift) ? `rejections differ from ${KNOWN_FILE} (see report.md; --update rewrites it)` : '',
  accepted.length > 0 ? `${accepted.length} listed rejections are of specs openapi-generator 4.2.1 accepts, with no Security note: ${accepted.slice(0, 5).join(', ')}` : '',
].filter((f) => f !== '');
for (const failure of failures) console.error(`corpus: ${failure}`);
process.exitCode = failures.length === 0 ? 0 : 1;
