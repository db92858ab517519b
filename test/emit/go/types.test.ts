import { describe, expect, it } from 'vitest';
import { goNames } from '../../../src/emit/go/api-names.js';
import { bodyType, parameterType, propertyType, returnType, type GoType } from '../../../src/emit/go/types.js';
import type { Schema } from '../../../src/model/types.js';
import { STRING, makeApi, makeOp, ref, schema } from './fixtures.js';

const api = makeApi({
  schemas: [
    { name: 'ApiSession', schema: schema({ kind: 'object', properties: [{ name: 'id', required: false, schema: STRING }] }), pointer: '' },
    { name: 'theme', schema: schema({ kind: 'object', properties: [{ name: 'id', required: false, schema: STRING }] }), pointer: '' },
    { name: 'Code', schema: schema({ kind: 'primitive', type: 'string' }, { description: 'A code.' }), pointer: '' },
    { name: 'Codes', schema: schema({ kind: 'array', items: STRING }), pointer: '' },
  ],
  operations: [makeOp({ id: 'x' })],
});
const names = goNames(api);

const int = (format?: string): Schema => schema({ kind: 'primitive', type: 'integer', format });
const num = (format?: string): Schema => schema({ kind: 'primitive', type: 'number', format });
const str = (format?: string): Schema => schema({ kind: 'primitive', type: 'string', format });
const array = (items: Schema): Schema => schema({ kind: 'array', items });
const map = (values: Schema): Schema => schema({ kind: 'map', values });

function cell(type: GoType): [string, string, boolean] {
  return [type.dataType, type.link, type.primitive];
}

describe('propertyType: fromProperty (§2.5)', () => {
  it.each<[string, Schema, string, string, boolean]>([
    ['string', STRING, 'string', 'string', true],
    ['date-time: not a Go primitive, so linked', str('date-time'), 'time.Time', 'time.Time', false],
    ['date (4.2.1 maps it to string)', str('date'), 'string', 'string', true],
    ['binary', str('binary'), '*os.File', '*os.File', false],
    ['integer', int(), 'int32', 'int32', true],
    ['int64', int('int64'), 'int64', 'int64', true],
    ['number', num(), 'float32', 'float32', true],
    ['double', num('double'), 'float64', 'float64', true],
    ['boolean', schema({ kind: 'primitive', type: 'boolean' }), 'bool', 'bool', true],
    ['model: Go name, linked to the raw name', ref('theme'), 'Theme', 'theme', false],
    ['alias of a string: unaliased', ref('Code'), 'string', 'string', true],
    ['alias of an array: unaliased', ref('Codes'), '[]string', 'string', true],
    ['array of int64', array(int('int64')), '[]int64', 'int64', true],
    ['array of models', array(ref('theme')), '[]Theme', 'theme', false],
    ['array of arrays', array(array(STRING)), '[][]string', 'array', false],
    ['array of maps', array(map(int())), '[]map[string]int32', 'map', false],
    ['map of bool', map(schema({ kind: 'primitive', type: 'boolean' })), 'map[string]bool', 'bool', true],
    ['free-form object: no complexType', schema({ kind: 'any', object: true }), 'map[string]interface{}', '', false],
    ['untyped', schema({ kind: 'any', object: false }), 'map[string]interface{}', 'map[string]interface{}', false],
    ['array of free-form', array(schema({ kind: 'any', object: true })), '[]map[string]interface{}', 'map[string]interface{}', false],
    ['allOf: the first member only', schema({ kind: 'allOf', members: [ref('Code'), ref('theme')] }), 'string', 'string', true],
    ['allOf of an array alias', schema({ kind: 'allOf', members: [ref('Codes'), ref('theme')] }), 'Array', 'array', false],
    ['oneOf', schema({ kind: 'oneOf', members: [ref('ApiSession'), ref('round-tip')] }), 'OneOfApiSessionroundTip', 'oneOf<ApiSession,round-tip>', false],
  ])('%s', (_, given, dataType, link, primitive) => {
    expect(cell(propertyType(given, names))).toEqual([dataType, link, primitive]);
  });
});

describe('parameterType, bodyType and returnType: each place computes its own', () => {
  it('a parameter: scalars are primitive, containers link to their innermost type', () => {
    expect(cell(parameterType(str('date-time'), names))).toEqual(['time.Time', 'time.Time', true]);
    expect(cell(parameterType(array(int('int64')), names))).toEqual(['[]int64', 'int64', false]);
  });

  it('a body: a model links to its Go name; a binary is a file and a primitive', () => {
    expect(cell(bodyType(ref('theme'), names))).toEqual(['Theme', 'Theme', false]);
    expect(bodyType(str('binary'), names)).toMatchObject({ dataType: '*os.File', primitive: true, file: true });
    expect(cell(bodyType(map(STRING), names))).toEqual(['map[string]string', 'string', false]);
    expect(bodyType(schema({ kind: 'allOf', members: [ref('theme'), ref('ApiSession')] }), names).dataType).toBe('UNKNOWN_BASE_TYPE');
  });

  it('a return type: a map of primitives stays bold, a free-form object links to its type', () => {
    expect(cell(returnType(map(STRING), names))).toEqual(['map[string]string', 'string', true]);
    expect(cell(returnType(schema({ kind: 'any', object: true }), names))).toEqual(['map[string]interface{}', 'map[string]interface{}', false]);
    expect(cell(returnType(array(ref('theme')), names))).toEqual(['[]Theme', 'theme', false]);
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

  it('writes no model page for aliases, and lists an operation under every tag', () => {
    expect(names.models.map((m) => m.name)).toEqual(['ApiSession', 'Theme']);
    const tagged = goNames(makeApi({ operations: [makeOp({ id: 'listLamps', tags: ['Lamps', 'Furniture'] })] }));
    expect(tagged.classes.map((c) => [c.className, c.operations.length])).toEqual([['FurnitureApi', 1], ['LampsApi', 1]]);
  });
});
