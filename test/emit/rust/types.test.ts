import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/model/types.js';
import { RustSchemas } from '../../../src/emit/rust/schemas.js';
import { returnCell, returnType, rustType, typeCell, typeMarkdown } from '../../../src/emit/rust/types.js';
import { any, api, array, int32, map, object, operation, prop, ref, response, schema, str } from './build.js';

const schemas = new RustSchemas(
  api({
    schemas: [
      { name: 'Thing', pointer: '', schema: object([prop('id', str())]) },
      { name: 'user_status', pointer: '', schema: schema({ kind: 'primitive', type: 'string', enum: ['a', 'b'] }) },
      { name: 'Ids', pointer: '', schema: array(schema({ kind: 'primitive', type: 'integer', format: 'int64' })) },
      { name: 'Name', pointer: '', schema: str({ nullable: true }) },
      { name: 'ThingAlias', pointer: '', schema: ref('Thing') },
      { name: 'Loop', pointer: '', schema: ref('Loop') },
      { name: 'List', pointer: '', schema: array(ref('List')) },
      { name: 'Tree', pointer: '', schema: map(array(ref('Tree'))) },
    ],
  }),
);

describe('rustType (docs-format.md §4.5)', () => {
  it.each<[string, Schema, string]>([
    ['string', str(), 'String'],
    ['date-time', schema({ kind: 'primitive', type: 'string', format: 'date-time' }), 'String'],
    ['uuid', schema({ kind: 'primitive', type: 'string', format: 'uuid' }), 'String'],
    ['binary', schema({ kind: 'primitive', type: 'string', format: 'binary' }), 'std::path::PathBuf'],
    ['int32', int32(), 'i32'],
    ['integer', schema({ kind: 'primitive', type: 'integer' }), 'i32'],
    ['int64', schema({ kind: 'primitive', type: 'integer', format: 'int64' }), 'i64'],
    ['float', schema({ kind: 'primitive', type: 'number', format: 'float' }), 'f32'],
    ['number', schema({ kind: 'primitive', type: 'number' }), 'f32'],
    ['double', schema({ kind: 'primitive', type: 'number', format: 'double' }), 'f64'],
    ['boolean', schema({ kind: 'primitive', type: 'boolean' }), 'bool'],
    ['array', array(str()), 'Vec<String>'],
    ['map', map(int32()), '::std::collections::HashMap<String, i32>'],
    ['map of any', map(any()), '::std::collections::HashMap<String, serde_json::Value>'],
    ['object with only additionalProperties', schema({ kind: 'object', properties: [], additionalProperties: true }), '::std::collections::HashMap<String, serde_json::Value>'],
    ['free-form {}', any(), 'serde_json::Value'],
    ['free-form object', schema({ kind: 'any', object: true }), 'serde_json::Value'],
    ['model', ref('Thing'), 'crate::models::Thing'],
    ['array of models', array(ref('Thing')), 'Vec<crate::models::Thing>'],
    ['named enum (a model)', ref('user_status'), 'crate::models::UserStatus'],
    ['alias to an array', ref('Ids'), 'Vec<i64>'],
    ['alias to a model', ref('ThingAlias'), 'crate::models::Thing'],
    ['circular alias', ref('Loop'), 'serde_json::Value'],
    ['alias containing itself', ref('List'), 'Vec<serde_json::Value>'],
    ['alias containing itself deeper', ref('Tree'), '::std::collections::HashMap<String, Vec<serde_json::Value>>'],
    ['allOf of one ref', schema({ kind: 'allOf', members: [ref('Thing')] }), 'crate::models::Thing'],
    ['inline object', object([prop('x', str())]), 'serde_json::Value'],
  ])('%s → %s', (_, s, type) => {
    expect(rustType(s, schemas).type).toBe(type);
  });

  it('takes nullability from the use and from an alias', () => {
    expect(rustType(str(), schemas).nullable).toBe(false);
    expect(rustType(str({ nullable: true }), schemas).nullable).toBe(true);
    expect(rustType(ref('Name'), schemas).nullable).toBe(true);
  });
});

