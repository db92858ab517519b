/**
 * The generated client of test/fixtures/typescript/odd-paths.yaml against a real HTTP server:
 * a path key with `#` is sent up to the `#`, one with `?` sends its fixed query as written before
 * the declared query parameters, operations that share a method and a sent path keep their own
 * names, and `responses: {}` gives a method that resolves to nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitSpec, removeTemporary, writePackage } from './support.js';
import { json, startServer, type TestServer } from './server.js';

type Method = (request?: unknown, options?: unknown) => Promise<unknown>;
type ApiClass = new (configuration?: unknown) => Record<string, Method>;

let server: TestServer;
let client: Record<string, unknown>;

beforeAll(async () => {
  server = await startServer();
  const dir = writePackage(await emitSpec('test/fixtures/typescript/odd-paths.yaml'), 'odd-paths');
  client = (await import(`${dir}/src/index.ts`)) as Record<string, unknown>;
});
afterAll(async () => {
  await server.close();
  removeTemporary();
});

function method(name: string): Method {
  const Configuration = client.Configuration as new (parameters: Record<string, unknown>) => unknown;
  const api = new (client.DefaultApi as ApiClass)(new Configuration({ basePath: `${server.url}/v1` }));
  const found = api[name];
  if (found === undefined) throw new Error(`no method ${name} among ${Object.getOwnPropertyNames(Object.getPrototypeOf(api)).join(', ')}`);
  return found.bind(api);
}

describe('a path with "#"', () => {
  it('is sent up to the "#", its values encoded, the operation in its header', async () => {
    server.handle((_req, res) => json(res, 200, ['env']));
    expect(await method('listTagKeys')({ arn: 'arn:aws:x/y#z?w', xAmzTarget: 'Tagging.ListTagKeys' })).toEqual(['env']);
    expect(server.requests.map((r) => [r.method, r.url, r.headers['x-amz-target']])).toEqual([
      ['GET', '/v1/tags/arn%3Aaws%3Ax%2Fy%23z%3Fw', 'Tagging.ListTagKeys'],
    ]);
  });

  it('keeps a name of its own when another operation sends the same method and path', async () => {
    server.handle((_req, res) => json(res, 200, ['prod']));
    expect(await method('tagsArntagValuesGet')({ arn: 'a', xAmzTarget: 'Tagging.ListTagValues' })).toEqual(['prod']);
    expect(server.requests.map((r) => [r.url, r.headers['x-amz-target']])).toEqual([['/v1/tags/a', 'Tagging.ListTagValues']]);
  });
});

describe('a path with "?"', () => {
  it('sends its fixed query as written, then the declared query parameters', async () => {
    server.handle((_req, res) => res.writeHead(204).end());
    await method('searchtypedogGet')({ limit: 3 });
    await method('searchtypedogGet')({});
    expect(server.requests.map((r) => r.url)).toEqual(['/v1/search?type=dog&limit=3', '/v1/search?type=dog']);
  });

  it('drops a "#" after the query too', async () => {
    server.handle((_req, res) => res.writeHead(204).end());
    await method('searchtypecatsortnamev2Get')();
    expect(server.requests.map((r) => r.url)).toEqual(['/v1/search?type=cat&sort=name']);
  });
});

describe('responses: {}', () => {
  it('gives a method that resolves to nothing, whatever the server answers', async () => {
    server.handle((_req, res) => json(res, 200, { ignored: true }));
    expect(await method('forget')()).toBeUndefined();
    expect(server.requests.map((r) => [r.method, r.url])).toEqual([['POST', '/v1/forget']]);
  });
});
