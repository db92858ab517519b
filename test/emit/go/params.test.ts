import { describe, expect, it } from 'vitest';
import { goNames } from '../../../src/emit/go/api-names.js';
import { goParams } from '../../../src/emit/go/params.js';
import type { RequestBody, Schema } from '../../../src/model/types.js';
import { STRING, makeApi, makeOp, makeParam, ref, schema } from './fixtures.js';

const names = goNames(
  makeApi({
    schemas: [
      { name: 'ApiSession', schema: schema({ kind: 'object', properties: [{ name: 'id', required: false, schema: STRING }] }), pointer: '' },
      { name: 'theme', schema: schema({ kind: 'object', properties: [{ name: 'id', required: false, schema: STRING }] }), pointer: '' },
    ],
  }),
);

function bodyParam(body: Partial<RequestBody>, content: Schema, mediaType = 'application/json'): [string, string] {
  const op = makeOp({ id: 'x', requestBody: { required: true, content: [{ mediaType, schema: content }], ...body } });
  const [param] = goParams(op, names);
  return [param?.name ?? '', param?.type.dataType ?? ''];
}

describe('the body parameter (§1.7)', () => {
  it.each<[string, Partial<RequestBody>, Schema, [string, string]]>([
    ['the spec name wins (Swagger 2.0 / x-codegen-request-body-name)', { name: 'body' }, ref('ApiSession'), ['body', 'ApiSession']],
    ['else the referenced model, as a Go parameter', {}, ref('theme'), ['theme', 'Theme']],
    ['an inline array (OpenAPI 3): requestBody', {}, schema({ kind: 'array', items: STRING }), ['requestBody', '[]string']],
    ['an inline primitive: body', {}, STRING, ['body', 'string']],
    ['an untyped object 4.2.1 cannot type', {}, schema({ kind: 'object', properties: [{ name: 'a', required: false, schema: STRING }] }), ['uNKNOWNBASETYPE', 'UNKNOWN_BASE_TYPE']],
  ])('%s', (_, body, content, want) => {
    expect(bodyParam(body, content)).toEqual(want);
  });

  it('expands a form body into one parameter per field, required ones first', () => {
    const form = schema({
      kind: 'object',
      typed: true,
      properties: [
        { name: 'caption', required: false, schema: STRING },
        { name: 'image', required: true, schema: schema({ kind: 'primitive', type: 'string', format: 'binary' }) },
      ],
    });
    const op = makeOp({ id: 'x', requestBody: { required: false, content: [{ mediaType: 'multipart/form-data', schema: form }] } });
    expect(goParams(op, names).map((p) => [p.name, p.required, p.type.dataType])).toEqual([
      ['image', true, '*os.File'],
      ['caption', false, 'string'],
    ]);
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
      {
        name: 'limit',
        required: false,
        description: 'How many',
        type: { dataType: 'int64', link: 'int64', primitive: true, file: false },
        default: { value: 10 },
        source: { kind: 'parameter', parameter: op.parameters[0] },
      },
    ]);
  });
});
