/**
 * Case 5, size: a YAML alias bomb, nesting 10,000 levels deep and a 100 MB file are Rejected
 * within 300 MB, naming the limit and the flag that raises it. The CLI runs as a child process
 * preloaded with max-rss.mjs, which reports its peak memory (its time is the benchmark's). The limits are
 * overridable: --max-bytes, --max-depth and --max-aliases lower and raise them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { assertBuilt } from '../cli/run.js';
import { HOSTILE_SIZES } from './size-specs.js';
import { cli, expectRejected, listing, removeRoots, tempRoot, type Run } from './support.js';

beforeAll(assertBuilt);
afterAll(removeRoots);

/** Peak memory a refusal stays under; a parser that expands the input would pass it at once. */
const MEGABYTES = 300;
/** Far beyond a refusal's normal length on a busy machine (well under a second alone); only a hang reaches it. */
const DEADLINE_MS = 50_000;

/** `sdkgen generate <spec> --target go --out out` in `root`, with its peak memory. */
async function measured(root: string, spec: string): Promise<{ run: Run; maxRssMb: number }> {
  const report = join(await tempRoot(), 'measure.json');
  const run = await cli(['generate', spec, '--target', 'go', '--out', 'out'], root, { timeoutMs: DEADLINE_MS, measureInto: report });
  const usage = JSON.parse(await readFile(report, 'utf8')) as { maxRssKb: number };
  return { run, maxRssMb: usage.maxRssKb / 1024 };
}

// Time is measured by `npm run bench -- hostile`, never asserted here: the machine may be busy.
describe(`hostile sizes are Rejected within ${MEGABYTES} MB, naming the limit`, () => {
  it.each(HOSTILE_SIZES)('%s', async (_name, write, message) => {
    const root = await tempRoot({ 'out/README.md': 'old\n' });
    await write(join(root, 'spec.yaml'));
    const before = await listing(root);
    const { run, maxRssMb } = await measured(root, 'spec.yaml');
    expect(expectRejected(run, before, await listing(root), 'spec.yaml')).toMatch(message);
    expect(maxRssMb).toBeLessThan(MEGABYTES);
  });
});

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
