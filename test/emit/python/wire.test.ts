/**
 * The generated Python packages on the wire (py/wire_calls.py makes the calls):
 * - every operation of the three specs against Prism with request validation on, the answers
 *   decoded into the documented models, and the G4 calls seen through a recording proxy (token,
 *   tenant header, path and body as sent);
 * - against a scripted server: error bodies decoded into the models the spec declares for their
 *   status (ApiException.data), an undeclared status, a timeout, and the Authorization header
 *   present only when a token is configured.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerLater, json, startRecordingProxy, startScriptedServer, type ScriptedServer } from '../../e2e/http.js';
import { usePrisms } from '../../e2e/prism.js';
import { packageCopy, PY_HELPERS, pythonPackages, runPython, shown } from './venv.js';

const packages = await pythonPackages();
const prismFor = usePrisms(packages);

interface Model {
  readonly $model: string;
  readonly fields: Record<string, unknown>;
}

interface Outcome {
  readonly type?: string;
  readonly value?: unknown;
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly error?: { status: number; reason: string; body: string | null; data_type: string; data: unknown };
}

interface Call {
  readonly api: string;
  readonly method: string;
  readonly args?: readonly unknown[];
  readonly kwargs?: Record<string, unknown>;
}

const copies = new Map<string, string>();

/** Makes the calls with the spec's package (one copy per spec) and returns one outcome per call. */
async function call(spec: string, host: string, calls: readonly Call[], accessToken = ''): Promise<Outcome[]> {
  const pkg = packages.find((p) => p.spec === spec);
  if (pkg === undefined) throw new Error(`no python package for ${spec} in sdkgen.config.yaml`);
  const dir = copies.get(spec) ?? packageCopy(pkg);
  copies.set(spec, dir);
  const request = JSON.stringify({ host, access_token: accessToken, calls });
  const result = await runPython([join(PY_HELPERS, 'wire_calls.py'), dir, pkg.packageName, request], dir);
  expect(result.code, shown(result)).toBe(0);
  const outcomes = JSON.parse(result.stdout) as Outcome[];
  expect(outcomes).toHaveLength(calls.length);
  return outcomes;
}

const model = ($model: string, fields: Record<string, unknown>): Model => ({ $model, fields });
const fieldsOf = (value: unknown): Record<string, unknown> => (value as Model).fields;

describe.each(['looker-3.0', 'looker-4.0'])('%s against Prism', (spec) => {
  it('calls session and update_session; both answers are ApiSession models', async () => {
    const outcomes = await call(spec, prismFor(spec).url, [
      { api: 'SessionApi', method: 'session' },
      { api: 'SessionApi', method: 'update_session', args: [model('ApiSession', { workspace_id: 'dev' })] },
    ]);
    for (const outcome of outcomes) {
      expect(outcome.error).toBeUndefined();
      expect(outcome).toMatchObject({ type: 'ApiSession', status: 200, value: { $model: 'ApiSession' } });
      expect(fieldsOf(outcome.value)['workspace_id']).toEqual(expect.any(String));
    }
  });

  it('a body Prism refuses (workspace_id not a string) is a 422 decoded into ValidationError', async () => {
    const [refused] = await call(spec, prismFor(spec).url, [{ api: 'SessionApi', method: 'update_session', args: [model('ApiSession', { workspace_id: 5 })] }]);
    expect(refused?.error).toMatchObject({ status: 422, data_type: 'ValidationError' });
  });
});

describe('g4-sessions against Prism, through a recording proxy', () => {
  const TOKEN = 'py-token-Q4';
  const calls: Call[] = [
    { api: 'SessionsApi', method: 'session_post', args: ['acme', model('CreateSessionRequest', { username: 'u', password: 'p' })], kwargs: { x_g4_application: 'app' } },
    { api: 'SessionsApi', method: 'session_id_get', args: ['acme', 's 1/x'] },
    { api: 'SessionsApi', method: 'session_id_put', args: ['acme', 's-1'], kwargs: { body: { theme: 'dark' } } },
    { api: 'SessionsApi', method: 'session_id_delete', args: ['acme', 's-1'] },
    { api: 'SessionsApi', method: 'static_session_id_get', args: ['acme', 's-1'] },
  ];

  it('every operation succeeds with its documented return type, and sends what the spec asks', async () => {
    const proxy = await startRecordingProxy(prismFor('g4-sessions').url);
    try {
      const outcomes = await call('g4-sessions', proxy.url, calls, TOKEN);
      expect(outcomes.map((o) => o.error ?? `${o.status} ${o.type}`)).toEqual([
        '200 AuthenticatedSessionResponse',
        '200 GetSessionResponse',
        '200 NoneType',
        '200 NoneType',
        '200 GetSessionResponse',
      ]);
      expect(fieldsOf(outcomes[0]?.value)).toMatchObject({ valid_credentials: expect.any(Boolean), session_id: expect.any(String) });
      const sent = proxy.requests.map((r) => ({ method: r.method, url: r.url, tenant: r.headers['x-g4-tenant'], auth: r.headers.authorization }));
      expect(sent).toEqual([
        { method: 'POST', url: '/session', tenant: 'acme', auth: `Bearer ${TOKEN}` },
        { method: 'GET', url: '/session/s%201%2Fx', tenant: 'acme', auth: `Bearer ${TOKEN}` },
        { method: 'PUT', url: '/session/s-1', tenant: 'acme', auth: `Bearer ${TOKEN}` },
        { method: 'DELETE', url: '/session/s-1', tenant: 'acme', auth: `Bearer ${TOKEN}` },
        { method: 'GET', url: '/static-session/s-1', tenant: 'acme', auth: `Bearer ${TOKEN}` },
      ]);
      expect(proxy.requests[0]?.headers['x-g4-application']).toBe('app');
      expect(JSON.parse(proxy.requests[0]?.body ?? '')).toEqual({ username: 'u', password: 'p' });
      expect(JSON.parse(proxy.requests[2]?.body ?? '')).toEqual({ theme: 'dark' });
    } finally {
      await proxy.close();
    }
  });

  it('without a token Prism answers 401, an ApiException (no model declared for it)', async () => {
    const [denied] = await call('g4-sessions', prismFor('g4-sessions').url, [calls[1] as Call]);
    expect(denied?.error).toMatchObject({ status: 401, data_type: 'NoneType', data: null });
  });
});

