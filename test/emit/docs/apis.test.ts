import { describe, expect, test } from 'vitest';
import { apiClasses, apiClassName } from '../../../src/emit/docs/apis.js';
import type { Api, Operation } from '../../../src/model/types.js';

const op = (id: string, tags: string[]): Operation => ({
  id, method: 'get', path: `/${id}`, tags, deprecated: false, parameters: [], responses: [], consumes: [], produces: [], security: [], pointer: '',
});

describe('apiClassName', () => {
  test.each<[string | undefined, string]>([
    ['Session', 'SessionApi'],
    ['Sessions', 'SessionsApi'],
    ['user accounts', 'UserAccountsApi'],
    ['api-auth', 'ApiAuthApi'],
    [undefined, 'DefaultApi'],
    ['!!!', 'DefaultApi'],
  ])('%j → %s', (tag, name) => expect(apiClassName(tag)).toBe(name));
});

test('operations are grouped by first tag, classes and operations in ordinal order', () => {
  const api = { operations: [op('b', ['Z']), op('a', ['Z', 'A']), op('C', ['A']), op('x', [])], tags: [{ name: 'Z', description: 'zed' }] } as unknown as Api;
  const classes = apiClasses(api, (o) => o.id);
  expect(classes.map((c) => [c.className, c.description, c.operations.map((o) => o.id)])).toEqual([
    ['AApi', undefined, ['C']],
    ['DefaultApi', undefined, ['x']],
    ['ZApi', 'zed', ['a', 'b']],
  ]);
});
