import { describe, expect, test } from 'vitest';
import { buildApi } from '../../src/model/build.js';

describe('Swagger 2.0', () => {
  const api = buildApi(
    {
      swagger: '2.0',
      info: { title: 'T', version: '1' },
      consumes: ['application/json'],
      securityDefinitions: { basic: { type: 'basic' }, key: { type: 'apiKey', in: 'query', name: 'api_key' } },
      security: [{ basic: [] }],
      paths: {
        '/things/{id}': {
          parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
          get: { parameters: [{ name: 'tags', in: 'query', type: 'array', items: { type: 'string' }, collectionFormat: 'multi' }], responses: { 200: { description: 'ok', schema: { type: 'string' } } } },
          post: { consumes: ['multipart/form-data'], parameters: [{ name: 'file', in: 'formData', type: 'file', required: true }], security: [], responses: { 204: { description: 'none' } } },
        },
      },
    },
    'swagger-2.0',
  );
  const [get, post] = api.operations;

  test('no host means http://localhost', () => expect(api.baseUrl).toBe('http://localhost'));
  test('the location as written is kept beside the trimmed base URL, a JSON null basePath as null', () => {
    const located = (extra: Record<string, unknown>) => buildApi({ swagger: '2.0', info: { title: 'T', version: '1' }, paths: {}, ...extra }, 'swagger-2.0');
    const slash = located({ host: 'h.example', basePath: '/', schemes: ['http', 'https'] });
    expect([slash.baseUrl, slash.writtenLocation]).toEqual(['http://h.example', { scheme: 'http', host: 'h.example', basePath: '/' }]);
    expect(located({ basePath: null }).writtenLocation).toEqual({ scheme: undefined, host: undefined, basePath: null });
    expect(buildApi({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: {} }, 'openapi-3.0').writtenLocation).toBeUndefined();
  });
  test('path-item parameters come first; collectionFormat multi is form + explode', () => {
    expect(get?.parameters.map((p) => [p.name, p.in, p.style, p.explode])).toEqual([['id', 'path', 'simple', false], ['tags', 'query', 'form', true]]);
  });
  test('a response schema without produces answers */*', () => expect(get?.produces).toEqual(['*/*']));
  test('global consumes apply even without a body', () => expect(get?.consumes).toEqual(['application/json']));
  test('formData becomes a multipart body', () => {
    expect(post?.requestBody).toMatchObject({ required: true, content: [{ mediaType: 'multipart/form-data', schema: { kind: 'object', properties: [{ name: 'file' }] } }] });
  });
  test('an operation written with `tags: []` says so; one without tags or with some does not', () => {
    const paths = { '/a': { get: { tags: [], responses: {} }, put: { responses: {} }, post: { tags: ['x'], responses: {} } } };
    const ops = buildApi({ swagger: '2.0', info: { title: 'T', version: '1' }, paths }, 'swagger-2.0').operations;
    expect(ops.map((op) => [op.method, op.tags, op.tagsWrittenEmpty])).toEqual([
      ['get', [], true],
      ['put', [], undefined],
      ['post', ['x'], undefined],
    ]);
  });
  test('an empty operation security overrides the global one', () => {
    expect(get?.security).toEqual([{ schemes: [{ name: 'basic', scopes: [] }] }]);
    expect(post?.security).toEqual([]);
  });
  test('security schemes', () => {
    expect(api.securitySchemes).toEqual([
      { name: 'basic', type: 'http', scheme: 'basic', description: undefined },
      { name: 'key', type: 'apiKey', in: 'query', paramName: 'api_key', description: undefined },
    ]);
  });
});

describe('Swagger 2 formData, as the converter openapi-generator runs builds it', () => {
  const form = (consumes?: string[]) =>
    buildApi(
      {
        swagger: '2.0',
        info: { title: 'T', version: '1' },
        paths: { '/f': { post: { ...(consumes ? { consumes } : {}), parameters: [{ name: 'a', in: 'formData', type: 'string' }], responses: { 200: { description: 'ok' } } } } },
      },
      'swagger-2.0',
    ).operations[0]?.requestBody;
  test('one media type per consumes, in order; multipart/form-data when none', () => {
    expect(form(['application/json', 'application/x-www-form-urlencoded'])?.content.map((c) => c.mediaType)).toEqual(['application/json', 'application/x-www-form-urlencoded']);
    expect(form()?.content.map((c) => c.mediaType)).toEqual(['multipart/form-data']);
  });
  test('the fields form an object without a declared type, which no generator hoists', () => {
    expect(form()?.content[0]?.schema).toMatchObject({ kind: 'object', typed: false, properties: [{ name: 'a' }] });
  });
});