describe('against a faulty server', () => {
  let server: ScriptedServer;
  beforeAll(async () => {
    server = await startScriptedServer();
  });
  afterAll(() => server.close());

  it('error bodies are decoded into the models declared for their status', async () => {
    server.handle((req, res) => {
      if (req.method === 'GET') json(res, 404, { message: 'no session', documentation_url: 'https://docs.example/404' });
      else json(res, 422, { message: 'bad', errors: [{ field: 'workspace_id', code: 'invalid', message: 'no such workspace' }], documentation_url: 'u' });
    });
    const [missing, invalid] = await call('looker-3.0', server.url, [
      { api: 'SessionApi', method: 'session' },
      { api: 'SessionApi', method: 'update_session', args: [model('ApiSession', { workspace_id: 'nope' })] },
    ]);
    expect(missing?.error).toMatchObject({ status: 404, data_type: 'Error', data: model('Error', { message: 'no session', documentation_url: 'https://docs.example/404' }) });
    expect(invalid?.error).toMatchObject({
      status: 422,
      data_type: 'ValidationError',
      data: model('ValidationError', {
        message: 'bad',
        errors: [model('ValidationErrorDetail', { field: 'workspace_id', code: 'invalid', message: 'no such workspace' })],
        documentation_url: 'u',
      }),
    });

    server.handle((_req, res) => json(res, 400, { type: 't', title: 'Bad tenant', status: 400, detail: 'd', instance: null }));
    const [problem] = await call('g4-sessions', server.url, [{ api: 'SessionsApi', method: 'session_id_get', args: ['acme', 's-1'] }]);
    expect(problem?.error).toMatchObject({ status: 400, data_type: 'ProblemDetails', data: { fields: { title: 'Bad tenant', status: 400 } } });
  });

  it('an undeclared status or a body that is not JSON leaves data None and keeps the text', async () => {
    server.handle((req, res) => {
      if (req.method === 'GET') res.writeHead(503, { 'content-type': 'text/plain' }).end('down for maintenance');
      else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>not here</h1>');
    });
    const [down, html] = await call('looker-3.0', server.url, [
      { api: 'SessionApi', method: 'session' },
      { api: 'SessionApi', method: 'update_session', args: [model('ApiSession', {})] },
    ]);
    expect(down?.error).toMatchObject({ status: 503, data_type: 'NoneType', body: 'down for maintenance' });
    // 404 declares Error, but text that is not JSON is not made into one.
    expect(html?.error).toMatchObject({ status: 404, data_type: 'NoneType', body: '<h1>not here</h1>' });
    // An empty model is still a body (2.2.2 sent nothing for `{}`).
    expect(server.requests.find((r) => r.method === 'PATCH')?.body).toBe('{}');
  });

  it('_request_timeout ends a call the server never answers with ApiException status 0', async () => {
    let hungUp = false;
    server.handle((_req, res) => {
      res.once('close', () => {
        hungUp = true;
      });
      answerLater(res, 60_000, () => json(res, 200, {}));
    });
    const [late] = await call('g4-sessions', server.url, [
      { api: 'SessionsApi', method: 'session_post', args: ['acme', model('CreateSessionRequest', { username: 'u', password: 'p' })], kwargs: { _request_timeout: 0.5 } },
    ]);
    expect(late?.error).toMatchObject({ status: 0 });
    expect(late?.error?.reason).toMatch(/ReadTimeoutError|timed out/);
    // POST is not retried: one request, and the client hung up on it.
    expect(server.requests).toHaveLength(1);
    expect(hungUp).toBe(true);
  });

  it('sends Authorization: Bearer only when an access token is configured', async () => {
    server.handle((_req, res) => json(res, 200, { bearer: 'b', userId: 1, data: null }));
    const get: Call = { api: 'SessionsApi', method: 'session_id_get', args: ['acme', 's-1'] };
    await call('g4-sessions', server.url, [get], 'fault-token');
    await call('g4-sessions', server.url, [get]);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer fault-token', undefined]);
  });
});
