import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadApi, SpecError, type SpecWarning } from '../../src/load/index.js';
import { resolvePointer } from '../../src/model/pointer.js';
import { compileValidator } from '../../src/load/schema-validator.js';

const dir = mkdtempSync(join(tmpdir(), 'sdkgen-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(document: unknown): string {
  const file = join(dir, `spec-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(document, null, 1));
  return file;
}

const base = (paths: unknown, schemas: unknown = {}): Record<string, unknown> => ({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths, components: { schemas } });

async function load(document: unknown) {
  const warnings: SpecWarning[] = [];
  const api = await loadApi(write(document), { onWarning: (w) => warnings.push(w) });
  return { api, warnings: warnings.map((w) => [w.pointer, `${w.problem}; ${w.assumed}`]) };
}

async function refusal(document: unknown, options = {}): Promise<SpecError> {
  const error: unknown = await loadApi(write(document), options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SpecError);
  return error as SpecError;
}

const ok = { 200: { description: 'ok' } };

describe('what sdkgen understands anyway loads, one warning each, pointing into the file as written', () => {
  test('type "any" reads as no constraint, named at the schema that says it, not through the $ref', async () => {
    const document = base(
      { '/a': { get: { responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Cell' } } } } } } } },
      { Cell: { type: 'object', properties: { value: { type: 'any', format: 'any' } } } },
    );
    const { api, warnings } = await load(document);
    expect(warnings).toEqual([['/components/schemas/Cell/properties/value/type', 'type "any" is not a JSON Schema type; read as no constraint']]);
    expect(resolvePointer(document, warnings[0]![0]!)).toBe('any');
    const cell = api.schemas[0]!.schema;
    expect(cell.kind === 'object' && cell.properties[0]!.schema.kind).toBe('any');
  });

  test('a missing "responses" reads as no documented response', async () => {
    const { api, warnings } = await load(base({ '/a': { get: { operationId: 'a' } } }));
    expect(warnings).toEqual([['/paths/~1a/get', 'the operation has no "responses"; read as no documented response: it returns nothing']]);
    expect(api.operations[0]!.responses).toEqual([]);
  });

  test('an empty "responses" gives an operation that returns nothing', async () => {
    const { api, warnings } = await load(base({ '/a': { post: { operationId: 'a', responses: {} } } }));
    expect(warnings).toEqual([['/paths/~1a/post/responses', '"responses" is empty; the operation returns nothing']]);
    expect(api.operations[0]!.responses).toEqual([]);
  });

  test('a null description, style "simple" on a query parameter, and a stray keyword on a parameter', async () => {
    const parameter = { name: 'ids', in: 'query', style: 'simple', explode: false, schema: { type: 'array', items: { type: 'string' } }, additionalProperties: { type: 'string' } };
    const { api, warnings } = await load(base({ '/a': { get: { parameters: [parameter], responses: { 200: { description: null } } } } }));
    // Values are mended first, a property dropped only once nothing else is left (validate.ts).
    expect(warnings).toEqual([
      ['/paths/~1a/get/parameters/0/style', 'style "simple" is not a query parameter style; read as "form" (comma-separated)'],
      ['/paths/~1a/get/responses/200/description', 'description is null; read as no description'],
      ['/paths/~1a/get/parameters/0/additionalProperties', 'unexpected property "additionalProperties"; ignored'],
    ]);
    expect(api.operations[0]!.responses[0]!.description).toBeUndefined();
  });

  test('prose written as null in Swagger 2.0 loads, and the model keeps where (a null response description is no JSON Reference)', async () => {
    const body = { name: 'user', in: 'body', required: true, description: null, schema: { type: 'object' } };
    const operation = { summary: null, description: 'Written', parameters: [body], responses: { 200: { description: null } } };
    const { api, warnings } = await load({ swagger: '2.0', info: { title: 'T', version: '1' }, paths: { '/a': { post: operation } } });
    expect(warnings).toEqual([
      ['/paths/~1a/post/summary', 'summary is null; read as no summary'],
      ['/paths/~1a/post/parameters/0/description', 'description is null; read as no description'],
      ['/paths/~1a/post/responses/200/description', 'description is null; read as no description'],
    ]);
    const op = api.operations[0]!;
    expect([op.summary, op.description, op.writtenNull]).toEqual([undefined, 'Written', ['summary']]);
    expect([op.requestBody?.description, op.requestBody?.writtenNull]).toEqual([undefined, ['description']]);
    expect(api.nullProse).toBe(true);
  });

  test('a spec with no prose written as null has no mark of it in the model', async () => {
    const { api } = await load(base({ '/a': { get: { summary: 'S', responses: { 200: { description: 'ok' } } } } }));
    expect([api.nullProse, api.operations[0]!.writtenNull]).toEqual([undefined, undefined]);
  });

  test('a format or a pattern that is not a string is ignored (api.video writes pattern: 0)', async () => {
    const { api, warnings } = await load(base({}, { Pick: { type: 'object', properties: { timecode: { type: 'string', pattern: 0, format: 7 } } } }));
    expect(warnings).toEqual([
      ['/components/schemas/Pick/properties/timecode/pattern', 'pattern 0 is not a string; ignored'],
      ['/components/schemas/Pick/properties/timecode/format', 'format 7 is not a string; ignored'],
    ]);
    const pick = api.schemas[0]!.schema;
    expect(pick.kind === 'object' && pick.properties[0]!.schema).toMatchObject({ kind: 'primitive', type: 'string', format: undefined, pattern: undefined });
  });

  test('a schema used in many places is named once, where it is written', async () => {
    const use = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Loose' } } } };
    const paths = Object.fromEntries(['/a', '/b', '/c'].map((p) => [p, { post: { requestBody: use, responses: ok } }]));
    const { warnings } = await load(base(paths, { Loose: { type: 'any' } }));
    expect(warnings).toEqual([['/components/schemas/Loose/type', 'type "any" is not a JSON Schema type; read as no constraint']]);
  });

  test('Swagger 2.0: type "any" and a nullable keyword', async () => {
    const document = {
      swagger: '2.0',
      info: { title: 'T', version: '1' },
      paths: { '/a': { get: { responses: { 200: { description: 'ok', schema: { $ref: '#/definitions/Thing' } } } } } },
      definitions: { Thing: { type: 'object', properties: { v: { type: 'any' }, n: { type: 'string', nullable: true } } } },
    };
    const { api, warnings } = await load(document);
    expect(warnings).toEqual([
      ['/definitions/Thing/properties/v/type', 'type "any" is not a JSON Schema type; read as no constraint'],
      ['/definitions/Thing/properties/n/nullable', 'unexpected property "nullable"; read as in OpenAPI 3.0 (the value may be null)'],
    ]);
    const thing = api.schemas[0]!.schema;
    expect(thing.kind === 'object' && thing.properties[1]!.schema.nullable).toBe(true);
  });
});

describe('--strict refuses each of them, as sdkgen did before', () => {
  test('with the problem, and what it would otherwise have assumed', async () => {
    const error = await refusal(base({ '/a': { get: { operationId: 'a' } } }), { strict: true });
    expect(error.pointer).toBe('/paths/~1a/get');
    expect(error.message).toBe('the operation has no "responses" (refused under --strict; without it, read as no documented response: it returns nothing)');
  });
});

describe('what sdkgen cannot understand is still refused', () => {
  test.each([
    ['a parameter in the body of an OpenAPI 3 operation', base({ '/a': { get: { parameters: [{ name: 'b', in: 'body', schema: {} }], responses: ok } } }), '/paths/~1a/get/parameters/0'],
    ['a response that is not an object', base({ '/a': { get: { responses: { 200: 'ok' } } } }), '/paths/~1a/get/responses/200'],
    ['a schema type that is a number', base({}, { X: { type: 7 } }), '/components/schemas/X'],
    ['info without a version', { openapi: '3.0.3', info: { title: 'T' }, paths: {} }, '/info'],
  ])('%s', async (_name, document, pointer) => {
    const error = await refusal(document);
    expect(error.message).toMatch(/^does not match the OpenAPI schema: /);
    expect(error.pointer.startsWith(pointer)).toBe(true);
  });
});

describe('the validators built into dist/ agree with those compiled at run time', () => {
  test.each(['swagger-2.0', 'openapi-3.0', 'openapi-3.1'] as const)('%s', async (dialect) => {
    const { createRequire } = await import('node:module');
    const built = createRequire(import.meta.url)(`../../dist/load/validators/${dialect}.cjs`) as ReturnType<typeof compileValidator>['validate'];
    const compiled = compileValidator(dialect).validate;
    const documents = [
      dialect === 'swagger-2.0'
        ? { swagger: '2.0', info: { title: 'T', version: '1' }, paths: { '/a': { get: { responses: {} } } }, definitions: { X: { type: 'any' } } }
        : { openapi: dialect === 'openapi-3.1' ? '3.1.0' : '3.0.3', info: { title: 'T' }, paths: { '/a': { get: { responses: {} } } }, components: { schemas: { X: { type: 'any' } } } },
    ];
    for (const document of documents) {
      expect(built(document)).toBe(compiled(document));
      expect(built.errors).toEqual(compiled.errors);
      expect(compiled.errors?.length).toBeGreaterThan(0);
    }
  });
});
