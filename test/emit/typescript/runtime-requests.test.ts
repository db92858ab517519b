/**
 * The runtime's request pipeline against a real HTTP server, through a minimal BaseApi subclass:
 * URL, parameters, bodies, responses and credentials (generated classes: client.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationCall } from '../../../src/emit/typescript/runtime/base-api.js';
import { Configuration, type ConfigurationParameters } from '../../../src/emit/typescript/runtime/configuration.js';
import { InvalidResponseError } from '../../../src/emit/typescript/runtime/errors.js';
import { API_KEY, GET, TestApi, testApi, TOKEN } from './runtime-harness.js';
import { json, startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const api = (parameters: ConfigurationParameters = {}): TestApi => testApi(server, parameters);

describe('requests', () => {
  it('builds URL, headers and JSON body from the operation and resolves to the parsed body', async () => {
    server.handle((_req, res) => json(res, 200, { ok: true }));
    const result = await api({ headers: { 'X-Client': 'test', Accept: 'overridden' } }).call<{ ok: boolean }>(
      {
        method: 'POST',
        path: '/things/{id}',
        parameters: [
          { in: 'path', name: 'id', value: 'a/b', required: true },
          { in: 'query', name: 'tags', value: ['x', 'y'] },
          { in: 'query', name: 'none', value: undefined },
          { in: 'header', name: 'x-g4-tenant', value: 'acme' },
          { in: 'cookie', name: 'session', value: 's 1' },
        ],
        body: { mediaType: 'application/json', value: { name: 'n' } },
        accept: 'application/json',
        response: 'json',
      },
      { headers: { 'X-Per-Call': '1' } },
    );
    expect(result).toEqual({ ok: true });
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/base/things/a%2Fb?tags=x&tags=y');
    expect(request?.headers).toMatchObject({
      accept: 'application/json',
      'content-type': 'application/json',
      'x-g4-tenant': 'acme',
      'x-client': 'test',
      'x-per-call': '1',
      cookie: 'session=s%201',
    });
    expect(request?.body.toString()).toBe('{"name":"n"}');
  });

  it('uses the default base path when the configuration has none', async () => {
    server.handle((_req, res) => res.writeHead(204).end());
    await new TestApi(new Configuration(), `${server.url}/default`).call({ method: 'DELETE', path: '/x', response: 'none' });
    expect(server.requests[0]?.url).toBe('/default/x');
  });

  it.each<[string, unknown, string, string | undefined]>([
    ['text/plain', 'hello', 'hello', 'text/plain'],
    ['application/x-www-form-urlencoded', { name: 'a b', tags: ['x', 'y'], skip: undefined }, 'name=a+b&tags=x&tags=y', 'application/x-www-form-urlencoded'],
    ['application/octet-stream', new Blob(['raw']), 'raw', 'application/octet-stream'],
    ['application/octet-stream', new TextEncoder().encode('bytes'), 'bytes', 'application/octet-stream'],
    ['image/png', new TextEncoder().encode('xpngx').subarray(1, 4), 'png', 'image/png'],
    ['application/merge-patch+json', { a: null }, '{"a":null}', 'application/merge-patch+json'],
  ])('encodes a %s body', async (mediaType, value, body, contentType) => {
    server.handle((_req, res) => res.writeHead(204).end());
    await api().call({ method: 'PUT', path: '/b', body: { mediaType, value }, response: 'none' });
    expect(server.requests[0]?.body.toString()).toBe(body);
    expect(server.requests[0]?.headers['content-type']).toBe(contentType);
  });

  it('sends multipart with the boundary fetch chose, files as files', async () => {
    server.handle((_req, res) => res.writeHead(204).end());
    await api().call({
      method: 'POST',
      path: '/upload',
      body: { mediaType: 'multipart/form-data', value: { file: new Blob(['content'], { type: 'text/csv' }), note: 'n', n: 3 } },
      response: 'none',
    });
    const request = server.requests[0];
    expect(request?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const text = request?.body.toString() ?? '';
    expect(text).toContain('name="file"; filename="blob"');
    expect(text).toContain('content');
    expect(text).toMatch(/name="note"\r\n\r\nn\r\n/);
    expect(text).toMatch(/name="n"\r\n\r\n3\r\n/);
  });

  it.each<[OperationCall['response'], string, unknown]>([
    ['text', 'plain words', 'plain words'],
    ['none', 'ignored', undefined],
  ])('reads a %s response', async (kind, payload, expected) => {
    server.handle((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(payload));
    expect(await api().call({ ...GET, response: kind })).toEqual(expected);
  });

  it('reads a blob response', async () => {
    server.handle((_req, res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([1, 2, 3])));
    const blob = await api().call<Blob>({ ...GET, response: 'blob' });
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('parses JSON even when the server labels it text/plain (ASP.NET does)', async () => {
    server.handle((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('{"a":1}'));
    expect(await api().call(GET)).toEqual({ a: 1 });
  });

  it('resolves to undefined for 204 whatever the operation declares', async () => {
    server.handle((_req, res) => res.writeHead(204).end());
    expect(await api().call(GET)).toBeUndefined();
  });

  it('throws InvalidResponseError when a JSON body is not JSON', async () => {
    server.handle((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('<html>'));
    const error = await api().call(GET).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, message: 'GET /things: body is not valid JSON (HTTP 200)' });
  });

  it('refuses a call missing a required parameter or body before sending it', async () => {
    server.handle((_req, res) => json(res, 200, {}));
    const call: OperationCall = { ...GET, parameters: [{ in: 'path', name: 'id', required: true, value: undefined }] };
    await expect(api().call(call)).rejects.toThrow(new TypeError('GET /things: missing required path parameter "id"'));
    await expect(api().call({ ...GET, method: 'POST', body: { mediaType: 'application/json', required: true, value: undefined } })).rejects.toThrow(
      'missing required request body',
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe('credentials', () => {
  it.each<[string, ConfigurationParameters, OperationCall['security'], Record<string, string | undefined>, string]>([
    ['bearer token', { accessToken: TOKEN }, [[{ type: 'bearer', scheme: 'b' }]], { authorization: `Bearer ${TOKEN}` }, '/base/things'],
    [
      'basic, UTF-8',
      { username: 'ülrich', password: 'pässword' },
      [[{ type: 'basic', scheme: 'basic' }]],
      { authorization: `Basic ${Buffer.from('ülrich:pässword').toString('base64')}` },
      '/base/things',
    ],
    [
      'api keys in header, query and cookie together',
      { apiKey: (name: string) => `${API_KEY}-${name}` },
      [
        [
          { type: 'apiKey', scheme: 'h', in: 'header', name: 'X-API-Key' },
          { type: 'apiKey', scheme: 'q', in: 'query', name: 'api_key' },
          { type: 'apiKey', scheme: 'c', in: 'cookie', name: 'key' },
        ],
      ],
      { 'x-api-key': `${API_KEY}-X-API-Key`, cookie: `key=${encodeURIComponent(`${API_KEY}-key`)}` },
      `/base/things?api_key=${encodeURIComponent(`${API_KEY}-api_key`)}`,
    ],
    [
      'the first satisfiable alternative',
      { apiKey: API_KEY },
      [[{ type: 'bearer', scheme: 'b' }], [{ type: 'apiKey', scheme: 'h', in: 'header', name: 'X-Key' }]],
      { authorization: undefined, 'x-key': API_KEY },
      '/base/things',
    ],
    ['none when nothing is configured', {}, [[{ type: 'bearer', scheme: 'b' }]], { authorization: undefined }, '/base/things'],
    ['none for an operation without security', { accessToken: TOKEN }, undefined, { authorization: undefined }, '/base/things'],
    ['none for the optional alternative', {}, [[{ type: 'bearer', scheme: 'b' }], []], { authorization: undefined }, '/base/things'],
  ])('%s', async (_name, parameters, security, headers, url) => {
    server.handle((_req, res) => json(res, 200, {}));
    await api(parameters).call(security === undefined ? GET : { ...GET, security });
    for (const [name, value] of Object.entries(headers)) expect(server.requests[0]?.headers[name], name).toBe(value);
    expect(server.requests[0]?.url).toBe(url);
  });

  it('asks a token function with the scheme and scopes, once per call', async () => {
    server.handle((_req, res) => json(res, 200, {}));
    const asked: unknown[] = [];
    const accessToken = async (scheme: string, scopes: readonly string[]): Promise<string> => {
      asked.push([scheme, scopes]);
      return 'fresh';
    };
    await api({ accessToken }).call({ ...GET, security: [[{ type: 'bearer', scheme: 'oauth', scopes: ['read', 'write'] }]] });
    expect(asked).toEqual([['oauth', ['read', 'write']]]);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer fresh');
  });
});

