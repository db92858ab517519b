/**
 * The differential check shared by every oracle script (go.mjs, python.mjs, rust.mjs): for each
 * spec of the corpus the generator sdkgen imitates writes its docs once into the cache (they never
 * change), sdkgen's target (dist/, built by the npm script) is emitted in-process beside them, and
 * every docs/*.md file plus the README from "## Documentation for API Endpoints" on is compared.
 * Prints one line per spec and the share of identical files; writes the details and the
 * differences grouped into behaviours to <cache>/<target>-report.json.
 *
 * In-process rather than one `sdkgen generate` per spec: the same loader and emitter the CLI
 * runs, without a Node start per spec on a CPU shared by eight people, and with a way past the
 * loader's refusals that are not the doc style's business (see `model`).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { collect, fileKind, ranked } from './behaviours.mjs';
import { corpus } from './corpus.mjs';
import { deviation, unsafe } from './deviation.mjs';
import { securityRefusal } from './refusals.mjs';
import { asSwagger2 } from './swagger2.mjs';

const README_TAIL = '## Documentation for API Endpoints';

export function options() {
  const { values } = parseArgs({
    options: {
      limit: { type: 'string', default: '300' },
      jobs: { type: 'string', default: '2' },
      cache: { type: 'string', default: '.oracle-cache' },
      only: { type: 'string' },
      'max-bytes': { type: 'string', default: '2000000' },
      'timeout-s': { type: 'string', default: '600' },
      // Measure only specs whose generator output is cached: re-measure a change without Java.
      'cached-only': { type: 'boolean', default: false },
    },
  });
  return {
    limit: Number(values.limit),
    jobs: Number(values.jobs),
    cache: resolve(values.cache),
    only: values.only,
    maxBytes: Number(values['max-bytes']),
    timeoutMs: Number(values['timeout-s']) * 1000,
    cachedOnly: values['cached-only'] === true,
  };
}

function run(cmd, argv) {
  return new Promise((done) => {
    const child = spawn('nice', ['-n', '19', cmd, ...argv], { stdio: ['ignore', 'ignore', 'ignore'] });
    child.on('close', (code, signal) => done(signal ?? code));
  });
}

const BATCH = fileURLToPath(new URL('./java/Batch.java', import.meta.url));
const CHUNK = 25;

/**
 * The generator's docs for every spec not yet in <cache>/<dir>/<id>, written in batches (one JVM
 * per CHUNK specs, see java/Batch.java); each spec folder keeps only README.md and docs/ and a
 * `.done` file saying whether the generator managed it, so re-runs never regenerate it.
 */
