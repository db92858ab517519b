import { describe, expect, it } from 'vitest';
import { RecursionInfo } from '../../../src/emit/typescript/recursion.js';
import { TypePrinter } from '../../../src/emit/typescript/types.js';
import type { Api, Schema } from '../../../src/model/types.js';
import { apiWith, arr, int, map, obj, prop, ref, s, str } from './schemas.js';

function printerFor(api: Api): TypePrinter {
  const names = new Map(api.schemas.map((n) => [n.name, n.name === 'Error' ? 'ModelError' : n.name]));
  return new TypePrinter(names, new RecursionInfo(api));
}

const PETS = apiWith({
  Cat: obj([prop('petType', str(), true)]),
  Dog: obj([prop('petType', str(), true)]),
  Error: obj([prop('message', str())]),
});

describe('TypePrinter.print', () => {
  it.each<[string, Schema, string]>([
    ['string', str(), 'string'],
    ['binary string', s({ kind: 'primitive', type: 'string', format: 'binary' }), 'Blob'],
    ['date-time stays a string', s({ kind: 'primitive', type: 'string', format: 'date-time' }), 'string'],
    ['integer', int(), 'number'],
    ['boolean', s({ kind: 'primitive', type: 'boolean' }), 'boolean'],
    ['nullable', str({ nullable: true }), 'string | null'],
    ['string enum', s({ kind: 'primitive', type: 'string', enum: ['a', "b'c", 'a'] }), "'a' | 'b\\'c'"],
    ['number enum', s({ kind: 'primitive', type: 'integer', enum: [1, -2, 1.5] }), '1 | -2 | 1.5'],
    ['enum with null', s({ kind: 'primitive', type: 'string', enum: ['x', null] }, { nullable: true }), "'x' | null"],
    ['enum NaN falls back', s({ kind: 'primitive', type: 'number', enum: [Number.NaN] }), 'number'],
    ['array', arr(str()), 'string[]'],
    ['array of nullable', arr(str({ nullable: true })), '(string | null)[]'],
    ['nullable array', s({ kind: 'array', items: str() }, { nullable: true }), 'string[] | null'],
    ['map', map(int()), 'Record<string, number>'],
    ['any', s({ kind: 'any', object: false }), 'unknown'],
    ['nullable any stays unknown', s({ kind: 'any', object: false }, { nullable: true }), 'unknown'],
    ['free-form object', s({ kind: 'any', object: true }), 'Record<string, unknown>'],
    ['ref', ref('Cat'), 'Cat'],
    ['ref renamed by naming', ref('Error'), 'ModelError'],
    ['unknown ref', ref('Missing'), 'unknown'],
    [
      'inline object',
      obj([prop('a', str(), true), prop('x-y', int()), prop('r', str({ readOnly: true }))]),
      "{ a: string; 'x-y'?: number; readonly r?: string }",
    ],
    ['empty object', obj([]), 'Record<string, unknown>'],
    ['object with extra values only', obj([], int()), 'Record<string, number>'],
    ['object with extra values', obj([prop('a', str())], int()), '{ a?: string; [key: string]: number | string }'],
    ['object open to anything', obj([prop('a', str())], true), '{ a?: string; [key: string]: unknown }'],
    ['allOf', s({ kind: 'allOf', members: [ref('Cat'), obj([prop('x', str())])] }), 'Cat & { x?: string }'],
    ['allOf of one', s({ kind: 'allOf', members: [ref('Cat')] }), 'Cat'],
    ['allOf with a union member', s({ kind: 'allOf', members: [ref('Cat'), s({ kind: 'oneOf', members: [str(), int()] })] }), 'Cat & (string | number)'],
    ['oneOf', s({ kind: 'oneOf', members: [ref('Cat'), ref('Dog')] }), 'Cat | Dog'],
    ['anyOf with duplicates', s({ kind: 'anyOf', members: [str(), str()] }), 'string'],
    ['oneOf with any collapses', s({ kind: 'oneOf', members: [str(), s({ kind: 'any', object: false })] }), 'unknown'],
    ['nullable oneOf', s({ kind: 'oneOf', members: [str(), int()] }, { nullable: true }), 'string | number | null'],
    ['nullable allOf', s({ kind: 'allOf', members: [ref('Cat'), ref('Dog')] }, { nullable: true }), '(Cat & Dog) | null'],
    ['empty oneOf', s({ kind: 'oneOf', members: [] }), 'unknown'],
    ['array of union', arr(s({ kind: 'oneOf', members: [str(), int()] })), '(string | number)[]'],
    [
      'discriminated oneOf',
      s({
        kind: 'oneOf',
        members: [ref('Cat'), ref('Dog'), str()],
        discriminator: {
          propertyName: 'pet-type',
          mapping: [
            { value: 'cat', schema: 'Cat' },
            { value: 'kitty', schema: 'Cat' },
            { value: 'dog', schema: 'Dog' },
          ],
        },
      }),
      "({ 'pet-type': 'cat' | 'kitty' } & Cat) | ({ 'pet-type': 'dog' } & Dog) | string",
    ],
  ])('%s', (_name, schema, expected) => {
    expect(printerFor(PETS).print(schema)).toBe(expected);
  });

  it('records the models it printed, for imports', () => {
    const printer = printerFor(PETS);
    printer.print(s({ kind: 'oneOf', members: [ref('Dog'), ref('Error'), ref('Dog')] }));
    expect(printer.takeUsedModels()).toEqual(['Dog', 'ModelError']);
    expect(printer.takeUsedModels()).toEqual([]);
  });

  it('records the models of a type printed again, as every file that prints it imports them', () => {
    const printer = printerFor(PETS);
    const pets = s({ kind: 'oneOf', members: [ref('Dog'), arr(ref('Cat'))] });
    const owner = obj([prop('pets', pets), prop('error', ref('Error'))]);
    if (owner.kind !== 'object') throw new Error('obj makes an object schema');
    expect(printer.print(pets)).toBe('Dog | Cat[]');
    printer.members(owner);
    expect(printer.takeUsedModels()).toEqual(['Cat', 'Dog', 'ModelError']);
    expect(printer.print(pets)).toBe('Dog | Cat[]');
    expect(printer.takeUsedModels()).toEqual(['Cat', 'Dog']);
    expect(printer.members(owner).map((m) => m.type)).toEqual(['Dog | Cat[]', 'ModelError']);
    expect(printer.takeUsedModels()).toEqual(['Cat', 'Dog', 'ModelError']);
  });
});

