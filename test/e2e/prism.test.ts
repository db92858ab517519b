/**
 * The generated clients (generated/<spec>/typescript, imported as the TypeScript users get) against
 * Prism mocking each spec, with request validation on: every operation of every spec is called
 * the way a user would call it, and must come back with its documented shape. Prism refuses what
 * the spec does not allow, so a success also says the request was valid.
 *
 * The G4 calls go through a recording proxy, which shows the bearer token and x-g4-tenant on the
 * wire whatever Prism makes of them; Prism's 401 without a token shows that the token matters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as g4 from '../../generated/g4-sessions/typescript/src/index.js';
import * as looker3 from '../../generated/looker-3.0/typescript/src/index.js';
import * as looker4 from '../../generated/looker-4.0/typescript/src/index.js';
import { startRecordingProxy, type RecordedRequest, type RecordingProxy } from './http.js';
import { apiOperations, generatedPackages, packageOf } from './packages.js';
import { usePrisms } from './prism.js';
import { apiSession3, apiSession4, authenticatedSessionResponse, getSessionResponse, validationError } from './shapes.js';

type Constructor = abstract new (...args: never[]) => unknown;

const packages = await generatedPackages();
const prismFor = usePrisms(packages);

it('covers every spec that has a TypeScript client', () => {
  expect(packages.map((p) => p.spec)).toEqual(['looker-3.0', 'looker-4.0', 'g4-sessions']);
});

// ---------------------------------------------------------------------------------------------
// Looker 3.0 and 4.0: no security; the body of update_session is validated by Prism.

interface LookerSessionApi {
  session(): Promise<unknown>;
  sessionRaw(): Promise<{ data: unknown; status: number; headers: Headers }>;
  updateSession(request: { body: { workspace_id?: string } }): Promise<unknown>;
  updateSessionRaw(request: { body: { workspace_id?: string } }): Promise<{ data: unknown; status: number; headers: Headers }>;
}

interface LookerClient {
  readonly module: object;
  readonly BaseApi: Constructor;
  readonly ApiError: Constructor;
  readonly isUpdateSessionError: (error: unknown) => boolean;
  readonly sessionApi: (basePath: string) => LookerSessionApi;
  readonly apiSession: Record<string, unknown>;
}

const lookers: Record<'looker-3.0' | 'looker-4.0', LookerClient> = {
  'looker-3.0': {
    module: looker3,
    BaseApi: looker3.BaseApi,
    ApiError: looker3.ApiError,
    isUpdateSessionError: looker3.isUpdateSessionError,
    sessionApi: (basePath) => new looker3.SessionApi(new looker3.Configuration({ basePath, retry: { maxAttempts: 1 } })),
    apiSession: apiSession3,
  },
  'looker-4.0': {
    module: looker4,
    BaseApi: looker4.BaseApi,
    ApiError: looker4.ApiError,
    isUpdateSessionError: looker4.isUpdateSessionError,
    sessionApi: (basePath) => new looker4.SessionApi(new looker4.Configuration({ basePath, retry: { maxAttempts: 1 } })),
    apiSession: apiSession4,
  },
};

describe.each(Object.entries(lookers))('%s against Prism', (spec, client) => {
  const api = (): LookerSessionApi => client.sessionApi(prismFor(spec).url);
  const operations: Record<string, () => Promise<unknown>> = {
    'SessionApi.session': () => api().session(),
    'SessionApi.sessionRaw': async () => (await api().sessionRaw()).data,
    'SessionApi.updateSession': () => api().updateSession({ body: { workspace_id: 'dev' } }),
    'SessionApi.updateSessionRaw': async () => (await api().updateSessionRaw({ body: { workspace_id: 'dev' } })).data,
  };

  it('calls every operation the package has', () => {
    expect(packageOf(packages, spec).packageName).toMatch(/^looker-api-v[34]$/);
    expect(apiOperations(client.module, client.BaseApi)).toEqual(Object.keys(operations).sort());
  });

  it.each(Object.entries(operations))('%s returns an ApiSession', async (_name, call) => {
    expect(await call()).toEqual(client.apiSession);
  });

  it('gives the status and headers of a success from the Raw variant', async () => {
    const raw = await api().sessionRaw();
    expect(raw.status).toBe(200);
    expect(raw.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('gets a typed 422 with the ValidationError body for a body Prism rejects', async () => {
    const invalid = { workspace_id: 5 } as unknown as { workspace_id: string };
    const error: unknown = await api()
      .updateSession({ body: invalid })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(client.ApiError);
    expect(client.isUpdateSessionError(error)).toBe(true);
    expect(error).toMatchObject({ status: 422, method: 'PATCH', path: '/session', body: validationError });
    expect((error as { headers: Headers }).headers.get('sl-violations')).toContain('workspace_id must be string');
  });
});

// ---------------------------------------------------------------------------------------------
// G4 Sessions: every operation needs the bearer token and the x-g4-tenant header.

const TOKEN = 'e2e-token-7Hq2';
const TENANT = 'e2e-tenant';

describe('g4-sessions against Prism', () => {
  let proxy: RecordingProxy;
  beforeAll(async () => {
    proxy = await startRecordingProxy(prismFor('g4-sessions').url);
  });
  afterAll(() => proxy?.close());

  const sessions = (parameters: g4.ConfigurationParameters = {}): g4.SessionsApi =>
    new g4.SessionsApi(new g4.Configuration({ basePath: proxy.url, accessToken: TOKEN, retry: { maxAttempts: 1 }, ...parameters }));

  /** Calls through the proxy and returns the result (or error) and the one request that went out. */
  async function traced(call: () => Promise<unknown>): Promise<{ outcome: unknown; sent: RecordedRequest }> {
    const before = proxy.requests.length;
    const outcome = await call().catch((e: unknown) => e);
    const sent = proxy.requests.slice(before);
    expect(sent).toHaveLength(1);
    return { outcome, sent: sent[0] as RecordedRequest };
  }

  interface G4Operation {
    readonly call: (api: g4.SessionsApi) => Promise<unknown>;
    /** Method and URL on the wire. */
    readonly request: string;
    readonly result: unknown;
  }

  const createSession = (api: g4.SessionsApi): Promise<unknown> =>
    api.sessionPost({
      xG4Tenant: TENANT,
      xG4Application: 'e2e-app',
      createSessionRequest: { username: 'user@microsearch.net', password: 'password123', timeout: 60 },
    });

  const operations: Record<string, G4Operation> = {
    'SessionsApi.sessionPost': {
      call: createSession,
      request: 'POST /session',
      result: authenticatedSessionResponse,
    },
    'SessionsApi.sessionIdGet': {
      call: (api) => api.sessionIdGet({ xG4Tenant: TENANT, id: 's-1' }),
      request: 'GET /session/s-1',
      result: getSessionResponse,
    },
    'SessionsApi.sessionIdPut': {
      call: (api) => api.sessionIdPut({ xG4Tenant: TENANT, id: 's-1', body: { theme: 'dark' } }),
      request: 'PUT /session/s-1',
      result: undefined,
    },
    'SessionsApi.sessionIdDelete': {
      call: (api) => api.sessionIdDelete({ xG4Tenant: TENANT, id: 's-1' }),
      request: 'DELETE /session/s-1',
      result: undefined,
    },
    'SessionsApi.staticSessionIdGet': {
      call: (api) => api.staticSessionIdGet({ xG4Tenant: TENANT, id: 's-1' }),
      request: 'GET /static-session/s-1',
      result: getSessionResponse,
    },
    // The Raw variants: the same request, the same body as `data`.
    'SessionsApi.sessionPostRaw': {
      call: async (api) =>
        (
          await api.sessionPostRaw({
            xG4Tenant: TENANT,
            xG4Application: 'e2e-app',
            createSessionRequest: { username: 'user@microsearch.net', password: 'password123', timeout: 60 },
          })
        ).data,
      request: 'POST /session',
      result: authenticatedSessionResponse,
    },
    'SessionsApi.sessionIdGetRaw': {
      call: async (api) => (await api.sessionIdGetRaw({ xG4Tenant: TENANT, id: 's-1' })).data,
      request: 'GET /session/s-1',
      result: getSessionResponse,
    },
    'SessionsApi.sessionIdPutRaw': {
      call: async (api) => (await api.sessionIdPutRaw({ xG4Tenant: TENANT, id: 's-1', body: { theme: 'dark' } })).data,
      request: 'PUT /session/s-1',
      result: undefined,
    },
    'SessionsApi.sessionIdDeleteRaw': {
      call: async (api) => (await api.sessionIdDeleteRaw({ xG4Tenant: TENANT, id: 's-1' })).data,
      request: 'DELETE /session/s-1',
      result: undefined,
    },
    'SessionsApi.staticSessionIdGetRaw': {
      call: async (api) => (await api.staticSessionIdGetRaw({ xG4Tenant: TENANT, id: 's-1' })).data,
      request: 'GET /static-session/s-1',
      result: getSessionResponse,
    },
  };

  it('calls every operation the package has', () => {
    expect(packageOf(packages, 'g4-sessions').packageName).toBe('g4-sessions-client');
    expect(apiOperations(g4, g4.BaseApi)).toEqual(Object.keys(operations).sort());
  });

  it.each(Object.entries(operations))('%s succeeds with its documented result and sends token and tenant', async (_name, op) => {
    const { outcome, sent } = await traced(() => op.call(sessions()));
    expect(outcome).toEqual(op.result);
    expect(`${sent.method} ${sent.url}`).toBe(op.request);
    expect(sent.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'x-g4-tenant': TENANT });
  });

  // Checked on the wire: Prism 5.14 does not validate this body at all (CreateSessionRequest.data,
  // `nullable: true` without a type, turns its body validation off; a body missing `password` passes).
  it('sends the create-session body as JSON with the optional application header', async () => {
    const { sent } = await traced(() => createSession(sessions()));
    expect(sent.headers).toMatchObject({ 'content-type': 'application/json', 'x-g4-application': 'e2e-app' });
    expect(JSON.parse(sent.body)).toEqual({ username: 'user@microsearch.net', password: 'password123', timeout: 60 });
  });

  it.each(Object.entries(operations))('%s without a token is refused by Prism with 401', async (_name, op) => {
    const { outcome, sent } = await traced(() => op.call(sessions({ accessToken: undefined })));
    expect(sent.headers.authorization).toBeUndefined();
    expect(outcome).toBeInstanceOf(g4.ApiError);
    expect(outcome).toMatchObject({ status: 401 });
    expect((outcome as g4.ApiError).headers.get('www-authenticate')).toBe('Bearer');
  });

  it('Prism refuses a request without x-g4-tenant, so the successes above needed the header', async () => {
    const ask = (headers: Record<string, string>): Promise<Response> =>
      fetch(`${proxy.url}/session/s-1`, { headers: { authorization: `Bearer ${TOKEN}`, accept: 'application/json', ...headers } });
    const without = await ask({});
    await without.body?.cancel();
    expect(without.ok).toBe(false);
    expect(without.headers.get('sl-violations')).toContain("required property 'x-g4-tenant'");
    const withTenant = await ask({ 'x-g4-tenant': TENANT });
    expect(withTenant.status).toBe(200);
    expect(await withTenant.json()).toEqual(getSessionResponse);
  });
});
