import { describe, expect, test } from 'vitest';
import { findDuplicateKey } from '../../src/load/json-keys.js';

describe('findDuplicateKey', () => {
  test.each<[string, string | undefined]>([
    ['{"a":1,"b":2}', undefined],
    ['{"a":1,"a":2}', '/a'],
    ['{"a":{"x":1},"b":{"x":1}}', undefined],
    ['{"paths":{"/p":{"get":{},"get":{}}}}', '/paths/~1p/get'],
    ['{"a":[{"k":1},{"k":1,"k":2}]}', '/a/1/k'],
    ['{"s":"a\\"b:","s2":"{\\"s\\":1}"}', undefined],
    ['{"a" : 1, "a" : 2}', '/a'],
    ['["a","a"]', undefined],
    ['{"x~y":1,"x~y":1}', '/x~0y'],
  ])('%s → %j', (text, pointer) => {
    expect(findDuplicateKey(text)).toBe(pointer);
  });
});
