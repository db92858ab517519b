/**
 * Middleware (runtime/middleware.ts, exchange.ts) against a real HTTP server: `pre` replaces the
 * request, `post` the response, `onError` answers a request that got none; every hook runs on
 * every attempt, retries included, in list order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfigurationParameters } from '../../../src/emit/typescript/runtime/configuration.js';
import { ApiError, NetworkError } from '../../../src/emit/typescript/runtime/errors.js';
import type { Middleware } from '../../../src/emit/typescript/runtime/middleware.js';
import { GET, type TestApi, testApi, TOKEN } from './runtime-harness.js';
import { json, startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const api = (parameters: ConfigurationParameters = {}): TestApi => testApi(server, parameters);

describe('middleware', () => {
  it('runs pre, then post, of each middleware in list order, and pre may replace the request', async () => {
    server.handle((req, res) => json(res, 200, { url: req.url, trace: req.headers['x-trace'] }));
    const seen: string[] = [];
    const tracing: Middleware = {
      pre: ({ url, init }) => {
        seen.push('tracing.pre');
        const headers = new Headers(init.headers);
        headers.set('X-Trace', 't-1');
        return { url: `${url}?traced=1`, init: { ...init, headers } };
      },
      post: () => {
        seen.push('tracing.post');
      },
    };
    const logging: Middleware = {
      pre: ({ url }) => {
        seen.push(`logging.pre ${new URL(url).search}`);
      },
      post: ({ response }) => {
        seen.push(`logging.post ${response.status}`);
      },
    };
    const result = await api({ middleware: [tracing, logging] }).call(GET);
    expect(result).toEqual({ url: '/base/things?traced=1', trace: 't-1' });
    expect(seen).toEqual(['tracing.pre', 'logging.pre ?traced=1', 'tracing.post', 'logging.post 200']);
  });

  it('runs around every attempt, retries included, each with a fresh copy of the headers', async () => {
    server.handle((req, res, index) => (index < 2 ? json(res, 503, {}) : json(res, 200, { hops: req.headers['x-hop'] })));
    const attempts: number[] = [];
    const statuses: number[] = [];
    const counting: Middleware = {
      pre: ({ init, attempt }) => {
        attempts.push(attempt);
        // Appended, not set: a header left over from an earlier attempt would show up twice.
        (init.headers as Headers).append('X-Hop', String(attempt));
      },
      post: ({ response }) => {
        statuses.push(response.status);
      },
    };
    expect(await api({ middleware: [counting] }).call(GET)).toEqual({ hops: '3' });
    expect(attempts).toEqual([1, 2, 3]);
    expect(statuses).toEqual([503, 503, 200]);
    expect(server.requests.map((r) => r.headers['x-hop'])).toEqual(['1', '2', '3']);
  });

  it('lets post replace the response: a token refresh that repeats the request after a 401', async () => {
    let token = 'expired';
    server.handle((req, res) =>
      req.headers.authorization === 'Bearer fresh' ? json(res, 200, { ok: true }) : json(res, 401, { title: 'token expired' }),
    );
    const refresh: Middleware = {
      post: async ({ response, url, init, fetch }) => {
        if (response.status !== 401) return undefined;
        await response.body?.cancel();
        token = 'fresh';
        const headers = new Headers(init.headers);
        headers.set('Authorization', `Bearer ${token}`);
        return fetch(url, { ...init, headers });
      },
    };
    const client = api({ accessToken: () => token, middleware: [refresh] });
    const call = { ...GET, security: [[{ type: 'bearer' as const, scheme: 'b' }]] };
    expect(await client.call(call)).toEqual({ ok: true });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer expired', 'Bearer fresh']);
  });

  it('lets onError answer a request that got no response, and is told what failed', async () => {
    const failing = async (): Promise<Response> => {
      throw new TypeError('connection refused');
    };
    const errors: unknown[] = [];
    const fallback: Middleware = {
      onError: ({ error }) => {
        errors.push(error);
        return new Response(JSON.stringify({ cached: true }), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    };
    expect(await api({ fetchApi: failing, middleware: [fallback] }).call(GET)).toEqual({ cached: true });
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('connection refused');
  });

  it('leaves a network error to the retries when no onError answers it', async () => {
    let calls = 0;
    const failing = async (): Promise<Response> => {
      calls += 1;
      throw new TypeError('connection refused');
    };
    const seen: number[] = [];
    const watching: Middleware = { onError: ({ attempt }) => void seen.push(attempt) };
    await expect(api({ fetchApi: failing, middleware: [watching] }).call(GET)).rejects.toBeInstanceOf(NetworkError);
    expect(calls).toBe(3);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('sends what a post hook returns through the status check: an error status it returns is an ApiError', async () => {
    server.handle((_req, res) => json(res, 200, { ok: true }));
    const denying: Middleware = { post: () => new Response('{"title":"denied by policy"}', { status: 403, headers: { 'content-type': 'application/json' } }) };
    await expect(api({ middleware: [denying] }).call(GET)).rejects.toMatchObject({ status: 403, body: { title: 'denied by policy' } });
    await expect(api({ middleware: [denying] }).call(GET)).rejects.toBeInstanceOf(ApiError);
  });

  it('ends the call with what a hook throws, unchanged and not retried', async () => {
    server.handle((_req, res) => json(res, 200, {}));
    const broken = new RangeError('hook failed');
    const throwing: Middleware = {
      pre: () => {
        throw broken;
      },
    };
    await expect(api({ middleware: [throwing] }).call(GET)).rejects.toBe(broken);
    expect(server.requests).toHaveLength(0);
  });

  it('does not let a hook take the credentials across origins: redirects are still checked after pre', async () => {
    const other = await startServer();
    try {
      other.handle((_req, res) => json(res, 200, { ok: true }));
      server.handle((_req, res) => res.writeHead(302, { location: `${other.url}/landing` }).end());
      const tagging: Middleware = { pre: () => undefined };
      const call = { ...GET, security: [[{ type: 'bearer' as const, scheme: 'b' }]] };
      expect(await api({ accessToken: TOKEN, middleware: [tagging] }).call(call)).toEqual({ ok: true });
      expect(other.requests[0]?.headers.authorization).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});
