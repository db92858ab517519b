/**
 * Case 5, size: a YAML alias bomb, nesting 10,000 levels deep and a 100 MB file are Rejected
 * within 2 s and 300 MB, naming the limit and the flag that raises it. The CLI runs as a child
 * process preloaded with max-rss.mjs, which reports its peak memory and CPU time. The limits are
 * overridable: --max-bytes, --max-depth and --max-aliases lower and raise them.
 */
import { spawnSync } from 'node:child_process';
import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { assertBuilt } from '../cli/run.js';
import { cli, expectRejected, listing, removeRoots, ROOT, tempRoot, type Run } from './support.js';

beforeAll(assertBuilt);
afterAll(removeRoots);

const SECONDS = 2;
const MEGABYTES = 300;

interface Measured {
  readonly run: Run;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
}

/** `sdkgen generate <spec> --target go --out out ...flags` in `root`, measured. */
async function measured(root: string, spec: string, flags: readonly string[] = []): Promise<Measured> {
  const report = join(root, 'measure.json');
  const args = ['--import', join(ROOT, 'test/hostile/max-rss.mjs'), join(ROOT, 'dist/cli/main.js'), 'generate', spec, '--target', 'go', '--out', 'out', ...flags];
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, SDKGEN_MEASURE: report } });
  const wallMs = performance.now() - started;
  const usage = JSON.parse(await readFile(report, 'utf8')) as { maxRssKb: number; cpuMicros: number };
  return { run: { code: child.status, stdout: child.stdout, stderr: child.stderr }, wallMs, cpuMs: usage.cpuMicros / 1000, maxRssMb: usage.maxRssKb / 1024 };
}

