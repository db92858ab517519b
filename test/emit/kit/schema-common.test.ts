import { describe, expect, it } from 'vitest';
import { commonFields } from '../../../src/emit/kit/schema-common.js';
import type { Schema } from '../../../src/model/types.js';

describe('commonFields', () => {
  it('keeps the listed fields the schema sets, in the order listed, and nothing else', () => {
    const schema: Schema = { kind: 'primitive', type: 'string', format: 'email', nullable: true, readOnly: false, writeOnly: false, deprecated: false, title: 'T', description: 'D', example: { value: 'a@b' } };
    const kept = commonFields(schema, ['title', 'description', 'default', 'nullable']);
    expect(kept).toEqual({ title: 'T', description: 'D', nullable: true });
    expect(Object.keys(kept)).toEqual(['title', 'description', 'nullable']);
    expect(JSON.stringify(commonFields(schema, ['description', 'title']))).toBe('{"description":"D","title":"T"}');
  });
});
