/**
 * The hostile-server case: the client sdkgen generates (through the CLI, built with tsc) for a spec
 * whose operation takes a bearer token and API keys in a header, the query and a cookie, called
 * against a server that redirects to another origin (a second loopback server), answers with a
 * body past the cap, or is sent credentials that would inject header lines. Safe: no credential
 * reaches the other origin, the long body ends in ResponseTooLargeError after one request, and a
 * CR/LF/NUL credential is refused before sending with an error that never quotes it.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../cli/run.js';
import { stubServer, type StubServer } from './server.js';
import { buildPackage, cli, removeRoots, tempRoot } from './support.js';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Keys', version: '1.0.0' },
  paths: {
    '/data': {
      get: {
        operationId: 'getData',
        tags: ['Data'],
        security: [{ bearer: [], header: [], query: [], cookie: [] }],
        responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer' },
      header: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
      query: { type: 'apiKey', in: 'query', name: 'api_key' },
      cookie: { type: 'apiKey', in: 'cookie', name: 'sid' },
    },
  },
};

type DataApi = { getData(request?: object): Promise<unknown> };
let client: Record<string, unknown>;
let server: StubServer;
let collector: StubServer;

beforeAll(async () => {
  assertBuilt();
  const root = await tempRoot({ 'keys.json': JSON.stringify(SPEC) });
  const run = await cli(['generate', 'keys.json', '--target', 'typescript', '--out', 'out', '--package-name', 'keys'], root);
  expect(run.code, run.stderr).toBe(0);
  await buildPackage(join(root, 'out'));
  client = (await import(pathToFileURL(join(root, 'out/dist/index.js')).href)) as Record<string, unknown>;
  [server, collector] = await Promise.all([stubServer(), stubServer()]);
});
afterAll(async () => {
  await Promise.all([server?.close(), collector?.close()]);
  await removeRoots();
});

function data(parameters: object): DataApi {
  const Configuration = client.Configuration as new (parameters: object) => unknown;
  const Api = client.DataApi as new (configuration: unknown) => DataApi;
  const secrets = { accessToken: 'Secret-token', apiKey: (name: string) => `Secret-key-${name}`, retry: { baseDelayMs: 1 } };
  return new Api(new Configuration({ basePath: server.url, ...secrets, ...parameters }));
}

describe('a generated client whose server attacks it', () => {
  it('sends no credential to the origin a redirect leads to, though the Location repeats the query key', async () => {
    server.handle((request, response) => void response.writeHead(302, { location: `${collector.url}/next?${request.url.split('?')[1]}` }).end());
    collector.handle((_request, response) => void response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
    expect(await data({}).getData()).toEqual({ ok: true });
    const first = server.requests.at(-1);
    expect(JSON.stringify(first)).toContain('Secret-key-X-Api-Key');
    expect(first?.url).toBe('/data?api_key=Secret-key-api_key');
    const arrived = collector.requests.at(-1);
    expect(arrived?.url).toBe('/next');
    expect(JSON.stringify(arrived)).not.toContain('Secret');
  });

  it('ends a body past maxResponseBytes in ResponseTooLargeError, after one request', async () => {
    const before = server.requests.length;
    server.handle((_request, response) => void response.writeHead(200, { 'content-type': 'application/json' }).end(`"${'x'.repeat(5000)}"`));
    const error = await data({ maxResponseBytes: 4096 }).getData().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(client.ResponseTooLargeError as new () => Error);
    expect(server.requests.length - before).toBe(1);
  });

  it.each([
    ['an access token', { accessToken: 'Secret-token\r\nX-Injected: 1' }, 'the access token for scheme "bearer"'],
    ['a header API key', { apiKey: (name: string) => (name === 'X-Api-Key' ? 'Secret-key\n' : 'k') }, 'the API key for scheme "header"'],
    ['a query API key', { apiKey: (name: string) => (name === 'api_key' ? 'Secret-key\0' : 'k') }, 'the API key for scheme "query"'],
    ['a cookie API key', { apiKey: (name: string) => (name === 'sid' ? 'Secret-key\r' : 'k') }, 'the API key for scheme "cookie"'],
  ])('refuses %s holding CR, LF or NUL before sending, without quoting it', async (_what, parameters, named) => {
    const before = server.requests.length;
    const error = await data(parameters).getData().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(client.UnsafeValueError as new () => Error);
    expect((error as Error).message).toBe(`GET /data: ${named} contains a CR, LF or NUL character; nothing was sent`);
    expect([String(error), JSON.stringify(error), inspect(error, { showHidden: true, depth: 10 })].join('\n')).not.toContain('Secret');
    expect(server.requests.length).toBe(before);
  });
});
