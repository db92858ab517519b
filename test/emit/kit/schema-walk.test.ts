import { describe, expect, it } from 'vitest';
import { withChildSchemas } from '../../../src/emit/kit/schema-walk.js';
import type { Schema } from '../../../src/model/types.js';

const flags = { nullable: false, readOnly: false, writeOnly: false, deprecated: false };
const leaf = (name: string): Schema => ({ ...flags, kind: 'ref', name });
/** Marks every schema it is given, so the test sees which children were read. */
const mark = (schema: Schema): Schema => (schema.kind === 'ref' ? { ...schema, name: `${schema.name}!` } : schema);

describe('withChildSchemas: every schema directly inside one, and nothing deeper', () => {
  it.each<[string, Schema, unknown]>([
    ['array items', { ...flags, kind: 'array', items: leaf('A') }, { items: { name: 'A!' } }],
    ['map values', { ...flags, kind: 'map', values: leaf('V') }, { values: { name: 'V!' } }],
    [
      'properties and additionalProperties',
      { ...flags, kind: 'object', properties: [{ name: 'p', required: false, schema: leaf('P') }], additionalProperties: leaf('X') },
      { properties: [{ schema: { name: 'P!' } }], additionalProperties: { name: 'X!' } },
    ],
    ['composition members', { ...flags, kind: 'oneOf', members: [leaf('M'), leaf('N')] }, { members: [{ name: 'M!' }, { name: 'N!' }] }],
    ['items beside type: object', { ...flags, kind: 'any', object: true, items: leaf('I') }, { items: { name: 'I!' } }],
  ])('%s', (_, schema, read) => {
    expect(withChildSchemas(schema, mark)).toMatchObject(read as object);
  });

  it('leaves a schema with no children, and additionalProperties: true, as they are', () => {
    const open: Schema = { ...flags, kind: 'object', properties: [], additionalProperties: true };
    expect(withChildSchemas(open, mark)).toEqual(open);
    const nested: Schema = { ...flags, kind: 'array', items: { ...flags, kind: 'array', items: leaf('Deep') } };
    expect(withChildSchemas(nested, mark)).toEqual(nested);
  });
});
