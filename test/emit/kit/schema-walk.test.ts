import { describe, expect, it } from 'vitest';
import { someChildSchema, someSchema, withChildSchemas } from '../../../src/emit/kit/schema-walk.js';
import type { Api, Operation, Schema } from '../../../src/model/types.js';

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
    // someSchema's reading of children is someChildSchema: the same schemas, in the same order.
    const seen: Schema[] = [];
    withChildSchemas(schema, (child) => (seen.push(child), child));
    const asked: Schema[] = [];
    expect(someChildSchema(schema, (child) => (asked.push(child), false))).toBe(false);
    expect(asked).toEqual(seen);
  });

  it('leaves a schema with no children, and additionalProperties: true, as they are', () => {
    const open: Schema = { ...flags, kind: 'object', properties: [], additionalProperties: true };
    expect(withChildSchemas(open, mark)).toEqual(open);
    const nested: Schema = { ...flags, kind: 'array', items: { ...flags, kind: 'array', items: leaf('Deep') } };
    expect(withChildSchemas(nested, mark)).toEqual(nested);
  });
});

describe('someSchema: whether a mark sits anywhere withEverySchema reads', () => {
  const marked = (schema: Schema) => schema.kind === 'ref' && schema.name === 'Marked';
  const operation = (over: Partial<Operation>): Operation =>
    ({ parameters: [], responses: [], ...over }) as unknown as Operation;
  const api = (operations: Operation[], schemas: Api['schemas'] = []): Api => ({ operations, schemas }) as unknown as Api;
  const deep: Schema = { ...flags, kind: 'array', items: { ...flags, kind: 'map', values: leaf('Marked') } };

  it('finds it deep inside a named schema, a response header and a callback', () => {
    expect(someSchema(api([], [{ name: 'N', schema: deep } as Api['schemas'][number]]), marked)).toBe(true);
    const header = operation({ responses: [{ content: [], headers: [{ schema: deep }] }] as unknown as Operation['responses'] });
    expect(someSchema(api([header]), marked)).toBe(true);
    const callback = operation({ callbacks: [{ operations: [operation({ parameters: [{ schema: deep }] as unknown as Operation['parameters'] })] }] as unknown as Operation['callbacks'] });
    expect(someSchema(api([callback]), marked)).toBe(true);
  });

  it('answers false where no schema is marked, and stops reading at the first that is', () => {
    const plain = operation({ requestBody: { content: [{ schema: leaf('Other') }] } as unknown as Operation['requestBody'] });
    expect(someSchema(api([plain]), marked)).toBe(false);
    const read: string[] = [];
    const counting = (schema: Schema) => (schema.kind === 'ref' && read.push(schema.name), marked(schema));
    const first = operation({ parameters: [{ schema: leaf('Marked') }, { schema: leaf('After') }] as unknown as Operation['parameters'] });
    expect(someSchema(api([first, plain]), counting)).toBe(true);
    expect(read).toEqual(['Marked']);
  });
});
