import { describe, expect, test } from 'vitest';
import type { Schema } from '../../../src/model/types.js';
import { exampleValue } from '../../../src/emit/python/examples.js';
import { pythonContext } from '../../../src/emit/python/context.js';
import { pythonParams, type PyParam } from '../../../src/emit/python/params.js';
import { pythonPlan } from '../../../src/emit/python/plan.js';
import { pythonType, typeMarkdown, type BinaryStrings } from '../../../src/emit/python/types.js';
import { anything, api, arrayOf, bool, fmt, int, mapOf, named, num, object, ok, operation, param, prop, ref, schema, str } from './api-fixtures.js';

const modelOf = (name: string): string => (name === 'api_session' ? 'ApiSession' : name);

describe('pythonType: the type swagger-codegen 2.2.2 prints', () => {
  test.each<[string, Schema, string]>([
    ['string', str(), 'str'],
    ['uuid string', fmt('uuid'), 'str'],
    ['date', fmt('date'), 'date'],
    ['date-time', fmt('date-time'), 'datetime'],
    ['binary', fmt('binary'), 'file'],
    ['integer', int(), 'int'],
    ['int64', int('int64'), 'int'],
    ['number', num(), 'float'],
    ['double', num('double'), 'float'],
    ['boolean', bool(), 'bool'],
    ['model', ref('api_session'), 'ApiSession'],
    ['array of models', arrayOf(ref('Thing')), 'list[Thing]'],
    ['nested arrays', arrayOf(arrayOf(str())), 'list[list[str]]'],
    ['map of booleans', mapOf(bool()), 'dict(str, bool)'],
    ['map of models', mapOf(ref('Thing')), 'dict(str, Thing)'],
    ['object with only additionalProperties', schema({ kind: 'object', properties: [], additionalProperties: int() }), 'dict(str, int)'],
    ['object with additionalProperties: true (2.2 types no map of untyped values)', schema({ kind: 'object', properties: [], additionalProperties: true }), 'object'],
    ['map of untyped values (additionalProperties: true, {})', mapOf(anything()), 'object'],
    ['map of objects (additionalProperties: {type: object})', mapOf(schema({ kind: 'any', object: true })), 'dict(str, object)'],
    ['free-form object', schema({ kind: 'object', properties: [] }), 'object'],
    ['inline object with properties', object([prop('a', str())]), 'object'],
    ['any', anything(), 'object'],
    ['allOf of one ref', schema({ kind: 'allOf', members: [ref('Thing')] }), 'Thing'],
    ['allOf of several', schema({ kind: 'allOf', members: [ref('A'), ref('B')] }), 'object'],
    ['oneOf', schema({ kind: 'oneOf', members: [ref('A'), ref('B')] }), 'object'],
  ])('%s → %s', (_, s, want) => {
    expect(pythonType(s, modelOf).name).toBe(want);
  });
});

describe('binary strings: a file, except a Swagger 2.0 string written `format: binary` (2.2.2 types only `type: file` so)', () => {
  const swaggerFile = schema({ kind: 'primitive', type: 'string', format: 'binary', swaggerFile: true });
  test.each<[string, Schema, BinaryStrings, string]>([
    ['OpenAPI 3 binary', fmt('binary'), 'file', 'file'],
    ['Swagger 2.0 binary', fmt('binary'), 'str', 'str'],
    ['Swagger 2.0 list of binary', arrayOf(fmt('binary')), 'str', 'list[str]'],
    ['Swagger 2.0 type: file', swaggerFile, 'str', 'file'],
    ['byte', fmt('byte'), 'file', 'str'],
  ])('%s → %s', (_, s, binary, want) => {
    expect(pythonType(s, modelOf, { binary, mapBesideProperties: 'object' }).name).toBe(want);
  });

  test('the plan reads the dialect: a Swagger 2.0 binary body is a `str`, an OpenAPI 3 one a `file`', () => {
    const op = operation({ id: 'up', requestBody: { required: true, content: [{ mediaType: 'application/octet-stream', schema: fmt('binary') }] } });
    const typeIn = (dialect: 'swagger-2.0' | 'openapi-3.0') => pythonPlan({ ...api({ operations: [op] }), dialect }, 'pkg', '1').classes[0]?.operations[0]?.params[0]?.type.name;
    expect(typeIn('swagger-2.0')).toBe('str');
    expect(typeIn('openapi-3.0')).toBe('file');
  });
});

test('a list of items 2.2 reads nothing from: the doc row prints list[ERRORUNKNOWN] as 2.2.2 does, the class keeps list[object]', () => {
  const plan = pythonPlan(api({ schemas: [named('Thing', object([prop('xs', arrayOf(anything())), prop('ys', arrayOf(str()))]))] }), 'pkg', '1');
  const [xs, ys] = plan.models[0]?.properties ?? [];
  expect([xs?.type.name, typeMarkdown(xs!.documentedType, 'property')]).toEqual(['list[object]', '[**list[ERRORUNKNOWN]**](.md)']);
  expect(ys?.documentedType).toEqual(ys?.type);
});

