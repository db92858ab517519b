/**
 * The runtime when things go wrong, against a real HTTP server: errors and what they reveal,
 * retries, timeouts and aborts.
 */
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Configuration, type ConfigurationParameters } from '../../../src/emit/typescript/runtime/configuration.js';
import { ApiError, NetworkError, TimeoutError } from '../../../src/emit/typescript/runtime/errors.js';
import { API_KEY, FAST_RETRY, GET, type TestApi, testApi, TOKEN } from './runtime-harness.js';
import { json, startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const api = (parameters: ConfigurationParameters = {}): TestApi => testApi(server, parameters);

describe('errors', () => {
  it('throws ApiError with status, headers and parsed body, and no secret in it', async () => {
    server.handle((_req, res) => json(res, 404, { title: 'not found' }, { 'x-request-id': 'r1' }));
    const error = await api({ accessToken: TOKEN, apiKey: API_KEY })
      .call({
        ...GET,
        path: '/things/{id}',
        parameters: [{ in: 'path', name: 'id', value: 7 }],
        security: [[{ type: 'bearer', scheme: 'b' }, { type: 'apiKey', scheme: 'q', in: 'query', name: 'k' }]],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, statusText: 'Not Found', body: { title: 'not found' }, method: 'GET', path: '/things/{id}' });
    expect((error as ApiError).headers.get('x-request-id')).toBe('r1');
    expect((error as ApiError).message).toBe('GET /things/{id} failed: HTTP 404 Not Found');
    const printed = `${inspect(error, { depth: 10 })}${JSON.stringify(error)}`;
    expect(printed).not.toContain(TOKEN);
    expect(printed).not.toContain(encodeURIComponent(API_KEY));
  });

  it('keeps a non-JSON error body as text', async () => {
    server.handle((_req, res) => res.writeHead(400, { 'content-type': 'text/plain' }).end('bad input'));
    await expect(api().call(GET)).rejects.toMatchObject({ status: 400, body: 'bad input' });
  });

  it('scrubs secrets from a fetch failure that quotes the URL', async () => {
    const fetchApi = async (input: string): Promise<Response> => {
      throw new TypeError(`Failed to fetch ${input}`, { cause: new Error(`while calling ${input}`) });
    };
    const error = await api({ apiKey: API_KEY, fetchApi, retry: { maxAttempts: 1 } })
      .call({ ...GET, security: [[{ type: 'apiKey', scheme: 'q', in: 'query', name: 'k' }]] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    const printed = inspect(error, { depth: 10 });
    expect(printed).toContain('Failed to fetch');
    expect(printed).toContain('[REDACTED]');
    expect(printed).not.toContain(encodeURIComponent(API_KEY));
  });

  it('never shows credentials when a Configuration is logged', () => {
    const configuration = new Configuration({ accessToken: TOKEN, apiKey: API_KEY, username: 'u', password: 'hunter2' });
    const printed = `${inspect(configuration, { depth: 10, showHidden: true })}${JSON.stringify(configuration)}`;
    for (const secret of [TOKEN, API_KEY, 'hunter2']) expect(printed).not.toContain(secret);
  });
});

describe('retries', () => {
  it('retries an idempotent call on 503, 429 and 408 until it succeeds', async () => {
    const statuses = [503, 429, 200];
    server.handle((_req, res, index) => json(res, statuses[index] ?? 500, { attempt: index + 1 }));
    expect(await api().call(GET)).toEqual({ attempt: 3 });
    expect(server.requests).toHaveLength(3);
  });

  it('stops after maxAttempts and throws the last ApiError', async () => {
    server.handle((_req, res) => json(res, 502, { bad: 'gateway' }));
    await expect(api({ retry: { ...FAST_RETRY, maxAttempts: 2 } }).call({ ...GET, method: 'PUT' })).rejects.toMatchObject({ status: 502 });
    expect(server.requests).toHaveLength(2);
  });

  it.each(['POST', 'PATCH'] as const)('never retries %s', async (method) => {
    server.handle((_req, res) => json(res, 503, {}));
    await expect(api().call({ ...GET, method })).rejects.toBeInstanceOf(ApiError);
    expect(server.requests).toHaveLength(1);
  });

  it.each([400, 401, 404, 409, 422])('does not retry %i', async (status) => {
    server.handle((_req, res) => json(res, status, {}));
    await expect(api().call(GET)).rejects.toMatchObject({ status });
    expect(server.requests).toHaveLength(1);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    const past = new Date(Date.now() - 60_000).toUTCString();
    const answers: { status: number; headers: Record<string, string> }[] = [
      { status: 429, headers: { 'retry-after': '0' } },
      { status: 503, headers: { 'retry-after': past } },
      { status: 200, headers: {} },
    ];
    server.handle((_req, res, index) => json(res, answers[index]?.status ?? 500, {}, answers[index]?.headers));
    await api({ retry: { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 60_000 } }).call(GET);
    expect(server.requests).toHaveLength(3);
  });

  it('gives up at once when Retry-After asks for longer than maxDelayMs', async () => {
    // Waiting the 120 s would overrun the test's timeout; waiting less would send a second request.
    server.handle((_req, res) => json(res, 503, {}, { 'retry-after': '120' }));
    await expect(api().call(GET)).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });

  it('retries network errors, then throws NetworkError', async () => {
    // The connection is cut without an answer.
    server.handle((_req, res) => res.socket?.destroy());
    const error = await api().call(GET).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toBe('GET /things: request failed');
    expect(server.requests).toHaveLength(3);
  });
});

describe('timeouts and aborts', () => {
  it('times out an attempt, retries it, then throws TimeoutError', async () => {
    server.handle((_req, res) => setTimeout(() => json(res, 200, {}), 1000).unref());
    const error = await api({ timeoutMs: 50, retry: { ...FAST_RETRY, maxAttempts: 2 } }).call(GET).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 50, message: 'GET /things: no response within 50 ms' });
    expect(server.requests).toHaveLength(2);
  });

  it('lets a per-call timeout override the configured one', async () => {
    server.handle((_req, res) => setTimeout(() => json(res, 200, { late: true }), 150).unref());
    expect(await api({ timeoutMs: 20 }).call(GET, { timeoutMs: 0 })).toEqual({ late: true });
  });

  it('stops a call in flight when the signal aborts, with the signal reason and no retry', async () => {
    server.handle((_req, res) => setTimeout(() => json(res, 200, {}), 2000).unref());
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user gave up')), 50);
    await expect(api().call(GET, { signal: controller.signal })).rejects.toThrow('user gave up');
    expect(server.requests).toHaveLength(1);
  });

  it('stops a pending retry wait when the signal aborts', async () => {
    // The wait is an hour: only the abort can end it within the test's timeout.
    const controller = new AbortController();
    server.handle((_req, res) => {
      json(res, 503, {}, { 'retry-after': '3600' });
      setTimeout(() => controller.abort(), 50);
    });
    const error = await api({ retry: { maxAttempts: 3, maxDelayMs: 3_600_000 } })
      .call(GET, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(1);
  });

  it('turns AbortSignal.timeout() firing in flight into TimeoutError, with the DOMException as cause and no retry', async () => {
    server.handle((_req, res) => setTimeout(() => json(res, 200, {}), 2000).unref());
    const error = await api().call(GET, { signal: AbortSignal.timeout(50) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ timeoutMs: undefined, message: "GET /things: the caller's signal timed out", method: 'GET' });
    expect((error as TimeoutError).cause).toMatchObject({ name: 'TimeoutError' });
    expect(server.requests).toHaveLength(1);
  });

  it('turns AbortSignal.timeout() firing during a retry wait into TimeoutError', async () => {
    server.handle((_req, res) => json(res, 503, {}, { 'retry-after': '20' }));
    const error = await api({ retry: { maxAttempts: 3, maxDelayMs: 60_000 } })
      .call(GET, { signal: AbortSignal.timeout(100) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it('does not start when the signal is already aborted', async () => {
    server.handle((_req, res) => json(res, 200, {}));
    await expect(api().call(GET, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });
});
