import { describe, expect, it } from 'vitest';
import { NULL_TEXT, withNullProseAsText } from '../../../src/emit/kit/null-prose.js';
import type { Api, Schema } from '../../../src/model/types.js';

const common = { nullable: false, readOnly: false, writeOnly: false, deprecated: false };
const name: Schema = { ...common, kind: 'primitive', type: 'string', writtenNull: ['description'] };
const user: Schema = { ...common, kind: 'object', properties: [{ name: 'name', required: false, schema: name }], description: 'A user' };

function api(nullProse: boolean): Api {
  return {
    dialect: 'openapi-3.0',
    ...(nullProse ? { nullProse: true as const } : {}),
    title: 'T',
    version: '1',
    baseUrl: 'http://localhost',
    servers: [],
    tags: [],
    operations: [
      {
        id: 'createUser',
        method: 'post',
        path: '/users',
        tags: [],
        summary: undefined,
        description: 'Written',
        writtenNull: ['summary'],
        deprecated: false,
        security: undefined,
        parameters: [],
        requestBody: { required: true, writtenNull: ['description'], content: [{ mediaType: 'application/json', schema: user }] },
        responses: [],
        consumes: ['application/json'],
        produces: [],
      },
    ],
    schemas: [
      { name: 'User', schema: user },
      { name: 'Again', schema: user },
    ],
    securitySchemes: [],
  } as unknown as Api;
}

describe('withNullProseAsText: prose written as null reads "null", as 4.2.1 and 2.2.2 read it', () => {
  it('rewrites every field the model marks, wherever it sits, and nothing else', () => {
    const read = withNullProseAsText(api(true));
    const op = read.operations[0]!;
    expect([op.summary, op.description, op.requestBody?.description]).toEqual([NULL_TEXT, 'Written', NULL_TEXT]);
    const schema = read.schemas[0]!.schema;
    expect(schema.kind === 'object' && [schema.description, schema.properties[0]!.schema.description]).toEqual(['A user', NULL_TEXT]);
  });

  it('keeps a schema the model shares shared, and leaves the input as it was', () => {
    const written = api(true);
    const read = withNullProseAsText(written);
    expect(read.schemas[1]!.schema).toBe(read.schemas[0]!.schema);
    expect(read.operations[0]!.requestBody!.content[0]!.schema).toBe(read.schemas[0]!.schema);
    expect(written.operations[0]!.summary).toBeUndefined();
    expect(name.description).toBeUndefined();
  });

  it('returns the same API when the spec wrote no prose as null', () => {
    const written = api(false);
    expect(withNullProseAsText(written)).toBe(written);
  });
});
