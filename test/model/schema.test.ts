import { describe, expect, test } from 'vitest';
import { convertSchema, type SchemaContext } from '../../src/model/schema.js';

const oas30: SchemaContext = { dialect: 'openapi-3.0', namedPrefix: '#/components/schemas/', resolve: () => ({ type: 'integer' }) };
const oas31: SchemaContext = { ...oas30, dialect: 'openapi-3.1' };
const swagger: SchemaContext = { ...oas30, dialect: 'swagger-2.0', namedPrefix: '#/definitions/' };

describe('convertSchema', () => {
  test.each<[string, SchemaContext, unknown, object]>([
    ['named ref', oas30, { $ref: '#/components/schemas/Pet' }, { kind: 'ref', name: 'Pet' }],
    // Decoded as the loader resolves it, so the reference names the schema it reached.
    ['named ref, percent-encoded', oas30, { $ref: '#/components/schemas/A%20B%22' }, { kind: 'ref', name: 'A B"' }],
    ['named ref, ~ escapes', oas30, { $ref: '#/components/schemas/a~1b~0c' }, { kind: 'ref', name: 'a/b~c' }],
    ['named ref, encoded ~ escape', oas30, { $ref: '#/components/schemas/a%7E1b' }, { kind: 'ref', name: 'a/b' }],
    ['ref to an unnamed place is inlined', oas30, { $ref: '#/components/parameters/p/schema' }, { kind: 'primitive', type: 'integer' }],
    ['string with format', oas30, { type: 'string', format: 'date-time' }, { kind: 'primitive', type: 'string', format: 'date-time' }],
    ['enum without type', oas30, { enum: ['a', 'b'] }, { kind: 'primitive', type: 'string', enum: ['a', 'b'] }],
    ['3.0 nullable', oas30, { type: 'integer', nullable: true }, { kind: 'primitive', nullable: true }],
    ['3.1 type array with null', oas31, { type: ['string', 'null'] }, { kind: 'primitive', type: 'string', nullable: true }],
    ['3.1 const', oas31, { const: 'x' }, { kind: 'primitive', enum: ['x'] }],
    ['2.0 x-nullable', swagger, { type: 'string', 'x-nullable': true }, { nullable: true }],
    ['2.0 file', swagger, { type: 'file' }, { kind: 'primitive', type: 'string', format: 'binary', swaggerFile: true }],
    ['array', oas30, { type: 'array', items: { type: 'boolean' } }, { kind: 'array', items: { kind: 'primitive', type: 'boolean' } }],
    ['array with properties beside its items', oas30, { type: 'array', items: {}, properties: { a: { type: 'string' } } }, { kind: 'array', propertiesBeside: true }],
    ['map of booleans', oas30, { type: 'object', additionalProperties: { type: 'boolean' } }, { kind: 'map', values: { kind: 'primitive', type: 'boolean' } }],
    ['map of anything', oas30, { type: 'object', additionalProperties: {} }, { kind: 'map', values: { kind: 'any' } }],
    ['free-form object', oas30, { type: 'object' }, { kind: 'any', object: true }],
    ['bare {}', oas30, {}, { kind: 'any', object: false }],
    // Looker's `type: any`: no constraint, but the name it was given is kept for generators that print it.
    ['unknown type keeps its name', oas30, { type: 'any' }, { kind: 'any', object: false, declared: 'any' }],
    ['allOf keeps additionalProperties beside it', oas30, { allOf: [{ $ref: '#/components/schemas/Pet' }], properties: { a: { type: 'string' } }, additionalProperties: { type: 'string' } },
      { kind: 'allOf', members: [{ kind: 'ref', name: 'Pet' }], additionalProperties: { kind: 'primitive', type: 'string' } }],
    ['map of an unknown type', oas30, { type: 'object', additionalProperties: { type: 'any' } }, { kind: 'map', values: { kind: 'any', declared: 'any' } }],
    ['object without type', swagger, { properties: { a: { type: 'string' } }, required: ['a'] }, { kind: 'object', properties: [{ name: 'a', required: true }] }],
    ['allOf of one is that one', oas30, { allOf: [{ $ref: '#/components/schemas/Pet' }], nullable: true }, { kind: 'ref', name: 'Pet' }],
    ['oneOf with discriminator', oas30, { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: 'kind', mapping: { dog: '#/components/schemas/Dog' } } },
      { kind: 'oneOf', discriminator: { propertyName: 'kind', mapping: [{ value: 'dog', schema: 'Dog' }, { value: 'Cat', schema: 'Cat' }] } }],
    ['readOnly and default kept', oas30, { type: 'string', readOnly: true, default: 'x' }, { readOnly: true, default: { value: 'x' } }],
  ])('%s', (_, ctx, raw, expected) => {
    expect(convertSchema(raw, ctx)).toMatchObject(expected);
  });

  test('only Swagger 2.0\'s `type: file` is marked a file: a string written `format: binary` is not', () => {
    expect(convertSchema({ type: 'string', format: 'binary' }, swagger)).not.toHaveProperty('swaggerFile');
  });

  test('a map written without `type: object` says so (typed: false); a typed one carries no mark', () => {
    expect(convertSchema({ additionalProperties: { type: 'string' } }, swagger)).toMatchObject({ kind: 'map', typed: false });
    expect(convertSchema({ type: 'object', additionalProperties: { type: 'string' } }, swagger)).not.toHaveProperty('typed');
  });

  test('a schema without a type that writes discriminator, xml or externalDocs is annotated; others carry no mark', () => {
    for (const raw of [{ externalDocs: { url: 'https://x' } }, { xml: { name: 'a' } }, { discriminator: 'kind' }]) {
      expect(convertSchema(raw, swagger)).toMatchObject({ kind: 'any', object: false, annotated: true });
    }
    expect(convertSchema({ description: 'd', readOnly: true }, swagger)).not.toHaveProperty('annotated');
    expect(convertSchema({ type: 'string', xml: { name: 'a' } }, swagger)).not.toHaveProperty('annotated');
  });

  test('vendor extensions are kept as written, and only a schema that has one carries the key', () => {
    const raw = { type: 'object', 'x-examples': { one: { result: 'a' } }, properties: { a: { type: 'string', 'x-note': 1 } } };
    expect(convertSchema(raw, oas30)).toMatchObject({ extensions: { 'x-examples': { one: { result: 'a' } } }, properties: [{ schema: { extensions: { 'x-note': 1 } } }] });
    expect(convertSchema({ type: 'string' }, oas30)).not.toHaveProperty('extensions');
  });

  test('an object keeps the names its `required` lists that are none of its properties (an allOf member requiring another\'s); otherwise no key', () => {
    const member = { type: 'object', properties: { from: { type: 'string' } }, required: ['from', 'nickname', 'nickname', 3] };
    expect(convertSchema(member, oas30)).toMatchObject({ kind: 'object', properties: [{ name: 'from', required: true }], requiredOthers: ['nickname'] });
    expect(convertSchema({ required: ['answer_url'], title: 'With answer URL' }, oas30)).toMatchObject({ kind: 'any', requiredOthers: ['answer_url'] });
    expect(convertSchema({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, oas30)).not.toHaveProperty('requiredOthers');
    expect(convertSchema({ type: 'object' }, oas30)).not.toHaveProperty('requiredOthers');
  });

  test('items beside a primitive type or a composition are kept as itemsBeside; elsewhere no key', () => {
    expect(convertSchema({ type: 'string', items: { type: 'string' } }, oas30)).toMatchObject({ kind: 'primitive', type: 'string', itemsBeside: { kind: 'primitive', type: 'string' } });
    expect(convertSchema({ oneOf: [{ type: 'string' }], items: { type: 'integer' } }, oas30)).toMatchObject({ kind: 'oneOf', itemsBeside: { kind: 'primitive', type: 'integer' } });
    expect(convertSchema({ type: 'string' }, oas30)).not.toHaveProperty('itemsBeside');
    expect(convertSchema({ type: 'array', items: { type: 'string' } }, oas30)).not.toHaveProperty('itemsBeside');
    expect(convertSchema({ type: 'object', items: { type: 'string' } }, oas30)).not.toHaveProperty('itemsBeside');
  });

  test('properties beside a primitive type or an array are kept as propertiesBesideType; elsewhere no key', () => {
    const id = { name: 'id', required: true, schema: { kind: 'primitive', type: 'integer' } };
    expect(convertSchema({ type: 'string', required: ['id'], properties: { id: { type: 'integer' } } }, oas30)).toMatchObject({ kind: 'primitive', type: 'string', propertiesBesideType: [id] });
    expect(convertSchema({ type: 'array', items: {}, required: ['id'], properties: { id: { type: 'integer' } } }, oas30)).toMatchObject({ kind: 'array', propertiesBeside: true, propertiesBesideType: [id] });
    expect(convertSchema({ type: 'string', properties: {} }, oas30)).not.toHaveProperty('propertiesBesideType');
    expect(convertSchema({ type: 'object', properties: { id: { type: 'integer' } } }, oas30)).not.toHaveProperty('propertiesBesideType');
    expect(convertSchema({ allOf: [{ type: 'string' }, { type: 'integer' }], properties: { id: { type: 'integer' } } }, oas30)).not.toHaveProperty('propertiesBesideType');
  });

  test('an explicit discriminator mapping is kept as written only when a target is no full pointer', () => {
    const bare = { oneOf: [{ $ref: '#/components/schemas/Cat' }], discriminator: { propertyName: 'kind', mapping: { cat: 'Cat' } } };
    expect(convertSchema(bare, oas30)).toMatchObject({ discriminator: { mapping: [{ value: 'cat', schema: 'Cat' }], written: { cat: 'Cat' } } });
    const full = { oneOf: [{ $ref: '#/components/schemas/Cat' }], discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat' } } };
    expect(convertSchema(full, oas30)).not.toHaveProperty('discriminator.written');
  });

  test('only an array written without items is marked itemsOmitted; its items are anything', () => {
    expect(convertSchema({ type: 'array' }, oas30)).toMatchObject({ kind: 'array', itemsOmitted: true, items: { kind: 'any', object: false } });
    expect(convertSchema({ type: 'array', items: {} }, oas30)).not.toHaveProperty('itemsOmitted');
  });

  test('only an array with some properties beside `type: array` is marked propertiesBeside', () => {
    expect(convertSchema({ type: 'array', items: {}, properties: {} }, oas30)).not.toHaveProperty('propertiesBeside');
    expect(convertSchema({ type: 'array', items: {} }, oas30)).not.toHaveProperty('propertiesBeside');
  });

  test('a schema written as a `$ref` outside the components keeps it (strayRef) beside its inlined target; others carry no key', () => {
    expect(convertSchema({ $ref: '#/paths/~1a/get/responses/200/content/application~1json/schema' }, oas30)).toMatchObject({
      kind: 'primitive',
      type: 'integer',
      strayRef: '#/paths/~1a/get/responses/200/content/application~1json/schema',
    });
    expect(convertSchema({ $ref: '#/components/parameters/p/schema' }, oas30)).not.toHaveProperty('strayRef');
    expect(convertSchema({ $ref: '#/components/schemas/Pet' }, oas30)).not.toHaveProperty('strayRef');
    // A stray one that leads on to a named schema is that reference, still marked.
    const onward: SchemaContext = { ...oas30, resolve: () => ({ $ref: '#/components/schemas/Pet' }) };
    expect(convertSchema({ $ref: '#/paths/~1a/x' }, onward)).toMatchObject({ kind: 'ref', name: 'Pet', strayRef: '#/paths/~1a/x' });
  });

  test('a composition keeps the names its own `required` lists, members\' properties included; without one it carries no key', () => {
    const raw = { allOf: [{ $ref: '#/components/schemas/Pet' }, { properties: { name: { type: 'string' } } }], required: ['name', 'count', 7] };
    expect(convertSchema(raw, oas30)).toMatchObject({ kind: 'allOf', required: ['name', 'count'] });
    expect(convertSchema({ oneOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'string' }] }, oas30)).not.toHaveProperty('required');
  });

  test('`additionalProperties: false` beside an array marks it closed; absent, it carries no mark', () => {
    expect(convertSchema({ type: 'array', additionalProperties: false, items: { type: 'string' } }, oas30)).toMatchObject({ kind: 'array', closed: true });
    expect(convertSchema({ type: 'array', items: { type: 'string' } }, oas30)).not.toHaveProperty('closed');
  });

  test('`additionalProperties: false` marks the object closed; absent, it carries no mark', () => {
    expect(convertSchema({ type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } }, oas30)).toMatchObject({ kind: 'object', closed: true });
    expect(convertSchema({ type: 'object', properties: { a: { type: 'string' } } }, oas30)).not.toHaveProperty('closed');
  });

  test('an unnamed reference loop ends as "any" instead of recursing forever', () => {
    const loop: SchemaContext = { ...oas30, resolve: () => ({ $ref: '#/x' }) };
    expect(convertSchema({ $ref: '#/x' }, loop)).toMatchObject({ kind: 'any' });
  });
});
