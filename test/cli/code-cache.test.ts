/**
 * V8's code cache for CommonJS modules (src/cli/code-cache.ts), in child processes, as the bin
 * uses it: a module's second load comes from the entry the first wrote and behaves the same; a
 * changed file, an entry V8 rejects and an unwritable folder each cost only time; `off` writes
 * nothing; a run that did a kind of work an entry lacks writes it again, with that work's code;
 * and `generate` writes the same bytes with the cache as without it, worker threads writing their
 * modules' entries too.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotTree } from '../output/tree.js';
import { runChildSync } from '../support/child.js';
import { repoSpec, tempProject } from './project.js';
import { assertBuilt, BIN, ROOT } from './run.js';

beforeAll(assertBuilt);

const CODE_CACHE = `${ROOT}dist/cli/code-cache.js`;
const CODE_CACHE_WORK = `${ROOT}dist/cli/code-cache-work.js`;

/**
 * Loads lib/entry.cjs with the cache installed, as the bin does, and prints what it saw at exit.
 * WORK (kinds, comma-separated): for each, notes it, runs the code only that work runs, and saves
 * the cache, as a worker thread does after each target.
 */
const DRIVER = `
import ${JSON.stringify(CODE_CACHE)};
import { createRequire } from 'node:module';
const { codeCacheCounts, saveCodeCache } = await import(${JSON.stringify(CODE_CACHE)});
const { noteCodeCacheWork } = await import(${JSON.stringify(CODE_CACHE_WORK)});
const loaded = createRequire(import.meta.url)('./lib/entry.cjs');
const seen = { value: loaded.value(), sibling: loaded.sibling, filename: loaded.filename, dirname: loaded.dirname, resolved: loaded.resolved };
for (const kind of (process.env.WORK ?? '').split(',').filter(Boolean)) {
  noteCodeCacheWork(kind);
  loaded.work(kind);
  saveCodeCache();
}
// Registered after code-cache.js's own exit handler, so the entries it writes are counted.
process.on('exit', () => console.log(JSON.stringify({ ...seen, counts: codeCacheCounts })));
`;

/** A module big enough to be worth its entry: one function with a long body, and a require. */
function entryModule(letter: string): string {
  const body = Array.from({ length: 400 }, (_, i) => `  total += ${i} * (n % ${i + 2});`).join('\n');
  // Compiled only when a run calls it: what a kind of work adds to the entry.
  const workBody = Array.from({ length: 400 }, (_, i) => `  total += ${i} * (kind.length % ${i + 3});`).join('\n');
  return [
    `'use strict';`,
    `function spin(n) {\n  let total = 0;\n${body}\n  return total;\n}`,
    `exports.value = () => '${letter}' + spin(7);`,
    `exports.work = function work(kind) {\n  let total = 0;\n${workBody}\n  return total;\n};`,
    `exports.sibling = require('./sibling.cjs');`,
    `exports.filename = __filename;`,
    `exports.dirname = __dirname;`,
    `exports.resolved = require.resolve('./sibling.cjs');`,
    '',
  ].join('\n');
}

interface Seen {
  value: string;
  sibling: string;
  filename: string;
  dirname: string;
  resolved: string;
  counts: { hit: number; miss: number; written: number };
}

async function project(): Promise<string> {
  return tempProject({ 'driver.mjs': DRIVER, 'lib/entry.cjs': entryModule('A'), 'lib/sibling.cjs': "module.exports = 'sibling';\n" });
}

function load(dir: string, cache: string, nodeOptions = '', work = ''): Seen {
  const run = runChildSync(process.execPath, ['driver.mjs'], { cwd: dir, env: { ...process.env, SDKGEN_CODE_CACHE: cache, NODE_OPTIONS: nodeOptions, WORK: work } });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Seen;
}

/** The entry files the cache folder holds (one folder per V8 version, under the folder named). */
function entries(cache: string): string[] {
  const [version, ...others] = readdirSync(cache);
  expect(others).toEqual([]);
  return readdirSync(join(cache, version!)).map((name) => join(cache, version!, name));
}