test('a map with properties beside it: the doc prints the map, as 2.2.2 does; the class keeps object, so the properties still read', () => {
  const headers = schema({ kind: 'object', properties: [prop('empty', bool())], additionalProperties: arrayOf(str()) });
  const plan = pythonPlan(api({ schemas: [named('Thing', object([prop('headers', headers)]))] }), 'pkg', '1');
  const [p] = plan.models[0]?.properties ?? [];
  expect([p?.type.name, p?.documentedType.name]).toEqual(['object', 'dict(str, list[str])']);
});

describe('typeMarkdown: bold builtins, links to the innermost model', () => {
  test.each<[Schema, 'param' | 'property' | 'return', string]>([
    [ref('api_session'), 'param', '[**ApiSession**](ApiSession.md)'],
    [str(), 'param', '**str**'],
    [fmt('binary'), 'param', '**file**'],
    // Container params link to their element even when it is a builtin (real 2.2.x docs).
    [arrayOf(str()), 'param', '[**list[str]**](str.md)'],
    [mapOf(str()), 'param', '[**dict(str, str)**](str.md)'],
    [arrayOf(str()), 'property', '**list[str]**'],
    [mapOf(bool()), 'property', '**dict(str, bool)**'],
    [arrayOf(ref('Thing')), 'property', '[**list[Thing]**](Thing.md)'],
    [ref('api_session'), 'return', '[**ApiSession**](ApiSession.md)'],
    [arrayOf(ref('Thing')), 'return', '[**list[Thing]**](Thing.md)'],
    [str(), 'return', '**str**'],
    [mapOf(int()), 'return', '[**dict(str, int)**](dict.md)'],
    [arrayOf(mapOf(str())), 'return', '[**list[dict(str, str)]**](dict.md)'],
    [mapOf(ref('Thing')), 'return', '[**dict(str, Thing)**](Thing.md)'],
    [arrayOf(str()), 'return', '**list[str]**'],
    // `file` is no language primitive of 2.2.2's: bold as a parameter, else a link to a page that does not exist.
    [fmt('binary'), 'property', '[**file**](file.md)'],
    [fmt('binary'), 'return', '[**file**](file.md)'],
  ])('%j as %s → %s', (s, place, want) => {
    expect(typeMarkdown(pythonType(s, modelOf), place)).toBe(want);
  });
});

describe('exampleValue: the sample argument (docs-format.md §3.3)', () => {
  const p = (s: Schema, extra: Partial<PyParam> = {}): PyParam => ({
    name: 'fields',
    plainName: 'fields',
    type: pythonType(s, modelOf),
    required: true,
    description: undefined,
    defaultValue: undefined,
    example: undefined,
    wire: 'fields',
    location: 'query',
    collectionFormat: undefined,
    ...extra,
  });
  test.each<[string, PyParam, string]>([
    ['model', p(ref('api_session')), 'lookerapi.ApiSession()'],
    ['str', p(str()), "'fields_example'"],
    ['int', p(int()), '56'],
    ['int32', p(int('int32')), '56'],
    ['int64', p(int('int64')), '789'],
    ['float', p(num()), '3.4'],
    ['double', p(num('double')), '1.2'],
    ['bool (Java literal, as 2.2.2 prints it)', p(bool()), 'true'],
    ['date', p(fmt('date')), "'2013-10-20'"],
    ['date-time', p(fmt('date-time')), "'2013-10-20T19:20:30+01:00'"],
    ['file', p(fmt('binary')), "'/path/to/file.txt'"],
    ['binary str (DefaultCodegen\'s `B`)', { ...p(fmt('binary')), type: pythonType(fmt('binary'), modelOf, { binary: 'str', mapBesideProperties: 'object' }) }, "'B'"],
    ['byte str', p(fmt('byte')), "'B'"],
    ['list of byte str', p(arrayOf(fmt('byte'))), "['fields_example']"],
    ['byte str default', p(fmt('byte'), { defaultValue: 'abc' }), "'abc'"],
    ['list of str', p(arrayOf(str())), "['fields_example']"],
    ['list of models', p(arrayOf(ref('Thing'))), '[lookerapi.Thing()]'],
    ['dict of str', p(mapOf(str())), "{'key': 'fields_example'}"],
    ['free-form (2.2.2\'s `NULL`, docs text)', p(anything()), 'NULL'],
    ['str default replaces the placeholder', p(str(), { defaultValue: 'created' }), "'created'"],
    ['int default', p(int(), { defaultValue: '10' }), '10'],
    ['x-example replaces the placeholder', p(num('double'), { example: '51.57285' }), '51.57285'],
    ['str x-example is quoted', p(str(), { example: 'abc' }), "'abc'"],
    ['a default wins over x-example', p(int(), { defaultValue: '3', example: '9' }), '3'],
    ['a model ignores x-example', p(ref('Thing'), { example: '{}' }), 'lookerapi.Thing()'],
    ['str default is escaped for code', p(str(), { defaultValue: 'say "hi"\n' }), "'say \\\"hi\\\" '"],
  ])('%s → %s', (_, given, want) => {
    expect(exampleValue(given, 'lookerapi')).toBe(want);
  });
});

