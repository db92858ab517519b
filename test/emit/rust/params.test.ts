import { describe, expect, it } from 'vitest';
import { rustParams } from '../../../src/emit/rust/params.js';
import { RustSchemas } from '../../../src/emit/rust/schemas.js';
import type { Operation } from '../../../src/model/types.js';
import { any, api, array, body, int32, map, object, operation, param, prop, ref, schema, str } from './build.js';

const schemas = new RustSchemas(
  api({
    schemas: [
      { name: 'CreateSessionRequest', pointer: '', schema: object([prop('username', str(), true)]) },
      { name: 'Ids', pointer: '', schema: array(str()) },
      { name: 'Widget_thing', pointer: '', schema: object([prop('id', int32())]) },
      { name: 'Color', pointer: '', schema: schema({ kind: 'primitive', type: 'string', enum: ['red', 'green'] }) },
    ],
  }),
);
const names = (op: Operation): string[] => rustParams(op, schemas).map((p) => p.name);

describe('parameter order (docs-format.md §1.6)', () => {
  it('appends the body and moves required params first, keeping declared order within each group', () => {
    const op = operation('sessionPost', {
      parameters: [
        param('x-g4-tenant', str(), { in: 'header', required: true }),
        param('x-g4-application', str(), { in: 'header' }),
      ],
      requestBody: body(ref('CreateSessionRequest'), { required: true }),
    });
    expect(names(op)).toEqual(['x_g4_tenant', 'create_session_request', 'x_g4_application']);
  });

  it('keeps an optional body last', () => {
    const op = operation('x', {
      parameters: [param('limit', int32()), param('id', str(), { in: 'path', required: true }), param('offset', int32())],
      requestBody: body(any()),
    });
    expect(names(op)).toEqual(['id', 'limit', 'offset', 'body']);
  });
});

describe('body naming (docs-format.md §1.7)', () => {
  it.each<[string, Operation['requestBody'], string]>([
    ['the spec’s own name wins', body(ref('CreateSessionRequest'), { name: 'body' }), 'body'],
    ['x-codegen-request-body-name is cased too', body(any(), { name: 'sessionData' }), 'session_data'],
    ['a model body is named after the model', body(ref('CreateSessionRequest')), 'create_session_request'],
    ['a free-form body is `body`', body(any()), 'body'],
    ['an inline object body is `body`', body(object([prop('a', str())])), 'body'],
    ['an array alias of strings is `request_body`', body(ref('Ids')), 'request_body'],
    ['an inline array of strings is `request_body`', body(array(str())), 'request_body'],
    ['a map is `request_body`', body(map(int32())), 'request_body'],
    ['an array of models is the item model’s raw name, snake_cased', body(array(ref('Widget_thing'))), 'widget_thing'],
    ['an array of arrays of models is the innermost model’s', body(array(array(ref('CreateSessionRequest')))), 'create_session_request'],
    ['an enum model is `body`', body(ref('Color')), 'body'],
    ['a keyword name is escaped', body(any(), { name: 'type' }), '_type'],
  ])('%s', (_, requestBody, name) => {
    expect(names(operation('x', { requestBody }))).toEqual([name]);
  });

  it('prints the bare model name for a model body, and crate::models:: inside containers', () => {
    const [single] = rustParams(operation('x', { requestBody: body(ref('CreateSessionRequest')) }), schemas);
    const [list] = rustParams(operation('x', { requestBody: body(array(ref('CreateSessionRequest'))) }), schemas);
    expect(single?.shown).toBe('CreateSessionRequest');
    expect(list?.shown).toBe('Vec<crate::models::CreateSessionRequest>');
  });

  it('takes an enum model body as its text', () => {
    const [only] = rustParams(operation('x', { requestBody: body(ref('Color')) }), schemas);
    expect(only?.type.type).toBe('String');
  });

  it('reads a body without content as free-form', () => {
    const [only] = rustParams(operation('x', { requestBody: body(any(), {}, []) }), schemas);
    expect(only?.type.type).toBe('serde_json::Value');
  });
});

describe('name clashes', () => {
  it('suffixes a later parameter whose Rust name is taken, before sorting', () => {
    const op = operation('x', {
      parameters: [param('userId', str()), param('user_id', str(), { in: 'header', required: true })],
      requestBody: body(any(), { name: 'body' }),
    });
    expect(names(op)).toEqual(['user_id2', 'user_id', 'body']);
  });

  it('suffixes a body named like a parameter', () => {
    const op = operation('x', { parameters: [param('body', str())], requestBody: body(any()) });
    expect(names(op)).toEqual(['body', 'body2']);
  });
});

describe('form bodies', () => {
  const fields = object([prop('note', str()), prop('file', schema({ kind: 'primitive', type: 'string', format: 'binary' }), true)]);

  it.each(['multipart/form-data', 'application/x-www-form-urlencoded'])('takes a %s body one argument per field, required first', (media) => {
    const params = rustParams(operation('x', { requestBody: body(fields, { required: true }, [media]) }), schemas);
    expect(params.map((p) => [p.name, p.required, p.formField, p.media])).toEqual([
      ['file', true, 'file', media],
      ['note', false, 'note', media],
    ]);
  });

  it('takes a model form body by the model’s fields', () => {
    const params = rustParams(operation('x', { requestBody: body(ref('CreateSessionRequest'), {}, ['multipart/form-data']) }), schemas);
    expect(params.map((p) => p.name)).toEqual(['username']);
  });

  it('keeps one body for a JSON object and for a form without properties', () => {
    expect(names(operation('x', { requestBody: body(fields) }))).toEqual(['body']);
    expect(names(operation('x', { requestBody: body(any(), {}, ['multipart/form-data']) }))).toEqual(['body']);
  });

  it('takes a form body of a primitive as `body` (the crate sends it), which 6.0 and referenceDocs take no argument for', () => {
    const op = operation('x', { requestBody: body(str(), { required: true }, ['application/x-www-form-urlencoded']) });
    expect(rustParams(op, schemas).map((p) => [p.name, p.type.type, p.media, p.formField])).toEqual([['body', 'String', 'application/x-www-form-urlencoded', undefined]]);
    const reference = new RustSchemas(api({ schemas: [] }), [], new Set(), true);
    expect(rustParams(op, reference)).toEqual([]);
  });
});