describe('recursion', () => {
  const api = apiWith({
    Tree: obj([prop('children', arr(ref('Tree')), true)]),
    Json: s({ kind: 'anyOf', members: [str(), arr(ref('Json')), ref('JsonObject')] }, { nullable: true }),
    JsonObject: map(ref('Json')),
    Dictionary: map(ref('Dictionary')),
    Strings: map(str()),
    A: ref('B'),
    B: s({ kind: 'oneOf', members: [ref('A'), str()] }),
    Self: s({ kind: 'allOf', members: [ref('Self')] }),
  });
  const printer = printerFor(api);
  const alias = (name: string): string => printer.print(api.schemas.find((n) => n.name === name)?.schema ?? str(), { alias: name });

  it('lets an interface refer to itself by name', () => {
    const tree = api.schemas[0]?.schema;
    if (tree?.kind !== 'object') throw new Error('Tree is an object schema');
    expect(printer.members(tree)[0]).toMatchObject({ type: 'Tree[]' });
  });

  it('keeps recursion through arrays and unions by name', () => {
    expect(alias('Json')).toBe('string | Json[] | JsonObject | null');
  });

  it('writes a map that loops back as an index signature, which TypeScript resolves lazily', () => {
    expect(alias('JsonObject')).toBe('{ [key: string]: Json }');
    expect(alias('Dictionary')).toBe('{ [key: string]: Dictionary }');
    expect(alias('Strings')).toBe('Record<string, string>');
  });

  it('breaks a loop of aliases that TypeScript would reject, at the edge that closes it', () => {
    expect(alias('A')).toBe('B');
    expect(alias('B')).toBe('unknown');
    expect(alias('Self')).toBe('unknown');
  });

  it('keeps a loop-closing reference when it is not eager', () => {
    expect(printer.print(arr(ref('A')), {})).toBe('A[]');
  });
});
