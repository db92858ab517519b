import { describe, expect, test } from 'vitest';
import { findDuplicateKey, scanJsonKeys } from '../../src/load/json-keys.js';

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
    // An escaped key is the same key as its plain spelling.
    ['{"ab":1,"a\\u0062":2}', '/ab'],
    // A string ending in an escaped backslash ends at the next quote.
    ['{"s":"\\\\","t":{"k":1,"k":2}}', '/t/k'],
    ['{"a":[[0],[1,{"k":1,"k":2}]]}', '/a/1/1/k'],
    ['{"a/b":{"c":[{}, {"d":1,"d":1}]}}', '/a~1b/c/1/d'],
  ])('%s → %j', (text, pointer) => {
    expect(findDuplicateKey(text)).toBe(pointer);
  });
});

describe('scanJsonKeys', () => {
  test('notes the written order of an operation\'s responses only where JavaScript would list them otherwise', () => {
    // Written as text: a JavaScript object would put "200" first itself.
    const text = `{"paths": {
      "/a": {"get": {"responses": {"default": {}, "200": {}, "4XX": {}}}, "put": {"responses": {"200": {}, "default": {}}}},
      "/b": {"post": {"responses": {"201": {}, "200": {}}}}},
      "components": {"responses": {"default": {}, "200": {}}},
      "x": {"paths": {"/c": {"get": {"responses": {"default": {}, "200": {}}}}}}}`;
    expect(scanJsonKeys(text)).toEqual({
      reordered: [
        { path: '/a', method: 'get', keys: ['default', '200', '4XX'] },
        { path: '/b', method: 'post', keys: ['201', '200'] },
      ],
    });
  });
});
