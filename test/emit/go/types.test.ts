import { describe, expect, it } from 'vitest';
import { goNames } from '../../../src/emit/go/api-names.js';
import { bodyName, goParams, goType, returnType } from '../../../src/emit/go/types.js';
import type { RequestBody, Schema } from '../../../src/model/types.js';
import { STRING, emptyResponse, jsonResponse, makeApi, makeOp, makeParam, ref, schema } from './fixtures.js';

const api = makeApi({
  schemas: [
    { name: 'ApiSession', schema: schema({ kind: 'object', properties: [] }), pointer: '' },
    { name: 'theme', schema: schema({ kind: 'object', properties: [] }), pointer: '' },
  ],
});
const names = goNames(api);

const int = (format?: string): Schema => schema({ kind: 'primitive', type: 'integer', format });
const num = (format?: string): Schema => schema({ kind: 'primitive', type: 'number', format });
const str = (format?: string): Schema => schema({ kind: 'primitive', type: 'string', format });

describe('goType (§2.5)', () => {
  it.each<[string, Schema, string, string, string | undefined, string]>([
    ['string', STRING, 'string', 'string', undefined, 'scalar'],
    ['date-time', str('date-time'), 'time.Time', 'time.Time', undefined, 'scalar'],
    ['date (4.2.1 maps it to string)', str('date'), 'string', 'string', undefined, 'scalar'],
    ['uuid', str('uuid'), 'string', 'string', undefined, 'scalar'],
    ['binary', str('binary'), '*os.File', '*os.File', undefined, 'file'],
    ['integer', int(), 'int32', 'int32', undefined, 'scalar'],
    ['int32', int('int32'), 'int32', 'int32', undefined, 'scalar'],
    ['int64', int('int64'), 'int64', 'int64', undefined, 'scalar'],
    ['number', num(), 'float32', 'float32', undefined, 'scalar'],
    ['float', num('float'), 'float32', 'float32', undefined, 'scalar'],
    ['double', num('double'), 'float64', 'float64', undefined, 'scalar'],
    ['boolean', schema({ kind: 'primitive', type: 'boolean' }), 'bool', 'bool', undefined, 'scalar'],
    ['model', ref('ApiSession'), 'ApiSession', 'ApiSession', 'ApiSession', 'model'],
    ['model with a camelized name', ref('theme'), 'Theme', 'Theme', 'Theme', 'model'],
    ['dangling ref: named, not linked', ref('Missing'), 'Missing', 'Missing', undefined, 'model'],
    ['array of int64', schema({ kind: 'array', items: int('int64') }), '[]int64', 'int64', undefined, 'container'],
    ['array of models', schema({ kind: 'array', items: ref('theme') }), '[]Theme', 'Theme', 'Theme', 'container'],
    ['map of bool', schema({ kind: 'map', values: schema({ kind: 'primitive', type: 'boolean' }) }), 'map[string]bool', 'bool', undefined, 'container'],
    ['map of arrays of models', schema({ kind: 'map', values: schema({ kind: 'array', items: ref('ApiSession') }) }), 'map[string][]ApiSession', 'ApiSession', 'ApiSession', 'container'],
    ['free-form object', schema({ kind: 'any', object: true }), 'map[string]interface{}', 'map[string]interface{}', undefined, 'any'],
    ['bare {}', schema({ kind: 'any', object: false }), 'interface{}', 'interface{}', undefined, 'any'],
    ['inline object', schema({ kind: 'object', properties: [] }), 'map[string]interface{}', 'map[string]interface{}', undefined, 'any'],
    ['allOf of one ref', schema({ kind: 'allOf', members: [ref('ApiSession')] }), 'ApiSession', 'ApiSession', 'ApiSession', 'model'],
    ['oneOf', schema({ kind: 'oneOf', members: [ref('ApiSession'), STRING] }), 'interface{}', 'interface{}', undefined, 'any'],
  ])('%s', (_, given, dataType, baseType, model, kind) => {
    expect(goType(given, names)).toEqual({ dataType, baseType, model, kind });
  });
});

