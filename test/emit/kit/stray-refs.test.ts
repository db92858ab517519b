import { describe, expect, test } from 'vitest';
import { withStrayRefsUnfollowed } from '../../../src/emit/kit/stray-refs.js';
import { buildApi } from '../../../src/model/build.js';
import type { Api } from '../../../src/model/types.js';

const THING = '#/paths/~1things/get/responses/200/content/application~1json/schema';

/** `/things` writes the targets; `/others` reaches each of them by a `$ref` into `#/paths`. */
function spec(dialect: 'openapi-3.0' | 'swagger-2.0' = 'openapi-3.0'): Api {
  const doc = {
    openapi: '3.0.3',
    info: { title: 'T', version: '1' },
    paths: {
      '/things': {
        get: {
          parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } }, free: { type: 'object' }, owner: { $ref: '#/components/schemas/Owner' }, code: { $ref: '#/components/schemas/Code' } },
                  },
                },
              },
            },
            '401': { description: 'no', content: { 'application/xml': { schema: { type: 'string' } } } },
          },
        },
      },
      '/others': {
        get: {
          parameters: [{ $ref: '#/paths/~1things/get/parameters/0' }],
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { $ref: THING } } } },
            '401': { $ref: '#/paths/~1things/get/responses/401' },
          },
        },
      },
    },
    components: {
      schemas: {
        Owner: { type: 'object', properties: { id: { type: 'string' } } },
        Code: { type: 'string' },
        Holder: {
          type: 'object',
          properties: Object.fromEntries(['name', 'tags', 'free', 'owner', 'code'].map((p) => [p, { $ref: `${THING}/properties/${p}` }])),
        },
      },
    },
  };
  return { ...buildApi(doc, 'openapi-3.0'), dialect };
}

const holder = (api: Api) => {
  const schema = api.schemas.find((s) => s.name === 'Holder')?.schema;
  return schema?.kind === 'object' ? Object.fromEntries(schema.properties.map((p) => [p.name, p.schema])) : {};
};

describe('$refs outside the components, read as openapi-generator 4.2.1 reads them', () => {
  test('a schema whose target is an object (a model too) is the type `object`; a string or an array keeps its target', () => {
    const props = holder(withStrayRefsUnfollowed(spec()));
    const object = { kind: 'any', object: false, declared: 'object' };
    // It keeps the reference it was written as: the inline model resolver compares by it.
    expect(props.free).toEqual({ ...object, nullable: false, readOnly: false, writeOnly: false, deprecated: false, strayRef: '#/paths/~1things/get/responses/200/content/application~1json/schema/properties/free' });
    expect(props.owner).toMatchObject(object);
    expect(props.name).toMatchObject({ kind: 'primitive', type: 'string' });
    expect(props.tags).toMatchObject({ kind: 'array' });
    expect(props.code).toMatchObject({ kind: 'ref', name: 'Code' });
    const get = withStrayRefsUnfollowed(spec()).operations[1];
    expect(get?.responses[0]?.content[0]?.schema).toMatchObject(object);
  });

  test('a response so written is none: its media types leave the Accept list; a parameter so written stays', () => {
    const get = withStrayRefsUnfollowed(spec()).operations[1];
    expect(get?.responses.map((r) => r.status)).toEqual(['200']);
    expect(get?.produces).toEqual(['application/json']);
    expect(get?.parameters.map((p) => p.name)).toEqual(['q']);
  });

  test('everywhere (4.2.1 own docs): every such schema is `object` and such a parameter is dropped', () => {
    const api = withStrayRefsUnfollowed(spec(), true);
    expect(Object.values(holder(api)).map((s) => (s.kind === 'any' ? s.declared : s.kind))).toEqual(['object', 'object', 'object', 'object', 'object']);
    expect(api.operations[1]?.parameters).toEqual([]);
    // The operations that write the targets keep them.
    expect(api.operations[0]?.parameters.map((p) => p.name)).toEqual(['q']);
    expect(api.operations[0]?.responses.map((r) => r.status)).toEqual(['200', '401']);
  });

  test('a Swagger 2.0 document is left as it is (its converter is not reproduced)', () => {
    const api = spec('swagger-2.0');
    expect(withStrayRefsUnfollowed(api)).toBe(api);
  });
});
