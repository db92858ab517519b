/** A model whose names and shapes stress file names, anchors and links. */
import type { Api } from '../../../src/model/types.js';
import { any, api, array, body, map, object, operation, param, prop, ref, response, schema } from './build.js';

export const awkward: Api = api({
  tags: [{ name: 'user accounts' }, { name: 'Ünïcode-tag' }],
  operations: [
    operation('get Users!', { tags: ['user accounts'], security: [{ schemes: [{ name: 'My Auth', scopes: [] }] }] }),
    operation('getUsers', { tags: ['user accounts'], method: 'post', requestBody: body(array(ref('user.v2'))) }),
    operation('type', { tags: ['Ünïcode-tag'], responses: [response('200', map(any()))], security: [{ schemes: [{ name: 'api_key', scopes: [] }] }] }),
    operation('x', { parameters: [param('ids', array(ref('Status')))], responses: [response('200', array(ref('Alias')))] }),
  ],
  schemas: [
    { name: 'user.v2', pointer: '', schema: object([prop('data', any()), prop('tags', map(any())), prop('status', ref('Status'))]) },
    { name: 'Status', pointer: '', schema: schema({ kind: 'primitive', type: 'string', enum: ['a'] }) },
    { name: 'Alias', pointer: '', schema: ref('user.v2') },
    { name: 'DefaultApi', pointer: '', schema: object([]) },
    { name: 'con', pointer: '', schema: object([]) },
    { name: 'userV2', pointer: '', schema: object([]) },
    { name: 'USERV2', pointer: '', schema: object([]) },
  ],
  securitySchemes: [
    { name: 'My Auth', type: 'oauth2', flows: ['implicit'], scopes: ['read'] },
    { name: 'api_key', type: 'apiKey', in: 'query', paramName: 'key' },
  ],
});
