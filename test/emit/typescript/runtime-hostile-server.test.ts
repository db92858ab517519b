/**
 * The runtime against servers that attack the client, on real loopback servers: bodies larger than
 * maxResponseBytes (declared, undeclared, or inflating from a small gzip), redirects that try to
 * carry credentials to another origin (two servers on different ports are different origins), and
 * credentials or header values that would inject header lines.
 */
import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationCall } from '../../../src/emit/typescript/runtime/base-api.js';
import { Configuration, DEFAULT_MAX_RESPONSE_BYTES, type ConfigurationParameters } from '../../../src/emit/typescript/runtime/configuration.js';
import { RedirectError, ResponseTooLargeError, UnsafeValueError } from '../../../src/emit/typescript/runtime/errors.js';
import { GET, type TestApi, testApi } from './runtime-harness.js';
import { json, startServer, type RecordedRequest, type TestServer } from './server.js';

let server: TestServer;
let other: TestServer;
beforeAll(async () => {
  [server, other] = await Promise.all([startServer(), startServer()]);
});
afterAll(() => Promise.all([server.close(), other.close()]));

const api = (parameters: ConfigurationParameters = {}): TestApi => testApi(server, parameters);

/** Every printed form of an error a user or a logger might produce. */
function printed(error: unknown): string {
  return [String(error), (error as Error).message, JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })].join('\n');
}

describe('response bodies longer than maxResponseBytes', () => {
  const LIMIT = { maxResponseBytes: 1024 };

  it.each([
    ['declared by Content-Length', (res: ServerResponse) => res.writeHead(200, { 'content-type': 'application/json', 'content-length': 4096 }).end(`"${'a'.repeat(4094)}"`)],
    ['sent chunked, with no Content-Length', (res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      for (let i = 0; i < 8; i++) res.write('a'.repeat(512));
      res.end();
    }],
    ['inflating from a small gzip whose Content-Length is honest about the compressed bytes', (res: ServerResponse) => {
      const packed = gzipSync(Buffer.alloc(64 * 1024, 32));
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': packed.length }).end(packed);
    }],
  ])('refuses a body %s, with ResponseTooLargeError and no retry', async (_how, answer) => {
    server.handle((_req, res) => answer(res));
    const error = await api(LIMIT).call(GET).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, method: 'GET', path: '/things', maxResponseBytes: 1024 });
    expect((error as Error).message).toBe('GET /things: response body exceeds 1024 bytes (HTTP 200)');
    expect(server.requests).toHaveLength(1);
  });

  it('refuses an error body that is too long too, instead of retrying the 503', async () => {
    server.handle((_req, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('x'.repeat(2048)));
    await expect(api(LIMIT).call(GET)).rejects.toMatchObject({ name: 'ResponseTooLargeError', status: 503 });
    expect(server.requests).toHaveLength(1);
  });

  it('reads a body of exactly maxResponseBytes, as text, JSON and blob', async () => {
    const text = 'é'.repeat(512); // 1024 bytes of UTF-8
    server.handle((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(text));
    expect(await api(LIMIT).call({ ...GET, response: 'text' })).toBe(text);
    const blob = await api(LIMIT).call<Blob>({ ...GET, response: 'blob' });
    expect(blob.size).toBe(1024);
    server.handle((_req, res) => json(res, 200, 'a'.repeat(1022)));
    expect(await api(LIMIT).call(GET)).toBe('a'.repeat(1022));
  });

  it('defaults to 100 MiB, also in place of a value that is not a size', () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(104_857_600);
    expect(new Configuration().maxResponseBytes).toBe(104_857_600);
    expect(new Configuration({ maxResponseBytes: Number.NaN }).maxResponseBytes).toBe(104_857_600);
    expect(new Configuration({ maxResponseBytes: -1 }).maxResponseBytes).toBe(104_857_600);
    expect(new Configuration({ maxResponseBytes: 0 }).maxResponseBytes).toBe(0);
  });
});

const SECRETS = { accessToken: 'tok-Secret-1', apiKey: (name: string) => `key-Secret-${name}` };
const WITH_CREDENTIALS: OperationCall = {
  ...GET,
  parameters: [{ in: 'cookie', name: 'theme', value: 'dark' }],
  security: [
    [
      { type: 'bearer', scheme: 'b' },
      { type: 'apiKey', scheme: 'h', in: 'header', name: 'X-Api-Key' },
      { type: 'apiKey', scheme: 'q', in: 'query', name: 'api_key' },
      { type: 'apiKey', scheme: 'c', in: 'cookie', name: 'sid' },
    ],
  ],
};

/** The request as it arrived, in one string: URL and every header. */
const wire = (request: RecordedRequest | undefined): string => `${request?.url ?? ''}\n${JSON.stringify(request?.headers ?? {})}`;