/** Billion laughs: ten aliases of the level below, nine levels deep (10^9 strings expanded). */
function aliasBomb(): string {
  const lines = ['openapi: 3.0.3', 'info: { title: t, version: "1" }', 'paths: {}', 'x-bomb:', '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const [previous, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
    lines.push(`  ${name}: &${name} [${Array(10).fill(`*${previous}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** The same with merge keys: each map merges the previous one ten times over. */
function mergeBomb(): string {
  const lines = ['openapi: 3.0.3', 'info: { title: t, version: "1" }', 'paths: {}', 'x-bomb:', '  a: &a { k: v }'];
  for (let i = 1; i < 10; i++) {
    const [previous, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
    lines.push(`  ${name}: &${name} [${Array(10).fill(`{ <<: *${previous} }`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

const HEAD_JSON = '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"x-deep":';

/** 100 MB of a valid YAML document: one key and a long comment. */
async function writeBigFile(path: string): Promise<void> {
  const file = await open(path, 'w');
  await file.write('openapi: 3.0.3\n');
  const chunk = Buffer.alloc(1 << 20, '# padding padding padding padding padding padding padding\n');
  for (let i = 0; i < 100; i++) await file.write(chunk);
  await file.close();
}

const tooDeep = /nesting is deeper than (200 levels|the parser can follow) \(.*--max-depth.*\)$/;

const HOSTILE: [string, (path: string) => Promise<void>, RegExp][] = [
  ['a YAML alias bomb', (path) => writeText(path, aliasBomb()), /too many YAML alias expansions \(limit 1000; raise it with --max-aliases\)$/],
  ['a YAML merge-key bomb', (path) => writeText(path, mergeBomb()), /too many YAML alias expansions \(limit 1000; raise it with --max-aliases\)$/],
  ['JSON arrays 10,000 deep', (path) => writeText(path, `${HEAD_JSON}${'['.repeat(10_000)}${']'.repeat(10_000)}}`), /nesting is deeper than 200 levels \(raise it with --max-depth\)$/],
  ['JSON objects 10,000 deep', (path) => writeText(path, `${HEAD_JSON}${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`), /nesting is deeper than 200 levels \(raise it with --max-depth\)$/],
  ['YAML flow sequences 10,000 deep', (path) => writeText(path, `openapi: 3.0.3\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`), tooDeep],
  ['YAML flow maps 10,000 deep', (path) => writeText(path, `openapi: 3.0.3\nx: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`), tooDeep],
  ['YAML block sequences 10,000 deep', (path) => writeText(path, `openapi: 3.0.3\nx:\n${'- '.repeat(10_000)}x\n`), tooDeep],
  ['a 100 MB file', writeBigFile, /file is larger than the limit of 33554432 bytes \(104857\d{3} bytes; raise it with --max-bytes\)$/],
];

describe(`hostile sizes are Rejected within ${SECONDS} s and ${MEGABYTES} MB, naming the limit`, () => {
  it.each(HOSTILE)('%s', async (name, write, message) => {
    const root = await tempRoot({ 'out/README.md': 'old\n' });
    await write(join(root, 'spec.yaml'));
    const before = await listing(root);
    const { run, wallMs, cpuMs, maxRssMb } = await measured(root, 'spec.yaml');
    const after = await listing(root);
    delete after['measure.json'];
    expect(expectRejected(run, before, after, 'spec.yaml')).toMatch(message);
    console.info(`${name}: ${Math.round(wallMs)} ms wall, ${Math.round(cpuMs)} ms CPU, ${Math.round(maxRssMb)} MB peak`);
    expect(wallMs).toBeLessThan(SECONDS * 1000);
    expect(cpuMs).toBeLessThan(SECONDS * 1000);
    expect(maxRssMb).toBeLessThan(MEGABYTES);
  });
});

async function writeText(path: string, text: string): Promise<void> {
  await writeFile(path, text);
}

describe.concurrent('the limits are set from the command line', () => {
  const small = JSON.stringify({
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: { '/a': { get: { operationId: 'a', responses: { 200: { description: 'ok' } } } } },
  });

  it.each([
    ['--max-bytes', '100', small, /file is larger than the limit of 100 bytes \(\d+ bytes; raise it with --max-bytes\)$/],
    ['--max-depth', '3', small, /nesting is deeper than 3 levels \(raise it with --max-depth\)$/],
    ['--max-aliases', '1', aliasSpec(2), /too many YAML alias expansions \(limit 1; raise it with --max-aliases\)$/],
  ])('%s %s lowers its limit', async (flag, value, text, message) => {
    const root = await tempRoot({ 'spec.yaml': text });
    const before = await listing(root);
    expect(expectRejected(await cli(['generate', 'spec.yaml', '--target', 'go', '--out', 'out', flag, value], root), before, await listing(root), 'spec.yaml')).toMatch(message);
    expect((await cli(['generate', 'spec.yaml', '--target', 'go', '--out', 'out'], root)).code).toBe(0);
  });

  it.each<[string, string, string, RegExp]>([
    ['--max-aliases', '5000', aliasSpec(1500), /too many YAML alias expansions \(limit 1000; raise it with --max-aliases\)$/],
    ['--max-depth', '300', depthSpec(250), /nesting is deeper than 200 levels \(raise it with --max-depth\)$/],
    ['--max-bytes', String(40 * 1024 * 1024), paddedSpec(DEFAULT_LIMITS.maxBytes + 1), /file is larger than the limit of 33554432 bytes/],
  ])('%s %s raises its limit', async (flag, value, text, message) => {
    const root = await tempRoot({ 'spec.yaml': text });
    const before = await listing(root);
    expect(expectRejected(await cli(['generate', 'spec.yaml', '--target', 'go', '--out', 'out'], root), before, await listing(root), 'spec.yaml')).toMatch(message);
    const raised = await cli(['generate', 'spec.yaml', '--target', 'go', '--out', 'out', flag, value], root);
    expect(raised.stderr).toBe('');
    expect(raised.code).toBe(0);
  });
});

/** A valid spec whose `x-list` expands `count` aliases. */
function aliasSpec(count: number): string {
  return `openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths: {}\nx-item: &item { a: 1 }\nx-list:\n${'  - *item\n'.repeat(count)}`;
}

/** A valid spec nested `levels` deep in an extension, which sdkgen reads but does not use. */
function depthSpec(levels: number): string {
  return `openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths: {}\nx-deep: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
}

/** A valid JSON spec of exactly `bytes` bytes, padded in an extension string. */
function paddedSpec(bytes: number): string {
  const head = '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"x-padding":"';
  return `${head}${'x'.repeat(bytes - head.length - 2)}"}`;
}
