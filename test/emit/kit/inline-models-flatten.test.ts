import { describe, expect, it } from 'vitest';
import { flattenProperties, type Hoister } from '../../../src/emit/kit/inline-models-flatten.js';
import type { Schema } from '../../../src/model/types.js';
import { STRING, schema } from '../go/fixtures.js';

const object = (props: Record<string, Schema>, extra: Partial<Extract<Schema, { kind: 'object' }>> = {}): Extract<Schema, { kind: 'object' }> =>
  schema({ kind: 'object', typed: true, properties: Object.entries(props).map(([name, s]) => ({ name, required: false, schema: s })), ...extra }) as Extract<Schema, { kind: 'object' }>;

/** A hoister that records what it was given and reuses a name for an equal compared schema. */
function recorder(): Hoister & { hoisted: { name: string; schema: Schema }[] } {
  const keys = new Map<string, string>();
  const hoisted: { name: string; schema: Schema }[] = [];
  return {
    swagger2: false,
    hoisted,
    resolveName: (title, wanted) => title ?? wanted,
    hoist(name, s, _pointer, compared = s) {
      const key = JSON.stringify(compared);
      const existing = keys.get(key);
      if (existing === undefined) {
        keys.set(key, name);
        hoisted.push({ name, schema: s });
      }
      return schema({ kind: 'ref', name: existing ?? name });
    },
  };
}

describe("6.0's flattenProperties (the inline members of a named allOf)", () => {
  it('names items after the property, their own objects after the path, and leaves untyped objects inline', () => {
    const g = recorder();
    const untyped = object({ u: STRING }, { typed: false });
    const properties = flattenProperties(g, object({ list: schema({ kind: 'array', items: object({ inside: object({ i: STRING }) }) }), untyped }).properties, 'M', '');
    expect(g.hoisted.map((h) => h.name)).toEqual(['M_inside', 'M_list']);
    expect(properties[0]?.schema).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'M_list' } });
    expect(properties[1]?.schema).toBe(untyped);
  });

  it('hoists a model rebuilt without default, compared with its example as text', () => {
    const g = recorder();
    const five = (value: unknown) => object({ n: STRING }, { example: { value }, default: { value: {} } });
    const properties = flattenProperties(g, object({ a: five(5), b: five('5'), c: five({ n: 'x' }) }).properties, 'M', '');
    expect(g.hoisted.map((h) => h.name)).toEqual(['M_a', 'M_c']);
    expect(properties[1]?.schema).toMatchObject({ kind: 'ref', name: 'M_a' });
    expect(g.hoisted[0]?.schema).toMatchObject({ default: undefined, example: { value: 5 } });
    // An object with map values beside its properties is a map to the parser: not hoisted here.
    const open = object({ n: STRING }, { additionalProperties: true });
    expect(flattenProperties(g, object({ b: open }).properties, 'M', '')[0]?.schema).toBe(open);
  });
});
