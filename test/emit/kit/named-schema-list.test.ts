import { describe, expect, it } from 'vitest';
import { NamedSchemaList } from '../../../src/emit/kit/named-schema-list.js';
import type { NamedSchema, Schema } from '../../../src/model/types.js';

const schema = (title: string): Schema => ({ kind: 'any', object: true, title, nullable: false, readOnly: false, writeOnly: false, deprecated: false });
const named = (name: string, title = name): NamedSchema => ({ name, schema: schema(title), pointer: `/components/schemas/${name}` });

describe('NamedSchemaList', () => {
  it('appends a new name and replaces a known one at its first place, as a map by name keeps order', () => {
    const given = [named('A'), named('B'), named('A', 'twin')];
    const models = new NamedSchemaList(given);
    models.put(named('C'));
    models.put(named('A', 'replaced'));
    models.put(named('C', 'again'));
    expect(models.list.map((m) => `${m.name}:${m.schema.title}`)).toEqual(['A:replaced', 'B:B', 'A:twin', 'C:again']);
    expect(models.get('A')?.schema.title).toBe('replaced');
    expect(models.get('Z')).toBeUndefined();
    // The list given is not changed.
    expect(given.map((m) => m.schema.title)).toEqual(['A', 'B', 'twin']);
  });
});