/** The entry of one module's file (named by a hash of its path). */
function entryOf(cache: string, file: string): string {
  const name = `${createHash('sha1').update(file).digest('hex')}.bin`;
  const found = entries(cache).find((e) => e.endsWith(name));
  expect(found).toBeDefined();
  return found!;
}

/** The kinds of work an entry names: after the file's stamp (32 bytes), their length (4 bytes), then one per line. */
function kindsOf(bytes: Buffer): string[] {
  const text = bytes.toString('utf8', 36, 36 + bytes.readUInt32LE(32));
  return text === '' ? [] : text.split('\n');
}

describe('the code cache', () => {
  it("loads a module from the entry its first load wrote, with the same exports, file names and require", async () => {
    const dir = await project();
    const cache = join(dir, 'cache');
    const first = load(dir, cache);
    expect(first.counts).toEqual({ hit: 0, miss: 2, written: 2 });
    expect(entries(cache)).toHaveLength(2);
    const second = load(dir, cache);
    expect(second.counts).toEqual({ hit: 2, miss: 0, written: 0 });
    expect(first.value).toMatch(/^A\d+$/);
    expect(second).toEqual({ ...first, counts: second.counts });
    expect(load(dir, 'off')).toEqual({ ...first, counts: { hit: 0, miss: 0, written: 0 } });
    expect(second.filename).toBe(join(dir, 'lib', 'entry.cjs'));
    expect(second.dirname).toBe(join(dir, 'lib'));
    expect(second.resolved).toBe(join(dir, 'lib', 'sibling.cjs'));
    expect(second.sibling).toBe('sibling');
  });

  it('compiles a changed file afresh, even one of the same length, and writes its entry again', async () => {
    const dir = await project();
    const cache = join(dir, 'cache');
    const before = load(dir, cache);
    // One letter for another: the same length, which is all V8's own check of an entry compares.
    writeFileSync(join(dir, 'lib', 'entry.cjs'), entryModule('B'));
    const after = load(dir, cache);
    expect(after.value).toBe(`B${before.value.slice(1)}`);
    expect(after.counts).toEqual({ hit: 1, miss: 1, written: 1 });
    expect(load(dir, cache).counts).toEqual({ hit: 2, miss: 0, written: 0 });
  });

  it('compiles afresh from an entry V8 rejects, and writes it again', async () => {
    const dir = await project();
    const cache = join(dir, 'cache');
    const good = load(dir, cache);
    for (const entry of entries(cache)) {
      const bytes = readFileSync(entry);
      // The file's stamp (32 bytes) kept, V8's data after it spoilt.
      bytes.fill(0xa5, 32 + 8);
      writeFileSync(entry, bytes);
    }
    const spoilt = load(dir, cache);
    expect(spoilt).toEqual({ ...good, counts: { hit: 0, miss: 2, written: 2 } });
    expect(load(dir, cache).counts).toEqual({ hit: 2, miss: 0, written: 0 });
  });

  it('runs as without it when its folder cannot be made, and writes nothing when off', async () => {
    const dir = await project();
    writeFileSync(join(dir, 'a-file'), '');
    const unwritable = load(dir, join(dir, 'a-file', 'cache'));
    expect(unwritable.counts).toEqual({ hit: 0, miss: 2, written: 0 });
    const off = load(dir, 'off');
    expect(off.counts).toEqual({ hit: 0, miss: 0, written: 0 });
    expect({ ...off, counts: null }).toEqual({ ...unwritable, counts: null });
    expect(readdirSync(dir).sort()).toEqual(['a-file', 'driver.mjs', 'lib']);
  });

  it('keeps the entries of runs with other node options in a folder of their own', async () => {
    const dir = await project();
    const cache = join(dir, 'cache');
    const plain = load(dir, cache);
    // V8 would reject the plain run's entries under another flag, and each kind of run would write them over the other's.
    const options = '--max-old-space-size=2048';
    expect(load(dir, cache, options)).toEqual({ ...plain, counts: { hit: 0, miss: 2, written: 2 } });
    expect(readdirSync(cache)).toHaveLength(2);
    expect(load(dir, cache).counts).toEqual({ hit: 2, miss: 0, written: 0 });
    expect(load(dir, cache, options).counts).toEqual({ hit: 2, miss: 0, written: 0 });
  });

  it('writes an entry again when a run did a kind of work it lacks, with the code that work compiled', async () => {
    const dir = await project();
    const cache = join(dir, 'cache');
    expect(load(dir, cache).counts).toEqual({ hit: 0, miss: 2, written: 2 });
    const entry = entryOf(cache, join(dir, 'lib', 'entry.cjs'));
    const before = readFileSync(entry);
    expect(kindsOf(before)).toEqual([]);
    // The first run did no work: a run that does writes both entries again, once.
    expect(load(dir, cache, '', 'emit go').counts).toEqual({ hit: 2, miss: 0, written: 2 });
    const after = readFileSync(entry);
    expect(kindsOf(after)).toEqual(['emit go']);
    // work()'s body, compiled by this run, is in the entry now.
    expect(after.length).toBeGreaterThan(before.length + 1000);
    expect(load(dir, cache, '', 'emit go').counts).toEqual({ hit: 2, miss: 0, written: 0 });
    expect(load(dir, cache).counts).toEqual({ hit: 2, miss: 0, written: 0 });
    // Saved after each kind, as a worker saves after each target: each new kind writes again.
    expect(load(dir, cache, '', 'emit go,load,emit rust').counts).toEqual({ hit: 2, miss: 0, written: 4 });
    expect(kindsOf(readFileSync(entry))).toEqual(['emit go', 'emit rust', 'load']);
    expect(load(dir, cache, '', 'load,emit rust').counts).toEqual({ hit: 2, miss: 0, written: 0 });
    expect(load(dir, cache).value).toBe(load(dir, 'off').value);
  });

  it('loads a module that starts with a hashbang line', async () => {
    const dir = await project();
    writeFileSync(join(dir, 'lib', 'sibling.cjs'), "#!/usr/bin/env node\nmodule.exports = 'sibling';\n");
    const seen = load(dir, join(dir, 'cache'));
    expect(seen.sibling).toBe('sibling');
    expect(seen.counts).toEqual({ hit: 0, miss: 1, written: 1 });
  });
});

