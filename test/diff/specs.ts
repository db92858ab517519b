import { buildApi } from '../../src/model/build.js';
import type { Api } from '../../src/model/types.js';

/** Small OpenAPI 3.0 documents for the diff tests, built from parts. */
export type Doc = Record<string, unknown>;

const PET = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', format: 'int64' }, name: { type: 'string' } },
};

/** A pet store with one path, a list and a create operation, parameters, a body and security. */
export function petstore(): Doc {
  return {
    openapi: '3.0.3',
    info: { title: 'Pets', version: '1.0.0', description: 'Pets API' },
    servers: [{ url: 'https://pets.example.com/v1' }],
    tags: [{ name: 'pets', description: 'Pets' }, { name: 'store' }],
    security: [{ key: [] }],
    paths: {
      '/pets': {
        get: {
          operationId: 'listPets',
          tags: ['pets'],
          summary: 'List pets',
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer' } },
            { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
          ],
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } } } },
            default: { description: 'error' },
          },
        },
        post: {
          operationId: 'createPet',
          tags: ['pets'],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } },
          responses: { '201': { description: 'created' } },
        },
      },
      '/pets/{petId}': {
        get: {
          operationId: 'showPet',
          tags: ['pets'],
          parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } },
        },
      },
    },
    components: {
      schemas: { Pet: PET },
      securitySchemes: {
        key: { type: 'apiKey', in: 'header', name: 'X-Key' },
        oauth: { type: 'oauth2', flows: { implicit: { authorizationUrl: 'https://auth.example.com', scopes: { read: 'read', write: 'write' } } } },
      },
    },
  };
}

/** A copy of `doc` changed by `edit` (which may mutate its argument). */
export function edited(doc: Doc, edit: (d: any) => void): Doc {
  const copy = structuredClone(doc);
  edit(copy);
  return copy;
}

export function model(doc: Doc): Api {
  return buildApi(doc, String(doc.openapi).startsWith('3.1') ? 'openapi-3.1' : doc.swagger ? 'swagger-2.0' : 'openapi-3.0');
}

/**
 * A spec whose only operation sends `schema` as the request body (direction request) or receives
 * it as the 200 body (direction response), wrapped in an object property `value` so property-level
 * keywords (required, readOnly) have a place.
 */
export function carrying(direction: 'request' | 'response', schema: unknown, required = false): Doc {
  const body = { type: 'object', ...(required ? { required: ['value'] } : {}), properties: { value: schema } };
  const op = direction === 'request'
    ? { operationId: 'send', requestBody: { content: { 'application/json': { schema: body } } }, responses: { '204': { description: 'done' } } }
    : { operationId: 'receive', responses: { '200': { description: 'ok', content: { 'application/json': { schema: body } } } } };
  return { openapi: '3.0.3', info: { title: 'T', version: '1.0.0' }, paths: { '/thing': { [direction === 'request' ? 'post' : 'get']: op } } };
}
