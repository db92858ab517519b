/**
 * Generated API classes against a real HTTP server: the emitted package is written to a temporary
 * folder and imported as TypeScript, so this runs exactly the code users get.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitSpec, removeTemporary, writePackage } from './support.js';
import { json, startServer, type TestServer } from './server.js';

type Method = (request?: unknown, options?: unknown) => Promise<unknown>;
type ApiClass = new (configuration?: unknown) => Record<string, Method>;
interface ClientModule {
  readonly Configuration: new (parameters: Record<string, unknown>) => unknown;
  readonly ApiError: new (...args: never[]) => Error;
  readonly [name: string]: unknown;
}

let server: TestServer;
let g4: ClientModule;
let requests: ClientModule;

async function importPackage(spec: string): Promise<ClientModule> {
  const dir = writePackage(await emitSpec(spec), 'client');
  return (await import(`${dir}/src/index.ts`)) as ClientModule;
}

beforeAll(async () => {
  server = await startServer();
  g4 = await importPackage('specs/g4-sessions.yaml');
  requests = await importPackage('test/fixtures/typescript/requests.yaml');
});
afterAll(async () => {
  await server.close();
  removeTemporary();
});

function client(module: ClientModule, className: string, parameters: Record<string, unknown> = {}): Record<string, Method> {
  const Api = module[className] as ApiClass;
  return new Api(new module.Configuration({ basePath: server.url, retry: { baseDelayMs: 1 }, ...parameters }));
}

describe('G4 SessionsApi', () => {
  it('creates a session: tenant header, bearer token, JSON body, typed result', async () => {
    server.handle((_req, res) => json(res, 200, { validCredentials: true, bearer: 'b' }));
    const sessions = client(g4, 'SessionsApi', { accessToken: async () => 'tok' });
    const result = await sessions.sessionPost?.({
      xG4Tenant: 'acme',
      xG4Application: 'app',
      createSessionRequest: { username: 'u', password: 'p' },
    });
    expect(result).toEqual({ validCredentials: true, bearer: 'b' });
    const request = server.requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/session');
    expect(request?.headers).toMatchObject({
      'x-g4-tenant': 'acme',
      'x-g4-application': 'app',
      authorization: 'Bearer tok',
      'content-type': 'application/json',
      accept: 'application/json, text/json, text/plain',
    });
    expect(JSON.parse(request?.body.toString() ?? '')).toEqual({ username: 'u', password: 'p' });
  });

  it('gets, updates and deletes by id, encoding the id into the path', async () => {
    server.handle((req, res) => (req.method === 'GET' ? json(res, 200, { bearer: 'x', userId: 1, data: null }) : res.writeHead(200).end()));
    const sessions = client(g4, 'SessionsApi');
    expect(await sessions.sessionIdGet?.({ xG4Tenant: 't', id: 'a b/c' })).toEqual({ bearer: 'x', userId: 1, data: null });
    expect(await sessions.sessionIdPut?.({ xG4Tenant: 't', id: '1', body: { any: ['json'] } })).toBeUndefined();
    expect(await sessions.sessionIdDelete?.({ xG4Tenant: 't', id: '1' })).toBeUndefined();
    expect(await sessions.staticSessionIdGet?.({ xG4Tenant: 't', id: '2' })).toMatchObject({ bearer: 'x' });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /session/a%20b%2Fc',
      'PUT /session/1',
      'DELETE /session/1',
      'GET /static-session/2',
    ]);
    expect(server.requests[1]?.body.toString()).toBe('{"any":["json"]}');
  });

  it('throws the runtime ApiError for a 400 with the problem details', async () => {
    server.handle((_req, res) => json(res, 400, { title: 'Bad Request', status: 400 }));
    const error = await client(g4, 'SessionsApi').sessionIdGet?.({ xG4Tenant: 't', id: '1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(g4.ApiError);
    expect(error).toMatchObject({ status: 400, body: { title: 'Bad Request', status: 400 }, path: '/session/{id}' });
  });
});

describe('requests fixture', () => {
  it('serializes every parameter style the operation declares', async () => {
    server.handle((_req, res) => json(res, 200, [{ id: 1, name: 'n' }]));
    const items = client(requests, 'ItemsApi');
    const result = await items.listItems?.({
      id: 'i 1',
      labels: ['a', 'b'],
      matrix: { a: 'x' },
      tags: ['t1', 't2'],
      ids: [1, 2],
      words: ['w1', 'w2'],
      pipes: ['p1', 'p2'],
      filter: { color: 'red', size: 2 },
      xTrace: 'trace',
      session: 's',
    });
    expect(result).toEqual([{ id: 1, name: 'n' }]);
    const request = server.requests[0];
    expect(request?.url).toBe(
      '/items/i%201/.a.b/;matrix=a,x?tags=t1&tags=t2&ids=1,2&words=w1%20w2&pipes=p1|p2&filter[color]=red&filter[size]=2',
    );
    expect(request?.headers).toMatchObject({ 'x-trace': 'trace', cookie: 'session=s' });
  });

  it('sends text, form and multipart bodies and reads text and blob responses', async () => {
    server.handle((req, res) => {
      if (req.url === '/notes') res.writeHead(200, { 'content-type': 'text/plain' }).end(`echo ${req.body.toString()}`);
      else if (req.url === '/uploads') res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([9]));
      else res.writeHead(204).end();
    });
    const bodies = client(requests, 'BodiesApi');
    expect(await bodies.putNote?.({ body: 'hi' })).toBe('echo hi');
    expect(await bodies.postForm?.({ body: { name: 'n', tags: ['a', 'b'] } })).toBeUndefined();
    const blob = (await bodies.upload?.({ body: { file: new Blob(['data']), note: 'x' } })) as Blob;
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([9]);
    expect(server.requests[0]?.headers['content-type']).toBe('text/plain');
    expect(server.requests[1]?.body.toString()).toBe('name=n&tags=a&tags=b');
    expect(server.requests[2]?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('sends the credentials each operation asks for, and none where it asks for none', async () => {
    server.handle((_req, res) => res.writeHead(204).end());
    const auth = client(requests, 'AuthApi', {
      accessToken: (scheme: string, scopes: readonly string[]) => `${scheme}:${scopes.join('+')}`,
      username: 'user',
      password: 'pw',
      apiKey: (name: string) => `key-${name}`,
    });
    await auth.publicInfo?.();
    await auth.withBasic?.();
    await auth.withKeys?.();
    await auth.withOAuth?.();
    const [open, basic, keys, oauth] = server.requests;
    expect(open?.headers.authorization).toBeUndefined();
    expect(basic?.headers.authorization).toBe(`Basic ${Buffer.from('user:pw').toString('base64')}`);
    expect(keys?.url).toBe('/keys?api_key=key-api_key');
    expect(keys?.headers).toMatchObject({ 'x-api-key': 'key-X-API-Key', cookie: 'key=key-key' });
    expect(oauth?.headers.authorization).toBe('Bearer oauth:read+write');
  });
});