describe('pythonParams: spec order, body last, required first (docs-format.md §1.6, §1.7)', () => {
  const names = (op: ReturnType<typeof operation>, schemas = [named('CreateSessionRequest', object([prop('username', str(), true)]))]) =>
    pythonParams(op, pythonContext(api({ operations: [op], schemas }), 'pkg', '1')).map((p) => `${p.name}${p.required ? '' : '?'}:${p.type.name}`);

  test('the G4 session_post order: required headers, the required body, then optional headers', () => {
    const op = operation({
      id: 'sessionPost',
      parameters: [
        param('x-g4-tenant', str(), { in: 'header', required: true }),
        param('x-g4-application', str(), { in: 'header' }),
      ],
      requestBody: { required: true, content: [{ mediaType: 'application/json', schema: ref('CreateSessionRequest') }] },
    });
    expect(names(op)).toEqual(['x_g4_tenant:str', 'create_session_request:CreateSessionRequest', 'x_g4_application?:str']);
  });

  test('an inline map body is an `object` (2.2 types a body without properties by its `type`); a parameter typed object is a map of strings', () => {
    const body = operation({ id: 'm', parameters: [param('filter', schema({ kind: 'any', object: true }))], requestBody: { name: 'body', required: true, content: [{ mediaType: 'application/json', schema: mapOf(ref('Thing')) }] } });
    expect(names(body)).toEqual(['body:object', 'filter?:dict(str, str)']);
  });

  test('a spec-given body name wins; a free-form body is `body`', () => {
    const given = operation({ id: 'a', requestBody: { name: 'body', required: true, content: [{ mediaType: 'application/json', schema: ref('CreateSessionRequest') }] } });
    const free = operation({ id: 'b', requestBody: { required: false, content: [{ mediaType: 'application/json', schema: anything() }] } });
    expect(names(given)).toEqual(['body:CreateSessionRequest']);
    expect(names(free)).toEqual(['body?:object']);
  });

  test('a Swagger 2.0 body keeps its declared place among the parameters; an OpenAPI 3 body comes last', () => {
    const at = (i: number) => `/paths/~1x/post/parameters/${i}`;
    const parameters = [
      param('dashboard_id', str(), { in: 'path', required: true, pointer: at(0) }),
      param('width', int(), { required: true, pointer: at(2) }),
      param('fields', str(), { pointer: at(3) }),
    ];
    const content = [{ mediaType: 'application/json', schema: ref('CreateSessionRequest') }];
    const swagger2 = operation({ id: 'x', parameters, requestBody: { name: 'body', required: true, content, pointer: at(1) } });
    expect(names(swagger2)).toEqual(['dashboard_id:str', 'body:CreateSessionRequest', 'width:int', 'fields?:str']);
    const openapi3 = operation({ id: 'x', parameters, requestBody: { required: true, content, pointer: '/paths/~1x/post/requestBody' } });
    expect(names(openapi3)).toEqual(['dashboard_id:str', 'width:int', 'create_session_request:CreateSessionRequest', 'fields?:str']);
  });

  test('a form body becomes one argument per field', () => {
    const op = operation({
      id: 'upload',
      requestBody: {
        required: true,
        content: [{ mediaType: 'multipart/form-data', schema: object([prop('file', fmt('binary'), true), prop('note', str())]) }],
      },
    });
    expect(names(op)).toEqual(['file:file', 'note?:str']);
  });

  test('names that collide after casing are made unique in spec order, as 2.2.2 does (`2` appended, trailing digits counted up)', () => {
    const op = operation({ id: 'x', parameters: [param('userId', str()), param('user_id', str(), { required: true })] });
    expect(names(op)).toEqual(['user_id2:str', 'user_id?:str']);
    const paged = operation({ id: 'y', parameters: [param('page1', str()), param('page_1', str()), param('Page1', str())] });
    expect(names(paged)).toEqual(['page1?:str', 'page_1?:str', 'page2?:str']);
  });
});

describe('the plan\'s return type: the body of the lowest 2xx response, else default', () => {
  const returns = (op: ReturnType<typeof operation>) => pythonPlan(api({ operations: [op] }), 'pkg', '1').classes[0]?.operations[0]?.returns;
  test.each<[string, ReturnType<typeof operation>, string | undefined]>([
    ['200 with a model', operation({ id: 'a', responses: [ok(ref('Thing'))] }), 'Thing'],
    ['lowest 2xx wins', operation({ id: 'b', responses: [{ ...ok(str()), status: '201' }, ok(int())] }), 'int'],
    ['2xx without content', operation({ id: 'c', responses: [{ status: '204', content: [], headers: [] }, { ...ok(str()), status: 'default' }] }), undefined],
    ['only default', operation({ id: 'd', responses: [{ ...ok(arrayOf(ref('Thing'))), status: 'default' }] }), 'list[Thing]'],
    ['only errors', operation({ id: 'e', responses: [{ ...ok(ref('Error')), status: '400' }] }), undefined],
  ])('%s', (_, op, want) => {
    expect(returns(op)?.name).toBe(want);
  });
});