describe('type cells (docs-format.md §4.3, §4.6)', () => {
  const cell = (s: Schema, place: 'param' | 'body' | 'property', required: boolean): string => typeCell(rustType(s, schemas), place, required);

  it.each<[string, Schema, 'param' | 'body' | 'property', boolean, string]>([
    ['required string param', str(), 'param', true, '**String**'],
    ['optional string param', str(), 'param', false, 'Option<**String**>'],
    ['required nullable param', str({ nullable: true }), 'param', true, 'Option<**String**>'],
    ['optional AnyType param', any(), 'param', false, 'Option<[**serde_json::Value**](.md)>'],
    ['AnyType body', any(), 'body', true, '**serde_json::Value**'],
    ['AnyType property', any(), 'property', false, 'Option<[**serde_json::Value**](.md)>'],
    ['required nullable AnyType property', any({ nullable: true }), 'property', true, 'Option<[**serde_json::Value**](.md)>'],
    ['map of AnyType property', map(any()), 'property', false, 'Option<[**::std::collections::HashMap<String, serde_json::Value>**](serde_json::Value.md)>'],
    ['map of AnyType param', map(any()), 'param', true, '[**::std::collections::HashMap<String, serde_json::Value>**](serde_json::Value.md)'],
    ['array of strings property', array(str()), 'property', true, '**Vec<String>**'],
    // 6.0 links a container parameter to its items' type as printed.
    ['array of int64 param', array(schema({ kind: 'primitive', type: 'integer', format: 'int64' })), 'param', false, 'Option<[**Vec<i64>**](i64.md)>'],
    ['array of models param', array(ref('Thing')), 'param', true, '[**Vec<crate::models::Thing>**](crate::models::Thing.md)'],
    ['array of arrays param', array(array(str())), 'param', true, '[**Vec<Vec<String>>**](Vec<String>.md)'],
    ['array of strings body', array(str()), 'body', true, '[**Vec<String>**](String.md)'],
    // 6.0 links a property and a container body by the raw schema name, a model body by the
    // model's, any other model parameter to `.md`.
    ['model property', ref('user_status'), 'property', true, '[**crate::models::UserStatus**](user_status.md)'],
    ['model body', ref('user_status'), 'body', true, '[**crate::models::UserStatus**](UserStatus.md)'],
    ['array of models body', array(ref('user_status')), 'body', true, '[**Vec<crate::models::UserStatus>**](user_status.md)'],
    ['model param', ref('user_status'), 'param', true, '[**crate::models::UserStatus**](.md)'],
    ['array of models property', array(ref('Thing')), 'property', false, 'Option<[**Vec<crate::models::Thing>**](Thing.md)>'],
    ['file param', schema({ kind: 'primitive', type: 'string', format: 'binary' }), 'param', true, '**std::path::PathBuf**'],
    // Unhoisted (only beside allOf: the resolver hoists every other one), as 6.0 prints it.
    ['inline object property', object([prop('x', str())]), 'property', true, '[**serde_json::Value**](serde_json::Value.md)'],
  ])('%s', (_, s, place, required, expected) => {
    expect(cell(s, place, required)).toBe(expected);
  });

  it('links a model parameter with additionalProperties to its values type, the model itself included', () => {
    const dictionaries = new RustSchemas(
      api({
        schemas: [
          { name: 'Counts', pointer: '', schema: schema({ kind: 'object', properties: [prop('total', int32())], additionalProperties: int32() }) },
          { name: 'Bag', pointer: '', schema: schema({ kind: 'object', properties: [prop('x', str())], additionalProperties: ref('Bag') }) },
        ],
      }),
    );
    expect(typeCell(rustType(ref('Counts'), dictionaries), 'param', true)).toBe('[**crate::models::Counts**](i32.md)');
    expect(typeCell(rustType(ref('Bag'), dictionaries), 'param', true)).toBe('[**crate::models::Bag**](crate::models::Bag.md)');
  });

  it('prints a shown name in place of the type (body params print bare model names)', () => {
    expect(typeCell(rustType(ref('Thing'), schemas), 'body', true, 'Thing')).toBe('[**Thing**](Thing.md)');
    expect(typeCell(rustType(ref('Thing'), schemas), 'param', true, 'Thing')).toBe('[**Thing**](.md)');
  });
});

