/**
 * specs/g4-sessions.yaml built by hand as the loader should model it, so the views can be checked
 * against the reference files without depending on the loader (fidelity.test.ts covers the loader path).
 */
import type { Api, Operation, Parameter, Response } from '../../../src/model/types.js';
import { any, api, array, body, int32, map, object, operation, param, prop, ref, response, schema, str } from './build.js';

const CONTENT = ['text/plain', 'application/json', 'text/json'];
const BODY_TYPES = ['application/json-patch+json', 'application/json', 'text/json', 'application/*+json'];
const tenant: Parameter = param('x-g4-tenant', str(), { in: 'header', required: true });
const id: Parameter = param('id', str(), { in: 'path', required: true });
const badRequest: Response = response('400', ref('ProblemDetails'), CONTENT);
const security = [{ schemes: [{ name: 'Bearer', scopes: [] }] }];

function op(id_: string, method: Operation['method'], path: string, summary: string, extra: Partial<Operation>): Operation {
  return operation(id_, { method, path, summary, tags: ['Sessions'], produces: CONTENT, security, ...extra });
}

const nullable = { nullable: true };

export const g4: Api = api({
  title: 'G4 API',
  version: 'v1',
  tags: [{ name: 'Sessions' }],
  operations: [
    op('sessionPost', 'post', '/session', 'Create a persistent session', {
      parameters: [tenant, param('x-g4-application', str(), { in: 'header' })],
      requestBody: body(ref('CreateSessionRequest'), { required: true }, BODY_TYPES),
      consumes: BODY_TYPES,
      responses: [response('200', ref('AuthenticatedSessionResponse'), CONTENT), badRequest],
    }),
    op('sessionIdGet', 'get', '/session/{id}', 'Get session', {
      parameters: [tenant, id],
      responses: [response('200', ref('GetSessionResponse'), CONTENT), badRequest],
    }),
    op('sessionIdPut', 'put', '/session/{id}', 'Update session data', {
      parameters: [tenant, id],
      requestBody: body(any(), {}, BODY_TYPES),
      consumes: BODY_TYPES,
      responses: [response('200'), badRequest],
    }),
    op('sessionIdDelete', 'delete', '/session/{id}', 'Delete session', {
      parameters: [tenant, id],
      responses: [response('200'), badRequest],
    }),
    op('static_sessionIdGet', 'get', '/static-session/{id}', 'Get session without updating ttl (internal use)', {
      parameters: [tenant, id],
      responses: [response('200', ref('GetSessionResponse'), CONTENT), badRequest],
    }),
  ],
  schemas: [
    {
      name: 'CreateSessionRequest',
      pointer: '/components/schemas/CreateSessionRequest',
      schema: object([
        prop('username', str(), true),
        prop('password', str(), true),
        prop('data', any(nullable)),
        prop('timeout', int32(nullable)),
        prop('detail', map(any(), nullable)),
      ]),
    },
    {
      name: 'GetSessionResponse',
      pointer: '/components/schemas/GetSessionResponse',
      schema: object([prop('bearer', str(), true), prop('userId', int32(), true), prop('data', any(nullable), true)]),
    },
    {
      name: 'AuthenticatedSessionResponse',
      pointer: '/components/schemas/AuthenticatedSessionResponse',
      schema: object([
        prop('validCredentials', schema({ kind: 'primitive', type: 'boolean' }), true),
        prop('accessAllowed', schema({ kind: 'primitive', type: 'boolean' }), true),
        ...['sessionId'].map((n) => prop(n, str(nullable), true)),
        prop('userId', int32(nullable), true),
        ...['username', 'fullname', 'email', 'bearer'].map((n) => prop(n, str(nullable), true)),
        ...['claims', 'roles', 'profiles'].map((n) => prop(n, array(str(), nullable), true)),
        prop('version', str(), true),
      ]),
    },
    {
      name: 'ProblemDetails',
      pointer: '/components/schemas/ProblemDetails',
      schema: object(['type', 'title'].map((n) => prop(n, str(nullable))).concat(
        [prop('status', int32(nullable))],
        ['detail', 'instance'].map((n) => prop(n, str(nullable))),
      )),
    },
  ],
  securitySchemes: [
    { name: 'Bearer', type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'JWT Authorization header using the Bearer scheme. Example: "Authorization: Bearer {token}"' },
  ],
});
