import { describe, expect, test } from 'vitest';
import { keepKeyOrder, reorderedByJs, SPEC_KEY_ORDER, specKeys } from '../../src/model/key-order.js';

describe('key order as written', () => {
  test.each<[string[], boolean]>([
    [['200', '404', 'default'], false],
    [['default', '200'], true],
    [['4XX', '200'], true],
    [['201', '200'], true],
    [['200', '2XX', '300'], true],
    [['x', 'y'], false],
    // `01` and 2^32 - 1 are no array indexes: JavaScript keeps them where they were written.
    [['01', '0'], true],
    [['4294967295', '1'], true],
  ])('%j is reordered by JavaScript: %s', (keys, reordered) => {
    expect(reorderedByJs(keys)).toBe(reordered);
  });

  test('specKeys reads the recorded order, and Object.keys where none is recorded or it no longer fits', () => {
    const node: Record<string, unknown> = { default: 1, '200': 2 };
    expect(Object.keys(node)).toEqual(['200', 'default']);
    expect(specKeys(node)).toEqual(['200', 'default']);
    keepKeyOrder(node, ['default', '200']);
    expect(specKeys(node)).toEqual(['default', '200']);
    // Invisible to everything else.
    expect(Object.keys(node)).toEqual(['200', 'default']);
    expect(JSON.stringify(node)).toBe('{"200":2,"default":1}');
    node['201'] = 3;
    expect(specKeys(node)).toEqual(['200', '201', 'default']);
  });

  test('keepKeyOrder records nothing where JavaScript keeps the order already', () => {
    const node = { '200': 1, default: 2 };
    keepKeyOrder(node, ['200', 'default']);
    expect(SPEC_KEY_ORDER in node).toBe(false);
  });
});