describe('return types (docs-format.md §4.4)', () => {
  it.each<[string, Schema, string]>([
    ['primitive', str(), '**String**'],
    ['map of int32', map(int32()), '**::std::collections::HashMap<String, i32>**'],
    ['model', ref('Thing'), '[**crate::models::Thing**](Thing.md)'],
    ['array of models', array(ref('Thing')), '[**Vec<crate::models::Thing>**](Thing.md)'],
    ['map of AnyType', map(any()), '[**::std::collections::HashMap<String, serde_json::Value>**](serde_json::Value.md)'],
    // 6.0 links every returned AnyType, bare or not (316 returns in the oracle run, none bold)
    ['bare AnyType', any(), '[**serde_json::Value**](serde_json::Value.md)'],
  ])('%s', (_, s, expected) => {
    expect(typeMarkdown(rustType(s, schemas), 'return')).toBe(expected);
  });

  it('prints a leading space when nothing is returned', () => {
    expect(returnCell(undefined)).toBe(' (empty response body)');
  });

  // openapi-generator 6.0.1 (-g rust, run on such a spec) returns () for 200-without-body beside a
  // 201 with one, and the default response's type when there is no 2xx: the kit's rule.
  it('takes the lowest 2xx response and its first media type, even when it has no content', () => {
    const op = operation('x', {
      responses: [response('400', ref('Thing')), response('204'), response('201', str(), ['text/plain', 'application/json']), response('202', ref('Thing'))],
    });
    expect(returnType(op, schemas)?.type).toBe('String');
    expect(returnType(operation('x', { responses: [response('201', int32()), response('200')] }), schemas)).toBeUndefined();
  });

  it('takes the default response when there is no 2xx', () => {
    expect(returnType(operation('x', { responses: [response('default', str()), response('404', ref('Thing'))] }), schemas)?.type).toBe('String');
  });

  it('returns nothing when no 2xx response has content', () => {
    expect(returnType(operation('x', { responses: [response('204'), response('default', ref('Thing'))] }), schemas)).toBeUndefined();
  });
});

describe('RustSchemas', () => {
  it('makes models of objects and enums only, keeping aliases out of the docs', () => {
    expect(schemas.models.map((m) => m.name)).toEqual(['Thing', 'UserStatus']);
  });

  it('gives a model named like an API class a file of its own', () => {
    const clash = new RustSchemas(api({ schemas: [{ name: 'SessionsApi', pointer: '', schema: object([]) }] }), ['SessionsApi']);
    expect(clash.models.map((m) => m.name)).toEqual(['SessionsApi2']);
  });

  it('keeps model names unique, regardless of case since they are file names', () => {
    const twins = new RustSchemas(api({ schemas: ['foo_bar', 'FooBar', 'foobar'].map((name) => ({ name, pointer: '', schema: object([]) })) }));
    expect(twins.models.map((m) => m.name)).toEqual(['FooBar', 'FooBar2', 'Foobar3']);
  });

  it('links by the raw schema name, unless that name is another doc\'s page (a wrong page is worse than a dead link)', () => {
    const named = new RustSchemas(api({ schemas: ['me', 'Pet', 'PET', 'Gadget_part'].map((name) => ({ name, pointer: '', schema: object([]) })) }));
    expect(named.models.map((m) => [m.name, m.link])).toEqual([['Me', 'me'], ['Pet', 'Pet'], ['Pet2', 'Pet2'], ['GadgetPart', 'Gadget_part']]);
  });

  it('lets a hoisted model replace the earlier model of its name, each use linked by the name it was written with', () => {
    const replaced = new RustSchemas(api({ schemas: ['CreateWidgetRequest', 'createWidget_request'].map((name) => ({ name, pointer: '', schema: object([]) })) }), [], new Set(['createWidget_request']));
    expect(replaced.models.map((m) => [m.specName, m.name])).toEqual([['createWidget_request', 'CreateWidgetRequest']]);
    expect(rustType(ref('CreateWidgetRequest'), replaced).leaf).toEqual({ kind: 'model', name: 'CreateWidgetRequest', doc: 'CreateWidgetRequest' });
  });

  it('keeps a model from clashing with an API class by case', () => {
    const clash = new RustSchemas(api({ schemas: [{ name: 'sessionsapi', pointer: '', schema: object([]) }] }), ['SessionsApi']);
    expect(clash.models.map((m) => m.name)).toEqual(['Sessionsapi2']);
  });
});
