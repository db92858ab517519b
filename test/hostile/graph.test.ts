/**
 * Graph shape: references that expand a small spec into an enormous one. Forty levels of
 * allOf/oneOf/anyOf (or properties) that each name the next twice expand to 2^40 nodes, 20,000
 * schemas that each hold the next expand to 200 million; both are Rejected with one line naming
 * --max-nodes, which lowers and raises the limit. A chain of `$ref`s that alias each other is Safe:
 * every target generates it (5,000 through the CLI, 20,000 through each emitter in memory), and so are 20,000 aliases of unnamed schemas or parameters,
 * which the model follows to their end. The CLI runs as a child process with a deadline, so a blow-up
 * fails the test rather than hanging it; its peak memory and CPU time are printed, not asserted.
 * Each emitter also gets the 40-level composition straight as a model, past the loader's limit.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTarget } from '../../src/emit/registry.js';
import { loadApi } from '../../src/load/index.js';
import { buildApi } from '../../src/model/build.js';
import { assertBuilt } from '../cli/run.js';
import { aliases, composed, composedUnnamed, nested, spec } from './graph-specs.js';
import { cli, everyTargetConfig, expectRejected, expectSafeOutput, listing, removeRoots, TARGETS, tempRoot, type Run } from './support.js';

beforeAll(assertBuilt);
afterAll(removeRoots);

/** Far beyond what any of these runs needs (a few seconds); only a hang reaches it, and fails as timed out. */
const DEADLINE_MS = 240_000;
/** The alias chain writes about 30,000 files: the deadline of a run that is slow by I/O, not stuck. */
const ALIAS_CHAIN_DEADLINE_MS = 540_000;
/** Peak memory a refusal stays under (as in size.test.ts): a blow-up would pass it long before the deadline. */
const MEGABYTES = 300;

/** `sdkgen generate` of every target in `root`, with a deadline, measured and reported. */
async function generate(root: string, name: string, flags: readonly string[] = [], megabytes = MEGABYTES, deadlineMs = DEADLINE_MS): Promise<Run> {
  const report = join(await tempRoot(), 'measure.json');
  const run = await cli(['generate', ...flags], root, { timeoutMs: deadlineMs, measureInto: report });
  expect(run.code, `${name}: crashed\n${run.stderr}`).not.toBeNull();
  const usage = JSON.parse(await readFile(report, 'utf8')) as { maxRssKb: number; cpuMicros: number };
  console.info(`${name}: exit ${run.code}, ${Math.round(usage.cpuMicros / 1000)} ms CPU, ${Math.round(usage.maxRssKb / 1024)} MB peak`);
  expect(usage.maxRssKb / 1024).toBeLessThan(megabytes);
  return run;
}

async function project(document: Record<string, unknown>): Promise<string> {
  return tempRoot({ 'spec.json': JSON.stringify(document), 'sdkgen.config.yaml': everyTargetConfig('spec.json'), 'gen/h/go/README.md': 'old\n' });
}

const TOO_BIG = /^\$refs expand the document to more than 10000000 nodes \(about [0-9.e]+; raise the limit with --max-nodes\)$/;

describe.concurrent('references that expand a small spec enormously are Rejected, naming --max-nodes', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['40 levels of allOf, each naming the next twice', composed(40, 'allOf'), '/components/schemas/S0/allOf/0/$ref'],
    ['40 levels of oneOf, each naming the next twice', composed(40, 'oneOf'), '/components/schemas/S0/oneOf/0/$ref'],
    ['40 levels of anyOf, each naming the next twice', composed(40, 'anyOf'), '/components/schemas/S0/anyOf/0/$ref'],
    ['40 levels of objects whose two properties name the next', composed(40, 'properties'), '/components/schemas/S0/properties/a/$ref'],
    ['40 levels of allOf in an extension, which the model would inline', composedUnnamed(40), '/x-defs/D0/allOf/0/$ref'],
    ['20,000 objects, each holding the next', nested(20_000), '/components/schemas/S0/properties/next/$ref'],
  ])('%s', async (name, document, at) => {
    const root = await project(document);
    const before = await listing(root);
    const run = await generate(root, name);
    const line = expectRejected(run, before, await listing(root), 'spec.json');
    expect(line.startsWith(`spec.json#${at}: `), line).toBe(true);
    expect(line.slice(`spec.json#${at}: `.length)).toMatch(TOO_BIG);
  }, DEADLINE_MS + 60_000);
});