async function generateMissing(oracle, list, opts) {
  const dirOf = (spec) => join(opts.cache, oracle.cacheDir, spec.id);
  let pending = list.filter((spec) => !existsSync(join(dirOf(spec), '.done')));
  if (pending.length === 0) return;
  console.log(`${oracle.generator}: generating docs for ${pending.length} specs (cached for later runs)`);
  const work = mkdtempSync(join(tmpdir(), `oracle-${oracle.target}-`));
  let chunkNo = 0;
  const nextChunk = () => {
    const chunk = pending.slice(0, CHUNK);
    pending = pending.slice(CHUNK);
    return chunk;
  };
  async function worker() {
    for (let chunk = nextChunk(); chunk.length > 0; chunk = nextChunk()) {
      const jobs = join(work, `jobs-${chunkNo}`);
      const results = join(work, `results-${chunkNo++}`);
      for (const spec of chunk) {
        rmSync(dirOf(spec), { recursive: true, force: true });
        mkdirSync(dirOf(spec), { recursive: true });
      }
      writeFileSync(jobs, chunk.map((spec) => oracle.args(spec.file, dirOf(spec)).join('\t')).join('\n'));
      await run('java', ['-XX:TieredStopAtLevel=1', '-Djava.security.manager=allow', '-cp', oracle.jar(), BATCH, oracle.mainClass, jobs, results, String(opts.timeoutMs / 1000)]);
      const outcomes = new Map(
        (existsSync(results) ? readFileSync(results, 'utf8') : '').split('\n').filter(Boolean).map((line) => {
          const [i, outcome] = line.split('\t');
          return [Number(i), outcome];
        }),
      );
      chunk.forEach((spec, i) => {
        const outcome = outcomes.get(i);
        if (outcome === undefined) {
          pending.push(spec); // the batch stopped before this one (a timeout): it goes round again
          return;
        }
        const out = dirOf(spec);
        const ok = outcome === 'ok' && existsSync(join(out, 'README.md'));
        for (const entry of readdirSync(out)) if (entry !== 'README.md' && entry !== 'docs') rmSync(join(out, entry), { recursive: true, force: true });
        writeFileSync(join(out, '.done'), ok ? 'ok' : outcome === 'ok' ? 'failed: no README.md' : outcome);
      });
    }
  }
  try {
    await Promise.all(Array.from({ length: opts.jobs }, worker));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function oracleDocs(oracle, spec, opts) {
  const out = join(opts.cache, oracle.cacheDir, spec.id);
  const done = join(out, '.done');
  return existsSync(done) && readFileSync(done, 'utf8') === 'ok' ? out : undefined;
}

function isDoc(f) {
  return f.path === 'README.md' || (f.path.startsWith('docs/') && f.path.endsWith('.md'));
}

function tail(text) {
  const at = text.indexOf(README_TAIL);
  return at < 0 ? text : text.slice(at);
}

/**
 * The model of a spec as the emitters see it. Validation is skipped (the directory holds many
 * specs that are slightly invalid and that the generators accept); the loader refuses `#` in
 * paths, so such a spec's model is built straight from its (self-contained JSON) document.
 */
async function model(spec, dist) {
  try {
    return { api: await dist.loadApi(spec.file, { skipValidation: true }) };
  } catch (error) {
    const message = String(error.message ?? error).slice(0, 200);
    if (!/"#" starts a fragment/.test(message)) return { error: message };
    const doc = JSON.parse(readFileSync(spec.file, 'utf8'));
    const dialect = doc.swagger ? 'swagger-2.0' : String(doc.openapi).startsWith('3.1') ? 'openapi-3.1' : 'openapi-3.0';
    try {
      return { api: dist.buildApi(doc, dialect), hashFallback: true, error: message };
    } catch {
      return { error: message };
    }
  }
}

/**
 * oracle: { target, generator, cacheDir, dialects, swagger2Only?, packageName, jar(), mainClass, args(specFile, outDir), referenceWins? };
 * swagger2Only converts the OpenAPI 3.0 specs first (swagger2.mjs); referenceWins lists [jar's text,
 * reference's text] pairs where ../shared/reference and the jar disagree, and the reference wins.
 */
export async function compareWithOracle(oracle) {
  const opts = options();
  const dist = {
    loadApi: (await import(resolve('dist/load/index.js'))).loadApi,
    buildApi: (await import(resolve('dist/model/build.js'))).buildApi,
    target: (await import(resolve(`dist/emit/${oracle.target}/index.js`))).target,
    // A target may say what it would write with its safety deviations in names undone (the
    // referenceDocs of Go, Python and Rust): a file equal to the generator's that way differs only by those deviations.
    referenceDocs: (await import(resolve(`dist/emit/${oracle.target}/index.js`))).referenceDocs,
  };
  oracle.jar();
  let list = corpus({ cache: opts.cache, limit: opts.limit, maxBytes: opts.maxBytes, only: opts.only, dialects: oracle.dialects });
  let conversionFailed = [];
  if (oracle.swagger2Only) ({ kept: list, failed: conversionFailed } = await asSwagger2(list, opts.cache));
  for (const f of conversionFailed) console.log(`${f.id}: conversion to Swagger 2.0 failed, not counted (${f.error})`);
  if (opts.cachedOnly) list = list.filter((spec) => existsSync(join(opts.cache, oracle.cacheDir, spec.id, '.done')));
  else await generateMissing(oracle, list, opts);
  const results = [];
  const groups = new Map();
  for (const spec of list) {
    const dir = oracleDocs(oracle, spec, opts);
    if (!dir) {
      results.push({ id: spec.id, oracle: 'failed' });
      console.log(`${spec.id}: ${oracle.generator} failed, not counted`);
      continue;
    }
    const expected = new Map([['README.md', tail(readFileSync(join(dir, 'README.md'), 'utf8'))]]);
    const docs = join(dir, 'docs');
    for (const f of existsSync(docs) ? readdirSync(docs).sort() : []) expected.set(`docs/${f}`, readFileSync(join(docs, f), 'utf8'));
    const built = await model(spec, dist);
    let ours = new Map();
    let reference;
    let error = built.error;
    const docsOf = (files) => new Map(files.filter(isDoc).map((f) => [f.path, f.path === 'README.md' ? tail(f.contents) : f.contents]));
    try {
      // Only the docs are compared: the client code beside them has no counterpart in the cache.
      ours = built.api ? docsOf(dist.target.emit(built.api, { packageName: oracle.packageName })) : new Map();
      if (built.api && dist.referenceDocs) reference = docsOf(dist.referenceDocs(built.api, { packageName: oracle.packageName }));
    } catch (e) {
      error = String(e.message ?? e).slice(0, 200);
    }
    const differing = [...expected.keys()].filter((p) => ours.get(p) !== expected.get(p));
    // A spec the loader refuses for a rule of README "Security" (refusals.mjs) writes nothing on purpose.
    const refused = built.api === undefined && error !== undefined ? securityRefusal(error) : undefined;
    // Equal once sdkgen's deliberate safety deviations (README "Exactness") are undone: the
    // escaping of raw HTML, `|`, images and invisible characters, or the names (twin models, Windows device names).
    const why = (p) =>
      refused !== undefined ? 'refused' : deviation({ ours: ours.get(p), reference: reference?.get(p), expected: expected.get(p), referenceWins: oracle.referenceWins });
    const safety = differing.filter((p) => why(p) !== undefined).map((p) => ({ path: p, deviation: why(p) }));
    const safetyOnly = safety.map((d) => d.path);
    const extraAll = [...ours.keys()].filter((p) => !expected.has(p));
    // A file only sdkgen writes because it renamed a model apart (4.2.1 overwrote it, or wrote it under a Windows device name).
    const safetyExtra = reference ? extraAll.filter((p) => !reference.has(p)) : [];
    const extra = extraAll.filter((p) => !safetyExtra.includes(p));
    const apiFiles = new Set([...expected.keys(), ...ours.keys()].filter((p) => /Api\.md$/.test(p)));
    for (const path of differing.filter((p) => !safetyOnly.includes(p))) {
      // Grouped with the safety deviations undone, so the behaviours list only real misses.
      const mine = reference?.has(path) ? reference.get(path) : ours.get(path);
      collect(groups, { spec: spec.id, path, kind: fileKind(path, apiFiles), expected: unsafe(expected.get(path)), ours: mine === undefined ? undefined : unsafe(mine) });
    }
    for (const path of extra) collect(groups, { spec: spec.id, path, kind: `${fileKind(path, apiFiles)} (extra)`, expected: '', ours: undefined });
    const result = { id: spec.id, file: spec.file, total: expected.size, identical: expected.size - differing.length, safetyOnly: safetyOnly.length, safety, differing, extra, safetyExtra, error, ...(refused === undefined ? {} : { refusedBy: refused }), hashFallback: built.hashFallback === true };
    results.push(result);
    console.log(`${spec.id}: ${result.identical}/${result.total} identical${extra.length ? `, ${extra.length} extra` : ''}${error ? ` (sdkgen: ${error})` : ''}`);
  }
  const counted = results.filter((r) => r.total !== undefined);
  const total = counted.reduce((n, r) => n + r.total, 0);
  const identical = counted.reduce((n, r) => n + r.identical, 0);
  const whole = counted.filter((r) => r.identical === r.total && r.extra.length === 0 && r.safetyExtra.length === 0).length;
  const safety = counted.reduce((n, r) => n + (r.safetyOnly ?? 0), 0);
  const byDeviation = (kind) => counted.reduce((n, r) => n + r.safety.filter((d) => d.deviation === kind).length, 0);
  const summary = {
    generator: oracle.generator,
    specs: counted.length,
    oracleFailed: results.length - counted.length,
    conversionFailed: conversionFailed.length,
    files: total,
    identicalFiles: identical,
    share: total === 0 ? 0 : identical / total,
    differingFiles: total - identical,
    // Of the differing files, those equal to the generator's once sdkgen's safety deviations are undone.
    identicalButForSafety: safety,
    safetyByKind: { escaping: byDeviation('escaping'), names: byDeviation('names'), refused: byDeviation('refused'), reference: byDeviation('reference') },
    // Specs the loader refuses for a rule of README "Security", with the rule.
    refusedBySecurity: counted.filter((r) => r.refusedBy !== undefined).map((r) => ({ spec: r.id, files: r.total, security: r.refusedBy })),
    extraFiles: counted.reduce((n, r) => n + r.extra.length + r.safetyExtra.length, 0),
    extraFilesForSafety: counted.reduce((n, r) => n + r.safetyExtra.length, 0),
    shareWithSafety: total === 0 ? 0 : (identical + safety) / total,
    specsAllIdentical: whole,
    specsBuiltPastHashRefusal: counted.filter((r) => r.hashFallback).length,
  };
  const behaviours = ranked(groups);
  writeFileSync(join(opts.cache, `${oracle.target}-report.json`), JSON.stringify({ summary, behaviours, results: results.sort((a, b) => (a.id < b.id ? -1 : 1)) }, null, 2));
  console.log(`\nLargest differences (files, specs, behaviour key; details in ${oracle.target}-report.json):`);
  for (const b of behaviours.slice(0, 15)) console.log(`  ${String(b.files).padStart(5)} ${String(b.specs).padStart(4)}  ${b.key}`);
  console.log(`\n${summary.differingFiles} files differ, of which ${safety} only by sdkgen's safety deviations (${summary.safetyByKind.escaping} escaping, ${summary.safetyByKind.names} names or types, ${summary.safetyByKind.refused} of specs the loader refuses for README Security's rules${summary.safetyByKind.reference ? `; ${summary.safetyByKind.reference} by a line where the brief's reference document and the jar disagree` : ''}); sdkgen writes ${summary.extraFiles} files more, ${summary.extraFilesForSafety} of them models it renamed apart for safety`);
  for (const r of summary.refusedBySecurity) console.log(`refused by the loader, counted as a safety deviation: ${r.spec} (${r.files} files), README Security: "${r.security}"`);
  console.log(`${oracle.target}: ${summary.specs} specs (${summary.oracleFailed} more that ${oracle.generator} itself could not generate): ${identical}/${total} files identical (${(summary.share * 100).toFixed(1)}%), ${(summary.shareWithSafety * 100).toFixed(1)}% counting files that differ only by sdkgen's safety deviations; ${whole} specs entirely identical; ${summary.specsBuiltPastHashRefusal} specs with '#' paths measured on the model built past the loader's refusal`);
}
