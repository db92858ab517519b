import { describe, expect, it, vi } from 'vitest';
import { collectRefs } from '../../src/load/refs.js';
import * as pointer from '../../src/model/pointer.js';

vi.mock('../../src/model/pointer.js', { spy: true });

describe('collectRefs', () => {
  it('lists every string $ref with the pointer of the object holding it, in pointer order', () => {
    const document = {
      $ref: '#/root',
      paths: { '/a/{b}': { get: { responses: { 200: { $ref: '#/r/ok' } } } } },
      'x~y': [{ $ref: '#/in-array' }, 'text', { nested: [[{ $ref: '#/deep' }]] }],
      tags: ['$ref'],
      notRef: { $ref: 7 },
    };
    expect(collectRefs(document)).toEqual([
      { at: '', ref: '#/root' },
      { at: '/paths/~1a~1{b}/get/responses/200', ref: '#/r/ok' },
      { at: '/x~0y/0', ref: '#/in-array' },
      { at: '/x~0y/2/nested/0/0', ref: '#/deep' },
    ]);
  });

  it('orders pointers by their text, as the first refusal depends on it (/10 before /2)', () => {
    const items = Array.from({ length: 11 }, (_, i) => ({ $ref: `#/i${i}` }));
    expect(collectRefs({ items }).map((site) => site.at).slice(0, 4)).toEqual(['/items/0', '/items/1', '/items/10', '/items/2']);
  });

  it('finds nothing in scalars and in a document without references', () => {
    expect(collectRefs('text')).toEqual([]);
    expect(collectRefs(null)).toEqual([]);
    expect(collectRefs({ a: [1, 2, { b: 'c' }] })).toEqual([]);
  });

  it('builds pointers only for the objects holding a $ref, not for every value it passes', () => {
    const schemas: Record<string, unknown> = {};
    for (let i = 0; i < 1000; i++) schemas[`S${i}`] = { type: 'object', properties: { id: { type: 'string', enum: ['a', 'b'] } } };
    schemas['Ref'] = { $ref: '#/components/schemas/S0' };
    vi.mocked(pointer.pointer).mockClear();
    vi.mocked(pointer.pointerToken).mockClear();
    expect(collectRefs({ components: { schemas } })).toEqual([{ at: '/components/schemas/Ref', ref: '#/components/schemas/S0' }]);
    // One pointer, of the one holder; no token escaped on the way to any other value.
    expect(vi.mocked(pointer.pointer).mock.calls).toEqual([['components', 'schemas', 'Ref']]);
    expect(vi.mocked(pointer.pointerToken).mock.calls.length).toBe(0);
  });
});
