import { describe, expect, test } from 'vitest';
import { deriveOperationId, givenOperationId } from '../../src/model/operation-id.js';
import type { HttpMethod } from '../../src/model/types.js';

describe('deriveOperationId follows openapi-generator', () => {
  test.each<[HttpMethod, string, string]>([
    ['delete', '/session/{id}', 'sessionIdDelete'],
    ['get', '/session/{id}', 'sessionIdGet'],
    ['post', '/session', 'sessionPost'],
    ['get', '/static-session/{id}', 'static_sessionIdGet'],
    ['get', '/', 'rootGet'],
    ['get', '/Users/{user_id}/roles', 'usersUserIdRolesGet'],
    ['put', '/a b/c.d', 'a_bCdPut'],
    ['get', '/{tenant}/items', 'tenantItemsGet'],
  ])('%s %s → %s', (method, path, id) => {
    expect(deriveOperationId(path, method)).toBe(id);
  });
});

describe('givenOperationId', () => {
  test.each<[unknown, string | undefined]>([
    ['session', 'session'],
    ['', undefined],
    ['   ', undefined],
    [42, undefined],
    [undefined, undefined],
  ])('%j → %j', (value, id) => {
    expect(givenOperationId(value)).toBe(id);
  });
});