describe('a chain of $refs that alias each other', () => {
  it('of 5,000 is Safe through the CLI: every target generates, and each alias is the object at the end of the chain', async () => {
    const root = await project(aliases(5_000));
    const before = await listing(root);
    // About 30,000 files are written (a doc page, and for go, python and rust a code file or two,
    // per schema): the CLI's writing is proven here at a size CI can afford; 20,000 go through
    // every emitter in memory below.
    const run = await generate(root, '5,000 aliases in a chain', [], 1000, ALIAS_CHAIN_DEADLINE_MS);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    await expectSafeOutput(root, 'gen', before);
    const read = (path: string) => readFile(join(root, 'gen/h', path), 'utf8');
    // openapi-generator 4.2.1 gives a schema that is only a $ref a page with an empty table
    // (checked with its jar); the object at the end of the chain has the field.
    expect(await read('go/docs/S0.md')).toMatch(/^------------ \| ------------- \| ------------- \| -------------\n\n\[\[Back/m);
    expect(await read('go/docs/S5000.md')).toMatch(/^\*\*Leaf\*\* \| \*\*string\*\* \| +\| \[optional\] $/m);
    expect(await read('python/docs/S0.md')).toMatch(/^\*\*leaf\*\* \| \*\*str\*\* \|/m);
    expect(await read('rust/docs/S5000.md')).toMatch(/^\*\*leaf\*\* \| Option<\*\*String\*\*> \|/m);
    const models = await read('typescript/src/models.ts');
    expect(models).toMatch(/^export type S0 = S1;$/m);
    expect(models).toMatch(/^export type S4999 = S5000;$/m);
  }, ALIAS_CHAIN_DEADLINE_MS + 60_000);

  it.each(TARGETS)('of 20,000 goes through the loader and the %s emitter, each alias resolved once', async (name) => {
    const root = await project(aliases(20_000));
    const api = await loadApi(join(root, 'spec.json'), {});
    const files = (await loadTarget(name)).emit(api, { packageName: 'hostile' });
    const paths = new Set(files.map((f) => f.path));
    // The object at the end of the chain is reached: a doc page or a declaration of it (the Rust
    // docs, as openapi-generator 6.0, give the aliases no page of their own).
    const text = name === 'typescript' ? files.find((f) => f.path === 'src/models.ts')?.contents ?? '' : '';
    if (name === 'typescript') expect(text).toMatch(/^export type S19999 = S20000;$/m);
    else expect(paths.has('docs/S20000.md')).toBe(true);
    if (name === 'go' || name === 'python') expect(paths.has('docs/S0.md')).toBe(true);
  }, DEADLINE_MS);
});

/** 20,000 unnamed schemas and 20,000 parameters that each only alias the next, used once. */
function unnamedAliases(count: number): Record<string, unknown> {
  const defs: Record<string, unknown> = { [`D${count}`]: { type: 'object', properties: { leaf: { type: 'string' } } } };
  const parameters: Record<string, unknown> = { [`P${count}`]: { name: 'deepQuery', in: 'query', schema: { type: 'string' } } };
  for (let i = 0; i < count; i++) {
    defs[`D${i}`] = { $ref: `#/x-defs/D${i + 1}` };
    parameters[`P${i}`] = { $ref: `#/components/parameters/P${i + 1}` };
  }
  const document = spec({ S0: { $ref: '#/x-defs/D0' } }, { 'x-defs': defs });
  const paths = document.paths as Record<string, { get: Record<string, unknown> }>;
  paths['/a']!.get.parameters = [{ $ref: '#/components/parameters/P0' }];
  (document.components as Record<string, unknown>).parameters = parameters;
  return document;
}

describe('chains of 20,000 aliases the model inlines', () => {
  it('are Safe: the schema at the end and the parameter at the end reach every target', async () => {
    const root = await project(unnamedAliases(20_000));
    const before = await listing(root);
    const run = await generate(root, '20,000 unnamed aliases and 20,000 parameter aliases');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const files = await expectSafeOutput(root, 'gen', before);
    expect(files.get('h/typescript/src/models.ts')).toMatch(/export interface S0 \{\n {2}leaf\?: string;\n\}/);
    expect(files.get('h/typescript/src/apis/DefaultApi.ts')).toMatch(/deepQuery\?: string \| undefined;/);
    for (const target of ['go', 'python', 'rust']) expect(files.get(`h/${target}/docs/DefaultApi.md`), target).toMatch(/deep_?query/i);
  }, DEADLINE_MS + 60_000);
});

describe('--max-nodes', () => {
  it('lowers the limit', async () => {
    const root = await project(composed(3, 'allOf'));
    const before = await listing(root);
    const lowered = await cli(['generate', '--max-nodes', '20'], root, { timeoutMs: DEADLINE_MS });
    const line = expectRejected(lowered, before, await listing(root), 'spec.json');
    expect(line).toMatch(/^spec\.json#\/components\/schemas\/S0\/allOf\/0\/\$ref: \$refs expand the document to more than 20 nodes \(about \d+; raise the limit with --max-nodes\)$/);
    expect(await cli(['generate'], root, { timeoutMs: DEADLINE_MS })).toMatchObject({ code: 0, stderr: '' });
  }, 2 * DEADLINE_MS);

  it('raises the limit', async () => {
    // 19 levels: about 17 million nodes expanded, over the default of 10 million.
    const root = await project(composed(19, 'allOf'));
    const before = await listing(root);
    const refused = await generate(root, '19 levels of allOf');
    expect(expectRejected(refused, before, await listing(root), 'spec.json')).toMatch(/more than 10000000 nodes/);
    const raised = await generate(root, '19 levels of allOf, --max-nodes 20000000', ['--max-nodes', '20000000'], 1000);
    expect(raised.stderr).toBe('');
    expect(raised.code).toBe(0);
    expect(await readFile(join(root, 'gen/h/go/docs/S0.md'), 'utf8')).toMatch(/^\*\*Leaf\*\* \|/m);
  }, 2 * DEADLINE_MS);
});

describe('--max-depth counts nesting through references too', () => {
  it('refuses 250 objects that each hold the next (750 levels once followed), until raised', async () => {
    const root = await project(nested(250));
    const before = await listing(root);
    const refused = await cli(['generate'], root, { timeoutMs: DEADLINE_MS });
    const line = expectRejected(refused, before, await listing(root), 'spec.json');
    // The deepest path starts at the operation's response, so its reference is the one named.
    expect(line).toMatch(/^spec\.json#\/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema\/\$ref: \$refs nest the document deeper than 200 levels \(\d+; raise it with --max-depth\)$/);
    const raised = await cli(['generate', '--max-depth', '1000'], root, { timeoutMs: DEADLINE_MS });
    expect(raised.stderr).toBe('');
    expect(raised.code).toBe(0);
  }, 2 * DEADLINE_MS);
});

describe.concurrent('every emitter, handed the 40-level composition as a model past the loader', () => {
  it.each(TARGETS)('%s emits it, each level flattened once', async (name) => {
    const api = buildApi(composed(40, 'allOf'), 'openapi-3.0');
    const target = await loadTarget(name);
    const files = target.emit(api, { packageName: 'hostile' });
    const text = files.map((f) => f.contents).join('\n');
    expect(files.length).toBeGreaterThan(40);
    expect(text).toMatch(/\bS39\b/);
    if (name !== 'typescript') expect(text).toMatch(/leaf/i);
    else expect(text).toMatch(/export type S0 = S1 & S1;/);
  });
});