describe('bodyName (§1.7)', () => {
  const body = (partial: Partial<RequestBody>, content: Schema): RequestBody => ({
    required: true,
    content: [{ mediaType: 'application/json', schema: content }],
    ...partial,
  });
  it.each<[string, RequestBody, string]>([
    ['the spec name wins (Swagger 2.0 / x-codegen-request-body-name)', body({ name: 'body' }, ref('ApiSession')), 'body'],
    ['else the referenced model', body({}, ref('ApiSession')), 'ApiSession'],
    ['the model name as Go spells it', body({}, ref('theme')), 'Theme'],
    ['inline schema', body({}, schema({ kind: 'any', object: false })), 'body'],
    ['dangling ref', body({}, ref('Missing')), 'body'],
  ])('%s', (_, given, want) => {
    expect(bodyName(given, names)).toBe(want);
  });
});

describe('goParams (§1.6)', () => {
  it('keeps spec order, appends the body, then puts required first (stable)', () => {
    const op = makeOp({
      id: 'sessionPost',
      parameters: [
        makeParam('x-g4-tenant', { in: 'header', required: true }),
        makeParam('x-g4-application', { in: 'header' }),
        makeParam('page', {}),
        makeParam('id', { in: 'path', required: true }),
      ],
      requestBody: { required: true, content: [{ mediaType: 'application/json', schema: ref('ApiSession') }] },
    });
    expect(goParams(op, names).map((p) => [p.name, p.required])).toEqual([
      ['xG4Tenant', true],
      ['id', true],
      ['apiSession', true],
      ['xG4Application', false],
      ['page', false],
    ]);
  });

  it('gives colliding names suffixes in spec order, and never ctx or optional', () => {
    const op = makeOp({
      id: 'x',
      parameters: [makeParam('theme_id', { required: true }), makeParam('themeId'), makeParam('ctx'), makeParam('optional')],
    });
    expect(goParams(op, names).map((p) => p.name)).toEqual(['themeId', 'themeId2', 'ctx2', 'optional2']);
  });

  it('carries description, type and default', () => {
    const op = makeOp({
      id: 'x',
      parameters: [makeParam('limit', { description: 'How many', schema: schema({ kind: 'primitive', type: 'integer', format: 'int64' }, { default: { value: 10 } }) })],
    });
    expect(goParams(op, names)).toEqual([
      { name: 'limit', required: false, description: 'How many', type: { dataType: 'int64', baseType: 'int64', model: undefined, kind: 'scalar' }, default: { value: 10 } },
    ]);
  });
});

describe('returnType (§2.4)', () => {
  it.each([
    ['200 with a model', [jsonResponse('200', ref('ApiSession')), jsonResponse('400', ref('theme'))], 'ApiSession'],
    ['the lowest 2xx, whatever the spec order', [jsonResponse('201', ref('theme')), jsonResponse('200', ref('ApiSession'))], 'ApiSession'],
    ['the lowest 2xx has no content: none', [emptyResponse('200'), jsonResponse('201', ref('ApiSession'))], undefined],
    ['no 2xx: default', [jsonResponse('404', ref('theme')), jsonResponse('default', ref('ApiSession'))], 'ApiSession'],
    ['only errors: none', [jsonResponse('400', ref('ApiSession'))], undefined],
    ['2XX range', [jsonResponse('2XX', schema({ kind: 'array', items: ref('theme') }))], '[]Theme'],
  ])('%s', (_, responses, want) => {
    expect(returnType(makeOp({ id: 'x', responses }), names)?.dataType).toBe(want);
  });
});

describe('goNames', () => {
  it('renames a model that would take an API class page (tag Foo beside schema FooApi)', () => {
    const clash = goNames(
      makeApi({
        operations: [makeOp({ id: 'list', tags: ['Foo'] })],
        schemas: [{ name: 'FooApi', schema: schema({ kind: 'object', properties: [] }), pointer: '' }],
      }),
    );
    expect(clash.model('FooApi')).toBe('FooApi2');
  });
});