describe('redirects', () => {
  it('follows a same-origin redirect with every credential', async () => {
    server.handle((req, res) => (req.url.startsWith('/base/things') ? res.writeHead(302, { location: '/moved?x=1' }).end() : json(res, 200, { ok: 1 })));
    expect(await api(SECRETS).call(WITH_CREDENTIALS)).toEqual({ ok: 1 });
    const [, moved] = server.requests;
    expect(moved?.url).toBe('/moved?x=1');
    expect(moved?.headers).toMatchObject({ authorization: 'Bearer tok-Secret-1', 'x-api-key': 'key-Secret-X-Api-Key', cookie: 'theme=dark; sid=key-Secret-sid' });
  });

  it('keeps method and body on 307, and turns a POST into a body-less GET on 303', async () => {
    const post: OperationCall = { method: 'POST', path: '/things', body: { mediaType: 'application/json', value: { a: 1 } }, response: 'none' };
    for (const [status, method, body, type] of [[307, 'POST', '{"a":1}', 'application/json'], [303, 'GET', '', undefined]] as const) {
      server.handle((req, res) => (req.url === '/base/things' ? res.writeHead(status, { location: '/done' }).end() : res.writeHead(204).end()));
      await api().call(post);
      const done = server.requests[1];
      expect({ method: done?.method, body: done?.body.toString(), type: done?.headers['content-type'] }).toEqual({ method, body, type });
    }
  });

  it('follows a redirect to another origin without any credential the client added (the default)', async () => {
    // The Location repeats the query API key, as a redirecting proxy that keeps the query would.
    server.handle((req, res) => res.writeHead(301, { location: `${other.url}/elsewhere?${req.url.split('?')[1]}&keep=yes` }).end());
    other.handle((_req, res) => json(res, 200, { there: true }));
    expect(await api({ ...SECRETS, headers: { 'X-Trace': 't1' } }).call(WITH_CREDENTIALS)).toEqual({ there: true });
    expect(server.requests[0]?.url).toBe('/base/things?api_key=key-Secret-api_key');
    const [arrived] = other.requests;
    expect(arrived?.url).toBe('/elsewhere?keep=yes');
    expect(arrived?.headers['x-trace']).toBe('t1');
    for (const header of ['authorization', 'x-api-key', 'cookie']) expect(arrived?.headers[header], header).toBeUndefined();
    expect(wire(arrived)).not.toContain('Secret');
  });

  it("refuses a redirect to another origin with crossOriginRedirects: 'error', sending nothing there and not retrying", async () => {
    server.handle((req, res) => res.writeHead(302, { location: `${other.url}/x?${req.url.split('?')[1]}` }).end());
    other.handle((_req, res) => json(res, 200, {}));
    const error = await api({ ...SECRETS, crossOriginRedirects: 'error' }).call(WITH_CREDENTIALS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 302, message: 'GET /things: redirect not followed: it leads to another origin (HTTP 302)' });
    expect(printed(error)).not.toContain('Secret');
    expect(printed(error)).not.toContain(other.url);
    expect(other.requests).toHaveLength(0);
    expect(server.requests).toHaveLength(1);
  });

  it('stops after 20 redirects, and refuses a Location that is not http(s)', async () => {
    server.handle((_req, res) => res.writeHead(307, { location: '/again' }).end());
    await expect(api().call(GET)).rejects.toMatchObject({ name: 'RedirectError', message: 'GET /things: redirect not followed: more than 20 redirects (HTTP 307)' });
    expect(server.requests).toHaveLength(21);
    server.handle((_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
    await expect(api().call(GET)).rejects.toMatchObject({ name: 'RedirectError', message: 'GET /things: redirect not followed: the Location is not http(s) (HTTP 302)' });
  });

  it("treats a crossOriginRedirects value other than 'strip' as 'error' (a typo must not loosen it)", () => {
    expect(new Configuration().crossOriginRedirects).toBe('strip');
    expect(new Configuration({ crossOriginRedirects: 'follow' as never }).crossOriginRedirects).toBe('error');
  });

  it('hands a 3xx without a Location to the caller as an ApiError', async () => {
    server.handle((_req, res) => res.writeHead(304).end());
    await expect(api().call(GET)).rejects.toMatchObject({ name: 'ApiError', status: 304 });
  });
});

describe('values that would inject header lines', () => {
  const INJECTION = 'Secret-9\r\nX-Injected: yes';

  it.each<[string, ConfigurationParameters, OperationCall, string]>([
    ['an access token', { accessToken: async () => INJECTION }, { ...GET, security: [[{ type: 'bearer', scheme: 'b' }]] }, 'the access token for scheme "b"'],
    ['a header API key', { apiKey: INJECTION }, { ...GET, security: [[{ type: 'apiKey', scheme: 'h', in: 'header', name: 'X-Key' }]] }, 'the API key for scheme "h"'],
    ['a query API key with a NUL', { apiKey: 'Secret-9\0' }, { ...GET, security: [[{ type: 'apiKey', scheme: 'q', in: 'query', name: 'k' }]] }, 'the API key for scheme "q"'],
    ['a cookie API key with a LF', { apiKey: 'Secret-9\n' }, { ...GET, security: [[{ type: 'apiKey', scheme: 'c', in: 'cookie', name: 'k' }]] }, 'the API key for scheme "c"'],
    ['a configured header', { headers: { 'X-Auth': INJECTION } }, GET, 'the value of header "X-Auth"'],
  ])('refuses %s before sending, naming it but never quoting it', async (_what, parameters, call, named) => {
    server.handle((_req, res) => json(res, 200, {}));
    const error = await api(parameters).call(call).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsafeValueError);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(`GET /things: ${named} contains a CR, LF or NUL character; nothing was sent`);
    expect(printed(error)).not.toContain('Secret-9');
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a per-call header the same way', async () => {
    const error = await api().call(GET, { headers: { 'X-Token': INJECTION } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsafeValueError);
    expect(printed(error)).not.toContain('Secret-9');
    expect(server.requests).toHaveLength(0);
  });
});
