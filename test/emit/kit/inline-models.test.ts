import { describe, expect, it } from 'vitest';
import { resolveInlineModels } from '../../../src/emit/kit/inline-models.js';
import type { Schema } from '../../../src/model/types.js';
import { STRING, makeApi, makeOp, schema } from '../go/fixtures.js';

const object = (props: Record<string, Schema>, typed = true): Schema =>
  schema({ kind: 'object', typed, properties: Object.entries(props).map(([name, s]) => ({ name, required: false, schema: s })) });

describe('the inline model resolver (InlineModelResolver, 4.2.1)', () => {
  it('names bodies, responses and properties as 4.2.1 does, nested ones under their parent', () => {
    const api = resolveInlineModels(
      makeApi({
        operations: [
          makeOp({
            id: 'a',
            requestBody: { required: true, content: [{ mediaType: 'application/json', schema: object({ x: STRING }) }] },
            responses: [{ status: '200', content: [{ mediaType: 'application/json', schema: object({ y: STRING }) }], headers: [] }],
          }),
        ],
        schemas: [{ name: 'Kite', schema: object({ tail: object({ knot: object({ s: STRING }) }) }), pointer: '' }],
      }),
    );
    expect(api.schemas.map((s) => s.name)).toEqual(['Kite', 'inline_object', 'inline_response_200', 'Kite_tail_knot', 'Kite_tail']);
    const op = api.operations[0];
    expect(op?.requestBody?.content[0]?.schema).toMatchObject({ kind: 'ref', name: 'inline_object' });
    expect(op?.responses[0]?.content[0]?.schema).toMatchObject({ kind: 'ref', name: 'inline_response_200' });
  });

  it('gives a title one schema when a nested object has the same title: the outer one, at the inner one\'s place (4.2.1 puts both under one key)', () => {
    const titled = (title: string, props: Record<string, Schema>): Schema => ({ ...object(props), title }) as Schema;
    const api = resolveInlineModels(
      makeApi({ schemas: [{ name: 'Report', schema: object({ click: titled('Click', { inner: titled('Click', { s: STRING }) }) }), pointer: '' }] }),
    );
    expect(api.schemas.map((s) => s.name)).toEqual(['Report', 'Click']);
    expect(api.schemas[1]?.schema).toMatchObject({ kind: 'object', properties: [{ name: 'inner', schema: { kind: 'ref', name: 'Click' } }] });
  });

  it('suffixes taken names, reuses equal responses, never equal bodies (each body is a model of its own), leaves untyped objects', () => {
    const body = { required: true, content: [{ mediaType: 'application/json', schema: object({ x: STRING }) }] };
    const reply = [{ status: '200', content: [{ mediaType: 'application/json', schema: object({ y: STRING }) }], headers: [] }];
    const api = resolveInlineModels(
      makeApi({
        operations: [
          makeOp({ id: 'a', requestBody: body, responses: reply }),
          makeOp({ id: 'b', requestBody: body, responses: reply }),
          makeOp({ id: 'c', requestBody: { ...body, content: [{ mediaType: 'application/json', schema: object({ y: STRING }) }] } }),
        ],
        schemas: [{ name: 'Loose', schema: object({ p: object({ q: STRING }, false) }), pointer: '' }],
      }),
    );
    // As 4.2.1's jar writes it (test/emit/go/cases/inline-bodies-never-shared): b's body equals a's
    // and still gets its own model; c's has the structure of the responses and is a body all the same.
    expect(api.schemas.map((s) => s.name)).toEqual(['Loose', 'inline_object', 'inline_response_200', 'inline_object_1', 'inline_object_2']);
    expect(api.operations[1]?.requestBody?.content[0]?.schema).toMatchObject({ kind: 'ref', name: 'inline_object_1' });
    expect(api.operations[1]?.responses[0]?.content[0]?.schema).toMatchObject({ kind: 'ref', name: 'inline_response_200' });
  });

  it('hoists the inline members of a named allOf as <Name>_allOf', () => {
    const api = resolveInlineModels(
      makeApi({ schemas: [{ name: 'Sailboat', schema: schema({ kind: 'allOf', members: [object({ mast: STRING })] }), pointer: '' }] }),
    );
    expect(api.schemas.map((s) => s.name)).toEqual(['Sailboat', 'Sailboat_allOf']);
  });
});
