import { describe, expect, test } from 'vitest';
import { classMethodNames } from '../../../src/emit/python/method-names.js';
import { operation } from './api-fixtures.js';

const named = (names: readonly string[]) => {
  const ops = names.map((id, i) => ({ ...operation({ id: `op${i}` }), plain: id }));
  const methods = classMethodNames(ops, (op) => (op as (typeof ops)[number]).plain);
  return ops.map((op) => methods.get(op));
};

describe('classMethodNames: 2.2.2\'s addOperationToGroup, unique within one class', () => {
  test('a taken name counts up from _0 in the order the class receives its operations', () => {
    expect(named(['fetch', 'fetch', 'fetch', 'fetch0'])).toEqual(['fetch', 'fetch_0', 'fetch_1', 'fetch0']);
  });

  test('where 2.2.2\'s single scan ends on a name taken earlier, the count goes on to a free one', () => {
    // 2.2.2 scans once: `fetch_0` (not equal to `fetch`), then `fetch` → `fetch_0`, which is taken.
    expect(named(['fetch_0', 'fetch', 'fetch'])).toEqual(['fetch_0', 'fetch', 'fetch_1']);
    expect(named(['fetch_0', 'fetch', 'fetch', 'fetch'])).toEqual(['fetch_0', 'fetch', 'fetch_1', 'fetch_2']);
  });

  test('names equal but for case are one (they are anchors of one doc)', () => {
    expect(named(['Fetch', 'fetch'])).toEqual(['Fetch', 'fetch_0']);
  });

  test('20,000 operations of one name get 20,000 names, each scan resuming where the last stopped', () => {
    const names = named(Array.from({ length: 20_000 }, () => 'fetch'));
    expect(new Set(names).size).toBe(20_000);
    expect(names.at(-1)).toBe('fetch_19998');
  });
});
