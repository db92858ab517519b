import { describe, expect, it } from 'vitest';
import { rewriteModel } from '../../../src/emit/kit/model-rewrite.js';

/** Upper-cases `text` wherever an object holds one. */
const upper = (record: Record<string, unknown>): Record<string, unknown> => (typeof record.text === 'string' ? { ...record, text: record.text.toUpperCase() } : record);

describe('rewriteModel: copy on write over plain data', () => {
  it('visits every object, inside arrays and objects, and copies only the way down to a change', () => {
    const untouched = { n: 1 };
    const model = { a: [{ text: 'x' }, untouched], b: { c: { text: 'y' } }, d: untouched };
    const read = rewriteModel(model, upper) as typeof model;
    expect(read).toEqual({ a: [{ text: 'X' }, { n: 1 }], b: { c: { text: 'Y' } }, d: { n: 1 } });
    expect(read.a[1]).toBe(untouched);
    expect(model.b.c.text).toBe('y');
  });

  it('keeps an object reached twice one object, and returns the same value when nothing changes', () => {
    const shared = { text: 's' };
    const read = rewriteModel({ one: shared, two: [shared] }, upper) as { one: object; two: object[] };
    expect(read.two[0]).toBe(read.one);
    const plain = { a: [1, 2], b: { c: 'd' } };
    expect(rewriteModel(plain, upper)).toBe(plain);
  });
});
