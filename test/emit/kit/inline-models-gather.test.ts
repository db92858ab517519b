import { describe, expect, it } from 'vitest';
import { gatherInlineModels } from '../../../src/emit/kit/inline-models-gather.js';
import type { MediaContent, Schema } from '../../../src/model/types.js';
import { STRING, makeApi, makeOp, schema } from '../go/fixtures.js';

const object = (props: Record<string, Schema>, typed = true): Schema =>
  schema({ kind: 'object', typed, properties: Object.entries(props).map(([name, s]) => ({ name, required: false, schema: s })) });
const json = (s: Schema, mediaType = 'application/json'): MediaContent[] => [{ mediaType, schema: s }];
const ref = (name: string): Schema => schema({ kind: 'ref', name });

describe('the inline model resolver of openapi-generator 6.0 (gatherInlineModels)', () => {
  it('names bodies and responses after the operationId, nested ones under them, to any depth', () => {
    const api = gatherInlineModels(
      makeApi({
        operations: [
          makeOp({
            id: 'createThing',
            requestBody: { required: true, content: json(object({ owner: object({ email: STRING }) })) },
            responses: [{ status: '200', content: json(schema({ kind: 'array', items: object({ id: STRING }, false) })), headers: [] }],
          }),
        ],
        schemas: [{ name: 'Kite', schema: schema({ kind: 'map', values: object({ grid: schema({ kind: 'array', items: object({ n: STRING }) }) }) }), pointer: '' }],
      }),
    );
    expect(api.schemas.map((s) => s.name)).toEqual(['Kite', 'createThing_request_owner', 'createThing_request', 'createThing_200_response_inner', 'Kite_value_grid_inner', 'Kite_value']);
    const op = api.operations[0];
    expect(op?.requestBody?.content[0]?.schema).toMatchObject({ kind: 'ref', name: 'createThing_request' });
    expect(op?.responses[0]?.content[0]?.schema).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'createThing_200_response_inner' } });
  });

  it('names an operation without operationId by its path and the first verb of its path in 6.0 order, sanitized', () => {
    const body = { required: true, content: json(object({ x: STRING })) };
    const other = { required: true, content: json(object({ y: STRING })) };
    const api = gatherInlineModels(
      makeApi({
        operations: [
          makeOp({ id: 'bIdPost', operationId: undefined, method: 'post', path: '/b/{id}.json', requestBody: body }),
          makeOp({ id: 'bIdDelete', operationId: undefined, method: 'delete', path: '/b/{id}.json', requestBody: other }),
        ],
      }),
    );
    expect(api.schemas.map((s) => s.name)).toEqual(['_b__id__json_delete_request', '_b__id__json_delete_request_1']);
  });

  it('reuses an equal schema hoisted before, request bodies included, and prefers a title', () => {
    const titled = { ...object({ m: STRING }), title: 'My Problem' } as Schema;
    const api = gatherInlineModels(
      makeApi({
        operations: [
          makeOp({ id: 'a', requestBody: { required: true, content: json(object({ x: STRING })) }, responses: [{ status: 'default', content: json(titled), headers: [] }] }),
          makeOp({ id: 'b', requestBody: { required: true, content: json(object({ x: STRING })) }, responses: [{ status: 'default', content: json(titled), headers: [] }] }),
        ],
      }),
    );
    expect(api.schemas.map((s) => s.name)).toEqual(['a_request', 'My_Problem']);
    expect(api.operations[1]?.requestBody?.content[0]?.schema).toMatchObject({ kind: 'ref', name: 'a_request' });
  });

  it('hoists a property that wraps a model reference in allOf, not one that wraps an enum; keeps form bodies in place but spends their name', () => {
    const wrapped = (name: string): Schema => ({ ...ref(name), allOfWrapper: { description: 'd', nullable: false, readOnly: false } }) as Schema;
    const api = gatherInlineModels(
      makeApi({
        operations: [
          makeOp({ id: 'send', requestBody: { required: true, content: json(object({ f: STRING }), 'application/x-www-form-urlencoded') } }),
          makeOp({ id: 'send2', requestBody: { required: true, content: json(object({ g: STRING })) } }),
        ],
        schemas: [
          { name: 'Part', schema: object({ s: STRING }), pointer: '' },
          { name: 'Color', schema: schema({ kind: 'primitive', type: 'string', enum: ['red'] }), pointer: '' },
          { name: 'Gadget', schema: object({ part: wrapped('Part'), color: wrapped('Color') }), pointer: '' },
          // Its property would be `send_request`, the name the form body spent.
          { name: 'send', schema: object({ request: object({ r: STRING }) }), pointer: '' },
        ],
      }),
    );
    expect(api.schemas.map((s) => s.name)).toEqual(['Part', 'Color', 'Gadget', 'send', 'send2_request', 'Gadget_part', 'send_request_1']);
    expect(api.operations[0]?.requestBody?.content[0]?.schema.kind).toBe('object');
    expect(api.schemas.find((s) => s.name === 'Gadget_part')?.schema).toMatchObject({ kind: 'allOf', members: [{ kind: 'ref', name: 'Part' }] });
    const gadget = api.schemas.find((s) => s.name === 'Gadget')?.schema;
    expect(gadget).toMatchObject({ properties: [{ schema: { kind: 'ref', name: 'Gadget_part' } }, { schema: { kind: 'ref', name: 'Color' } }] });
  });
});
