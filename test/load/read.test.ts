import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { parseSpecText } from '../../src/load/read.js';
import { thrown } from '../support/thrown.js';

const parse = (text: string, maxDepth: number): unknown => parseSpecText(Buffer.from(text), 'spec.json', { ...DEFAULT_LIMITS, maxDepth });

describe('the depth limit', () => {
  it('counts objects and arrays, not the scalars inside the deepest of them', () => {
    // Objects at depths 0, 1 and 2; the scalar 1 sits at depth 3.
    expect(parse('{"a":{"b":{"c":1}}}', 3)).toEqual({ a: { b: { c: 1 } } });
    expect(parse('[[["x", null, true]]]', 3)).toEqual([[['x', null, true]]]);
  });

  it('refuses an object or array at the limit, wherever it is among its siblings', () => {
    expect(thrown(() => parse('{"a":{"b":{"c":{}}}}', 3))).toEqual({ pointer: '', message: 'nesting is deeper than 3 levels (raise it with --max-depth)' });
    expect(thrown(() => parse('{"z":1,"a":[0,[1,[2,[]]],"s"]}', 3)).message).toBe('nesting is deeper than 3 levels (raise it with --max-depth)');
  });

  it('reads a scalar document', () => {
    expect(parse('"text"', 0)).toBe('text');
  });
});