describe('OpenAPI 3', () => {
  test.each([
    [undefined, 'http://localhost'],
    ['/', 'http://localhost'],
    ['/v1/', 'http://localhost/v1'],
    ['//api.example.com/v1/', 'http://api.example.com/v1'],
    ['//host:8080', 'http://host:8080'],
    ['api.example.com/v1', 'http://api.example.com/v1'],
    ['https://{region}.example.com/api/', 'https://eu.example.com/api'],
  ])('server %j gives base URL %s', (url, expected) => {
    const servers = url === undefined ? [] : [{ url, variables: { region: { default: 'eu' } } }];
    expect(buildApi({ openapi: '3.0.3', info: { title: 'T', version: '1' }, servers, paths: {} }, 'openapi-3.0').baseUrl).toBe(expected);
  });

  test('a parameter or response written as a `$ref` outside the components keeps it (strayRef), read as its target', () => {
    const doc = {
      openapi: '3.0.3',
      info: { title: 'T', version: '1' },
      paths: {
        '/a/{id}': { get: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '401': { description: 'no' } } } },
        '/b/{id}': {
          get: {
            parameters: [{ $ref: '#/paths/~1a~1{id}/get/parameters/0' }, { $ref: '#/components/parameters/q' }],
            responses: { '401': { $ref: '#/paths/~1a~1{id}/get/responses/401' }, '404': { $ref: '#/components/responses/gone' } },
          },
        },
      },
      components: { parameters: { q: { name: 'q', in: 'query', schema: { type: 'string' } } }, responses: { gone: { description: 'gone' } } },
    };
    const b = buildApi(doc, 'openapi-3.0').operations[1];
    expect(b?.parameters.map((p) => [p.name, p.strayRef])).toEqual([['id', '#/paths/~1a~1{id}/get/parameters/0'], ['q', undefined]]);
    expect(b?.responses.map((r) => [r.status, r.description, r.strayRef])).toEqual([['401', 'no', '#/paths/~1a~1{id}/get/responses/401'], ['404', 'gone', undefined]]);
  });

  test('an operation keeps its callbacks (inline or $ref, one level) as operations of their own', () => {
    const hook = (name: string) => ({ post: { operationId: name, callbacks: { deeper: { '{$url}': { get: { responses: {} } } } }, responses: { '200': { description: 'ok' } } } });
    const doc = {
      openapi: '3.0.3',
      info: { title: 'T', version: '1' },
      paths: { '/s': { get: { callbacks: { onData: { '{$request.query.url}/data': hook('onData') }, onClose: { $ref: '#/components/callbacks/Closed' } }, responses: {} } } },
      components: { callbacks: { Closed: { '{$request.query.url}/closed': hook('onClose') } } },
    };
    const api = buildApi(doc, 'openapi-3.0');
    expect(api.operations).toHaveLength(1);
    const callbacks = api.operations[0]?.callbacks ?? [];
    expect(callbacks.map((c) => [c.name, c.expression, c.referenced === true, c.operations.map((o) => `${o.method} ${o.path} ${o.id}`)])).toEqual([
      ['onData', '{$request.query.url}/data', false, ['post {$request.query.url}/data onData']],
      ['onClose', '{$request.query.url}/closed', true, ['post {$request.query.url}/closed onClose']],
    ]);
    expect(callbacks[0]?.operations[0]?.pointer).toBe('/paths/~1s/get/callbacks/onData/{$request.query.url}~1data/post');
    expect(callbacks.flatMap((c) => c.operations).every((o) => o.callbacks === undefined)).toBe(true);
  });

  test('servers keep their URL template and variables (default, enum, description) beside the URL at defaults', () => {
    const servers = [
      {
        url: 'https://{region}.example.com:{port}',
        description: 'Prod',
        variables: { region: { default: 'eu', enum: ['eu', 'us'], description: 'Where' }, port: { default: '443' }, broken: { enum: ['x'] } },
      },
    ];
    expect(buildApi({ openapi: '3.0.3', info: { title: 'T', version: '1' }, servers, paths: {} }, 'openapi-3.0').servers).toEqual([
      {
        url: 'https://eu.example.com:443',
        description: 'Prod',
        template: 'https://{region}.example.com:{port}',
        variables: [
          { name: 'region', default: 'eu', enum: ['eu', 'us'], description: 'Where' },
          { name: 'port', default: '443', enum: undefined, description: undefined },
        ],
      },
    ]);
  });

  test('accept is the union of response media types in order of first appearance', () => {
    const api = buildApi(
      {
        openapi: '3.0.3',
        info: { title: 'T', version: '1' },
        paths: {
          '/a': {
            get: {
              responses: {
                200: { description: 'ok', content: { 'text/plain': {}, 'application/json': {} } },
                400: { description: 'bad', content: { 'application/json': {}, 'application/problem+json': {} } },
              },
            },
          },
        },
      },
      'openapi-3.0',
    );
    expect(api.operations[0]?.produces).toEqual(['text/plain', 'application/json', 'application/problem+json']);
    expect(api.operations[0]?.id).toBe('aGet');
  });
});

describe('info.license', () => {
  test('is the SPDX identifier (OpenAPI 3.1), else the name, else absent', () => {
    const license = (info: Record<string, unknown>, dialect: 'openapi-3.0' | 'openapi-3.1' = 'openapi-3.1') =>
      buildApi({ openapi: '3.1.0', info: { title: 'T', version: '1', ...info }, paths: {} }, dialect).license;
    expect(license({ license: { name: 'Apache 2.0', identifier: 'Apache-2.0' } })).toBe('Apache-2.0');
    expect(license({ license: { name: 'MIT' } }, 'openapi-3.0')).toBe('MIT');
    expect(license({})).toBeUndefined();
    expect(buildApi({ swagger: '2.0', info: { title: 'T', version: '1', license: { name: 'BSD-3-Clause' } }, paths: {} }, 'swagger-2.0').license).toBe('BSD-3-Clause');
  });
});
