/**
 * Graph shape: references that would expand a small spec into an enormous one if a stage followed
 * them. The loader counts only what later stages expand (src/load/expansion.ts): a reference to a
 * named schema stays a reference by name in the model, so 40 levels of allOf/oneOf/anyOf (or
 * properties) that each name the next twice, and 20,000 named schemas that each hold the next,
 * are Safe: every target generates them, in bounded memory. What a stage does expand is Rejected
 * with one line naming --max-nodes: the same composition of unnamed schemas (the model inlines
 * them), Swagger 2.0 allOf compositions (swagger-parser's required-property rule walks allOf
 * through every reference), 20,000 unnamed objects each holding the next. A chain of `$ref`s that
 * alias each other is Safe: every target generates it (5,000 through the CLI, 20,000 through each
 * emitter in memory), and so are 20,000 aliases of unnamed schemas or parameters, which the model
 * follows to their end. The CLI runs as a child process with a deadline, so a blow-up fails the
 * test rather than hanging it; its peak memory is asserted, its CPU time printed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTarget } from '../../src/emit/registry.js';
import { loadApi } from '../../src/load/index.js';
import { assertBuilt } from '../cli/run.js';
import { aliases, composed, composedUnnamed, composedUnused, nested, nestedUnnamed, ref, spec, swaggerComposed } from './graph-specs.js';
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

describe.concurrent('references a stage would expand enormously are Rejected, naming --max-nodes', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['40 levels of allOf in an extension, which the model would inline', composedUnnamed(40), '/x-defs/D0/allOf/0/$ref'],
    ['40 levels of Swagger 2.0 allOf, which swagger-parser would walk', swaggerComposed(40), '/definitions/S0/allOf/0/$ref'],
    ['20,000 unnamed objects, each holding the next, which the model would inline', nestedUnnamed(20_000), '/x-defs/D0/properties/next/$ref'],
  ])('%s', async (name, document, at) => {
    const root = await project(document);
    const before = await listing(root);
    const run = await generate(root, name);
    const line = expectRejected(run, before, await listing(root), 'spec.json');
    expect(line.startsWith(`spec.json#${at}: `), line).toBe(true);
    expect(line.slice(`spec.json#${at}: `.length)).toMatch(TOO_BIG);
  }, DEADLINE_MS + 60_000);
});

describe.concurrent('compositions of named schemas are Safe: the model names them, no stage expands them', () => {
  it.each<[string, 'allOf' | 'oneOf' | 'anyOf' | 'properties', RegExp]>([
    ['allOf', 'allOf', /^export type S0 = S1 & S1;$/m],
    ['oneOf', 'oneOf', /^export type S0 = S1;$/m],
    ['anyOf', 'anyOf', /^export type S0 = S1;$/m],
    ['objects whose two properties name the next', 'properties', /^export interface S0 \{$/m],
  ])('40 levels of %s, each naming the next twice, generate every target', async (name, kind, typescript) => {
    const root = await project(composed(40, kind));
    const before = await listing(root);
    const run = await generate(root, `40 levels of ${name}`);
    expect(run.code, run.stderr).toBe(0);
    const files = await expectSafeOutput(root, 'gen', before);
    expect(files.get('h/typescript/src/models.ts')).toMatch(typescript);
    expect(files.get('h/typescript/src/models.ts')).toMatch(/\bS40\b/);
    // Each level is one model page, as openapi-generator 4.2.1 writes it: S0 shows S1 or its fields.
    for (const target of ['go', 'python', 'rust']) {
      expect(files.get(`h/${target}/docs/S40.md`), target).toMatch(/leaf/i);
      expect(files.get(`h/${target}/docs/S0.md`), target).toMatch(kind === 'properties' ? /\[\*\*(crate::models::)?S1\*\*\]\(S1\.md\)/ : /^# S0/m);
    }
  }, DEADLINE_MS + 60_000);
});

describe('20,000 named schemas, each holding the next (20,000 levels once followed)', () => {
  it('are Safe through the CLI at 2,000 levels: every target generates, in bounded memory', async () => {
    const root = await project(nested(2_000));
    const before = await listing(root);
    // Two files per schema and target: 16,000 files, the writing proven at a size CI can afford.
    const run = await generate(root, '2,000 nested named schemas');
    expect(run.code, run.stderr).toBe(0);
    const files = await expectSafeOutput(root, 'gen', before);
    expect(files.get('h/typescript/src/models.ts')).toMatch(/^export interface S1999 \{\n {2}next\?: S2000;$/m);
    // S2000 is a string, which the docs show unaliased (as 4.2.1 does): the level above links S1999.
    for (const target of ['go', 'python', 'rust']) expect(files.get(`h/${target}/docs/S1998.md`), target).toMatch(/\[\*\*(crate::models::)?S1999\*\*\]\(S1999\.md\)/);
  }, DEADLINE_MS + 60_000);

  it.each(TARGETS)('go through the loader and the %s emitter at 20,000 levels: nothing follows a named reference, so no stack overflows', async (name) => {
    const root = await project(nested(20_000));
    const api = await loadApi(join(root, 'spec.json'), {});
    const files = (await loadTarget(name)).emit(api, { packageName: 'hostile' });
    const text = files.find((f) => f.path === (name === 'typescript' ? 'src/models.ts' : 'docs/S19998.md'))?.contents ?? '';
    expect(text).toMatch(name === 'typescript' ? /^export interface S19999 \{\n {2}next\?: S20000;$/m : /\[\*\*(crate::models::)?S19999\*\*\]\(S19999\.md\)/);
  }, DEADLINE_MS);
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
    // swagger-codegen 2.2.2 too (a RefModel has no properties); the object's own page has the field.
    expect(await read('python/docs/S0.md')).toMatch(/^------------ \| ------------- \| ------------- \| -------------\n\n\[\[Back/m);
    expect(await read('python/docs/S5000.md')).toMatch(/^\*\*leaf\*\* \| \*\*str\*\* \|/m);
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

describe('an alias that is an array of itself', () => {
  // `A: {type: array, items: {$ref: A}}` as a body and as a body's items: a search for an array's
  // innermost items (Go's and Rust's body names) went round it for ever (found by property.test.ts).
  it('is Safe as a body and as body items: every target generates both operations', async () => {
    const body = (schema: object) => ({ content: { 'application/json': { schema } } });
    const document = spec({ S0: { type: 'object' }, A: { type: 'array', items: ref('A') } });
    const paths = document.paths as Record<string, Record<string, unknown>>;
    paths['/a'] = { post: { operationId: 'send', requestBody: body(ref('A')), responses: { 200: { description: 'ok' } } } };
    paths['/b'] = { post: { operationId: 'sendList', requestBody: body({ type: 'array', items: ref('A') }), responses: { 200: { description: 'ok' } } } };
    const root = await project(document);
    const before = await listing(root);
    const run = await generate(root, 'an array of itself');
    expect(run.code, run.stderr).toBe(0);
    const files = await expectSafeOutput(root, 'gen', before);
    const headings: Record<string, [RegExp, RegExp]> = {
      go: [/^## Send$/m, /^## SendList$/m],
      python: [/^# \*\*send\*\*$/m, /^# \*\*send_list\*\*$/m],
      rust: [/^## send$/m, /^## send_list$/m],
    };
    for (const [target, [one, list]] of Object.entries(headings)) {
      const api = files.get(`h/${target}/docs/DefaultApi.md`) ?? '';
      expect(api, target).toMatch(one);
      expect(api, target).toMatch(list);
    }
    expect(files.get('h/typescript/src/models.ts')).toMatch(/^export type A = A\[\];$/m);
  }, DEADLINE_MS + 60_000);
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
    const root = await project(composedUnnamed(3));
    const before = await listing(root);
    const lowered = await cli(['generate', '--max-nodes', '20'], root, { timeoutMs: DEADLINE_MS });
    const line = expectRejected(lowered, before, await listing(root), 'spec.json');
    expect(line).toMatch(/^spec\.json#\/x-defs\/D0\/allOf\/0\/\$ref: \$refs expand the document to more than 20 nodes \(about \d+; raise the limit with --max-nodes\)$/);
    expect(await cli(['generate'], root, { timeoutMs: DEADLINE_MS })).toMatchObject({ code: 0, stderr: '' });
  }, 2 * DEADLINE_MS);

  it('raises the limit', async () => {
    // 19 levels in an extension nothing names: about 11 million nodes counted (references where no
    // stage reads a schema are counted as followed, erring high), over the default of 10 million;
    // raised, the spec generates at no cost, since nothing follows them.
    const root = await project(composedUnused(19));
    const before = await listing(root);
    const refused = await generate(root, '19 levels of allOf in an unused extension');
    expect(expectRejected(refused, before, await listing(root), 'spec.json')).toMatch(/^spec\.json#\/x-defs\/D0\/allOf\/0\/\$ref: .*more than 10000000 nodes/);
    const raised = await generate(root, '19 levels of allOf in an unused extension, --max-nodes 20000000', ['--max-nodes', '20000000']);
    expect(raised.stderr).toBe('');
    expect(raised.code).toBe(0);
    expect(await readFile(join(root, 'gen/h/go/docs/S0.md'), 'utf8')).toMatch(/^\*\*Leaf\*\* \|/m);
  }, 2 * DEADLINE_MS);
});

describe('--max-depth counts nesting through the references a stage follows', () => {
  it('refuses 250 unnamed arrays of the next (500 levels once inlined), until raised', async () => {
    // Arrays, not objects: the go target would name each inline object after the path to it
    // (S0_next_next_...), a file name too long to write at this depth.
    const root = await project(nestedUnnamed(250, 'items'));
    const before = await listing(root);
    const refused = await cli(['generate'], root, { timeoutMs: DEADLINE_MS });
    const line = expectRejected(refused, before, await listing(root), 'spec.json');
    // The named schema that inlines the chain comes before the extension, so its reference is named.
    expect(line).toMatch(/^spec\.json#\/components\/schemas\/S0\/\$ref: \$refs nest the document deeper than 200 levels \(\d+; raise it with --max-depth\)$/);
    const raised = await cli(['generate', '--max-depth', '1000'], root, { timeoutMs: DEADLINE_MS });
    expect(raised.stderr).toBe('');
    expect(raised.code).toBe(0);
  }, 2 * DEADLINE_MS);

  it('lets 250 named objects that each hold the next through: each reference by name is one level', async () => {
    const root = await project(nested(250));
    expect(await cli(['generate'], root, { timeoutMs: DEADLINE_MS })).toMatchObject({ code: 0, stderr: '' });
  }, DEADLINE_MS);
});
