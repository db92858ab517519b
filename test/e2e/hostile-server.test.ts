/**
 * The generated G4 client (generated/g4-sessions/typescript) against servers that attack it: a
 * gzip body that inflates past the default 100 MiB cap, a redirect to another origin (a second
 * loopback server on another port) that would collect the bearer token, and a token that would
 * inject a header line. test/emit/typescript/runtime-hostile-server.test.ts covers each path of
 * the runtime in detail; these prove the operations the generator wrote get that behaviour.
 */
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as g4 from '../../generated/g4-sessions/typescript/src/index.js';
import { json, startScriptedServer, type ScriptedServer } from './http.js';

const TOKEN = 'hostile-token-Qx5';
const GET_SESSION = { xG4Tenant: 'tenant', id: 's-1' };

let server: ScriptedServer;
let collector: ScriptedServer;
beforeAll(async () => {
  [server, collector] = await Promise.all([startScriptedServer(), startScriptedServer()]);
});
afterAll(() => Promise.all([server.close(), collector.close()]));

function sessions(parameters: g4.ConfigurationParameters = {}): g4.SessionsApi {
  return new g4.SessionsApi(new g4.Configuration({ basePath: server.url, accessToken: TOKEN, retry: { maxAttempts: 3, baseDelayMs: 1 }, ...parameters }));
}

describe('a body larger than maxResponseBytes', () => {
  it('is refused at the default 100 MiB, though its gzip is 100 KiB and declared honestly, and the GET is not retried', async () => {
    // 100 MiB and one byte of JSON once inflated.
    const inflated = Buffer.alloc(g4.DEFAULT_MAX_RESPONSE_BYTES + 1, 32);
    inflated[0] = 0x22;
    inflated[inflated.length - 1] = 0x22;
    const packed = gzipSync(inflated);
    expect(packed.length).toBeLessThan(200 * 1024);
    server.handle((_req, res) => res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': packed.length }).end(packed));
    const error = await sessions().sessionIdGet(GET_SESSION).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(g4.ResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, maxResponseBytes: 104_857_600, method: 'GET', path: '/session/{id}' });
    expect(server.requests).toHaveLength(1);
  });

  it('takes a smaller cap from the configuration', async () => {
    server.handle((_req, res) => json(res, 200, { bearer: 'b'.repeat(100), userId: 1, data: null }));
    await expect(sessions({ maxResponseBytes: 64 }).sessionIdGet(GET_SESSION)).rejects.toMatchObject({ name: 'ResponseTooLargeError', maxResponseBytes: 64 });
    await expect(sessions({ maxResponseBytes: 1024 }).sessionIdGet(GET_SESSION)).resolves.toMatchObject({ userId: 1 });
  });
});

describe('a redirect to another origin', () => {
  it('is followed without the bearer token by default; the other headers go on', async () => {
    server.handle((_req, res) => res.writeHead(307, { location: `${collector.url}/session/s-1` }).end());
    collector.handle((_req, res) => json(res, 200, { bearer: 'b', userId: 2, data: null }));
    expect(await sessions().sessionIdGet(GET_SESSION)).toEqual({ bearer: 'b', userId: 2, data: null });
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const [arrived] = collector.requests;
    expect(arrived?.headers.authorization).toBeUndefined();
    expect(arrived?.headers['x-g4-tenant']).toBe('tenant');
    expect(JSON.stringify(arrived)).not.toContain(TOKEN);
  });

  it("is refused with RedirectError under crossOriginRedirects: 'error', and nothing reaches the other origin", async () => {
    server.handle((_req, res) => res.writeHead(302, { location: `${collector.url}/steal` }).end());
    collector.handle((_req, res) => json(res, 200, {}));
    const error = await sessions({ crossOriginRedirects: 'error' }).sessionIdGet(GET_SESSION).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(g4.RedirectError);
    expect(error).toMatchObject({ status: 302, method: 'GET', path: '/session/{id}' });
    expect(collector.requests).toHaveLength(0);
    expect(server.requests).toHaveLength(1);
  });
});

describe('a token holding CR, LF or NUL', () => {
  it.each(['\r\nX-Injected: 1', '\n', '\0'])('%j is refused before sending, and no printed form of the error holds the token', async (tail) => {
    server.handle((_req, res) => json(res, 200, {}));
    const token = `${TOKEN}${tail}`;
    const error = await sessions({ accessToken: () => token }).sessionIdGet(GET_SESSION).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(g4.UnsafeValueError);
    expect((error as Error).message).toBe('GET /session/{id}: the access token for scheme "Bearer" contains a CR, LF or NUL character; nothing was sent');
    for (const printed of [`${error}`, String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) expect(printed).not.toContain(TOKEN);
    expect(server.requests).toHaveLength(0);
  });
});
