import { describe, expect, test } from 'vitest';
import { OPENAPI_GENERATOR_OPERATION_ID_RULES } from '../../src/emit/kit/openapi-names.js';
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

describe('deriveOperationId with the word rules as a parameter', () => {
  // One derivation: the model's simple rules and openapi-generator's full ports (what the Go docs
  // need) agree on ordinary paths and differ only where sanitizeName and camelize do.
  test.each<[HttpMethod, string, string, string]>([
    ['get', '/session/{id}', 'sessionIdGet', 'sessionIdGet'],
    ['get', '/addresses.{format}', 'addressesformatGet', 'addresses_formatGet'],
    ['get', '/items/list(all)', 'itemsListallGet', 'itemsList_allGet'],
  ])('%s %s → %s (model), %s (openapi-generator)', (method, path, model, generator) => {
    expect(deriveOperationId(path, method)).toBe(model);
    expect(deriveOperationId(path, method, OPENAPI_GENERATOR_OPERATION_ID_RULES)).toBe(generator);
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