describe('generate with the code cache', () => {
  const TARGETS = ['go', 'typescript'];
  const config = (spec: string): string =>
    ['output: gen', 'specs:', '  only:', `    spec: ${JSON.stringify(spec)}`, '    targets:', ...TARGETS.map((t) => `      ${t}: { packageName: api }`), ''].join('\n');

  it('writes the same bytes as with the cache off, and its worker threads write their entries', async () => {
    const runs = await Promise.all(['off', 'cold', 'warm'].map(() => tempProject({ 'sdkgen.config.yaml': config(repoSpec('looker-4.0')) })));
    const cache = join(runs[0]!, 'cache');
    const generate = (cwd: string, setting: string) => runChildSync(process.execPath, [BIN, 'generate', '--jobs', '2', '--quiet'], { cwd, env: { ...process.env, SDKGEN_CODE_CACHE: setting } });
    const off = generate(runs[0]!, 'off');
    const cold = generate(runs[1]!, cache);
    // The compiler ts-morph bundles is loaded only by the thread emitting the TypeScript client.
    const typescript = createHash('sha1').update(join(ROOT, 'node_modules', '@ts-morph', 'common', 'dist', 'typescript.js')).digest('hex');
    expect(entries(cache).map((e) => e.slice(-44, -4))).toContain(typescript);
    const warm = generate(runs[2]!, cache);
    expect([cold, warm]).toEqual([off, off]);
    expect(off.code).toBe(0);
    const written = await snapshotTree(join(runs[0]!, 'gen'));
    expect(TARGETS.every((t) => Object.keys(written).some((path) => path.startsWith(`only/${t}/`)))).toBe(true);
    expect(await snapshotTree(join(runs[1]!, 'gen'))).toEqual(written);
    expect(await snapshotTree(join(runs[2]!, 'gen'))).toEqual(written);
  });
});
