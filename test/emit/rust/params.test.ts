import { describe, expect, it } from 'vitest';
import { rustParams } from '../../../src/emit/rust/params.js';
import { RustSchemas } from '../../../src/emit/rust/schemas.js';
import type { Operation } from '../../../src/model/types.js';
import { any, api, array, body, int32, object, operation, param, prop, ref, str } from './build.js';

const schemas = new RustSchemas(
  api({ schemas: [{ name: 'CreateSessionRequest', pointer: '', schema: object([prop('username', str(), true)]) }, { name: 'Ids', pointer: '', schema: array(str()) }] }),
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
    ['an alias (not a model) is `body`', body(ref('Ids')), 'body'],
    ['an array of models is `body`', body(array(ref('CreateSessionRequest'))), 'body'],
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
