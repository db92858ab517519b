/**
 * The generated G4 client (generated/g4-sessions/typescript, not the runtime on its own) against a
 * server that misbehaves on purpose: slow answers, 503, 429 with Retry-After, 500 to a POST, a
 * reset connection, and a caller who gives up. test/emit/typescript/runtime-failures.test.ts
 * covers the same runtime paths through a bare BaseApi subclass with hand-written operation
 * descriptions; these prove the operations the generator wrote get that behaviour.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as g4 from '../../generated/g4-sessions/typescript/src/index.js';
import { answerLater, json, startScriptedServer, type ScriptedServer } from './http.js';

const TOKEN = 'fault-token-Zr8';
const TENANT = 'fault-tenant';
const SESSION = { bearer: 'b', userId: 7, data: { theme: 'dark' } };
const GET_SESSION = { xG4Tenant: TENANT, id: 's-1' };
const CREATE_SESSION = { xG4Tenant: TENANT, createSessionRequest: { username: 'u', password: 'p' } };

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

/** Retries are fast unless a test says otherwise, so only Retry-After and timeouts take time. */
function sessions(parameters: g4.ConfigurationParameters = {}): g4.SessionsApi {
  return new g4.SessionsApi(
    new g4.Configuration({ basePath: server.url, accessToken: TOKEN, retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5_000 }, ...parameters }),
  );
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('timeouts', () => {
  it('a slow response hits the configured timeout and ends in TimeoutError', async () => {
    // The server would answer only after a minute: the client must be the one to hang up.
    let clientLeft!: Promise<boolean>;
    server.handle((_req, res) => {
      clientLeft = new Promise((resolve) => res.once('close', () => resolve(!res.writableEnded)));
      answerLater(res, 60_000, () => json(res, 200, SESSION));
    });
    const started = Date.now();
    const error = await sessions({ timeoutMs: 150, retry: { maxAttempts: 1 } })
      .sessionIdGet(GET_SESSION)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(g4.TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 150, message: 'GET /session/{id}: no response within 150 ms' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(await clientLeft, 'the client closed the request before any answer').toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('a per-call timeout overrides the configured one', async () => {
    server.handle((_req, res) => answerLater(res, 3_000, () => json(res, 200, SESSION)));
    const error = await sessions({ timeoutMs: 60_000, retry: { maxAttempts: 1 } })
      .sessionIdGet(GET_SESSION, { timeoutMs: 100 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError', timeoutMs: 100 });
  });
});

describe('retries', () => {
  it('503 then 200 is retried and succeeds, the retry carrying token and tenant again', async () => {
    server.handle((_req, res, index) => (index === 0 ? json(res, 503, { title: 'busy' }) : json(res, 200, SESSION)));
    expect(await sessions().sessionIdGet(GET_SESSION)).toEqual(SESSION);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /session/s-1', 'GET /session/s-1']);
    for (const request of server.requests) {
      expect(request.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'x-g4-tenant': TENANT });
    }
  });

  it('429 with Retry-After: 1 waits that long before retrying', async () => {
    server.handle((_req, res, index) => (index === 0 ? json(res, 429, {}, { 'retry-after': '1' }) : res.writeHead(200).end()));
    // The backoff alone would be at most 1 ms: any longer wait comes from Retry-After.
    await expect(sessions().sessionIdPut({ ...GET_SESSION, body: { theme: 'light' } })).resolves.toBeUndefined();
    const [first, second] = server.requests;
    expect(server.requests).toHaveLength(2);
    const gap = (second?.receivedAt ?? 0) - (first?.receivedAt ?? 0);
    expect(gap).toBeGreaterThanOrEqual(990);
    expect(second?.body).toBe('{"theme":"light"}');
  });

  it('a POST that gets a 500 is not retried (the same 500 to a GET is)', async () => {
    server.handle((_req, res) => json(res, 500, { title: 'boom' }));
    const error = await sessions().sessionPost(CREATE_SESSION).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(g4.ApiError);
    expect(error).toMatchObject({ status: 500, method: 'POST', path: '/session', body: { title: 'boom' } });
    await wait(50);
    expect(server.requests.map((r) => r.method)).toEqual(['POST']);

    server.handle((_req, res) => json(res, 500, { title: 'boom' }));
    await expect(sessions().sessionIdGet(GET_SESSION)).rejects.toMatchObject({ status: 500 });
    expect(server.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'GET']);
  });
});

describe('broken connections', () => {
  it('a reset connection surfaces as NetworkError with the reset as its cause, after the retries', async () => {
    // A TCP reset instead of an answer.
    server.handle((_req, res) => res.socket?.resetAndDestroy());
    const error = await sessions().sessionIdGet(GET_SESSION).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(g4.NetworkError);
    expect(error).not.toBeInstanceOf(g4.TimeoutError);
    expect(error).toMatchObject({ name: 'NetworkError', method: 'GET', path: '/session/{id}', message: 'GET /session/{id}: request failed' });
    expect(causeCodes(error)).toContain('ECONNRESET');
    expect(server.requests).toHaveLength(3);
  });
});

describe('aborts', () => {
  it('aborting stops a call in flight with the signal reason, and nothing is retried', async () => {
    const controller = new AbortController();
    const reason = new Error('user gave up');
    // The server would answer only after a minute: the abort must hang up before it does.
    let clientLeft!: Promise<boolean>;
    server.handle((_req, res) => {
      clientLeft = new Promise((resolve) => res.once('close', () => resolve(!res.writableEnded)));
      answerLater(res, 60_000, () => json(res, 200, SESSION));
      setTimeout(() => controller.abort(reason), 50);
    });
    const error = await sessions()
      .sessionIdGet(GET_SESSION, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(await clientLeft, 'the client closed the request before any answer').toBe(true);
    await wait(100);
    expect(server.requests).toHaveLength(1);
  });

  it('aborting during the wait for a retry stops the call at once, and the retry never goes out', async () => {
    const controller = new AbortController();
    // The retry is due in an hour: only the abort can settle the call within the test's timeout.
    server.handle((_req, res) => {
      json(res, 503, {}, { 'retry-after': '3600' });
      setTimeout(() => controller.abort(), 50);
    });
    const error = await sessions({ retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 3_600_000 } })
      .sessionIdDelete(GET_SESSION, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(1);
  });

  it('an already aborted signal sends nothing', async () => {
    server.handle((_req, res) => json(res, 200, SESSION));
    await expect(sessions().sessionIdGet(GET_SESSION, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });
});

/** The `code` of each error in a cause chain. */
function causeCodes(error: unknown): unknown[] {
  const codes: unknown[] = [];
  for (let e = error; e instanceof Error; e = e.cause) codes.push((e as { code?: unknown }).code);
  return codes;
}
