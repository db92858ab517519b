/**
 * Case 1, strings into code: test/fixtures/hostile/strings.yaml puts comment closers, line
 * separators, quotes, backticks, `${...}`, backslashes and NUL in every spec string that reaches
 * generated code, and reserved, empty, prototype, runtime and global names (and names that collide
 * once sanitized) everywhere a name is derived. Safe: all targets generate; the TypeScript package
 * builds under its own strict tsconfig; importing it and calling every operation against a real
 * HTTP server runs none of the payloads, and every wire name reaches the server as the spec spells it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planNames, type OperationPlan } from '../../src/emit/typescript/plan.js';
import { loadApi } from '../../src/load/index.js';
import type { Api, Parameter } from '../../src/model/types.js';
import { stubServer, type Received, type StubServer } from './server.js';
import { assertBuilt, type Run } from '../cli/run.js';
import { buildPackage, canaryValue, CANARY, cli, everyTargetConfig, expectRejected, expectSafeOutput, filesUnder, listing, removeRoots, ROOT, TARGETS, tempRoot } from './support.js';
import { hasInvisible } from '../../src/emit/invisible.js';

const FIXTURE = join(ROOT, 'test/fixtures/hostile/strings.yaml');

let root: string;
let before: Record<string, string>;
let run: Run;
let api: Api;
let server: StubServer;

beforeAll(async () => {
  assertBuilt();
  root = await tempRoot({ 'strings.yaml': await readFile(FIXTURE), 'sdkgen.config.yaml': everyTargetConfig('strings.yaml') });
  before = await listing(root);
  run = await cli(['generate'], root);
  api = await loadApi(FIXTURE);
  server = await stubServer();
});
afterAll(async () => {
  await server.close();
  await removeRoots();
});

describe('a spec whose strings try to break out of generated code', () => {
  it('generates every target inside its folder, with markdown that renders inert and tables intact', async () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const files = await expectSafeOutput(root, 'gen', before);
    for (const target of TARGETS) expect([...files.keys()].some((path) => path.startsWith(`h/${target}/`)), target).toBe(true);
  });

  it('writes no bidi control or zero-width character raw into any file: escaped in literals, shown in prose', async () => {
    const files = await filesUnder(join(root, 'gen'));
    expect([...files].filter(([, contents]) => hasInvisible(contents)).map(([path]) => path)).toEqual([]);
    const models = files.get('h/typescript/src/models.ts') ?? '';
    // The key and enum values escaped where the code holds them; the description shown in the JSDoc.
    expect(models).toContain("/** \\u2067rtl\\u2069 \\u200e\\u200f */\n  'z\\u200dw\\u202e'?: '\\u2068x' | 'y\\u061c';");
    expect(files.get('h/go/docs/ClassApi.md')).toContain('| /_* \\u202e\\u2066 *_/ // \\u2067 zero\\u200b\\ufeff | [default to \\u200b]');
  });

  it('builds the TypeScript package, imports it and calls every operation: nothing injected runs, wire names arrive as spelled', async () => {
    const dir = join(root, 'gen/h/typescript');
    await buildPackage(dir);
    expect(canaryValue()).toBeUndefined();
    const client = (await import(pathToFileURL(join(dir, 'dist/index.js')).href)) as Record<string, unknown>;
    // The base URL is a string literal holding quotes, backticks and `${...}`: it must survive intact.
    expect(client.BASE_PATH).toBe(api.baseUrl);
    const Configuration = client.Configuration as new (parameters: object) => unknown;
    const configuration = new Configuration({ basePath: `${server.url}/base`, apiKey: (name: string) => `key of ${name}` });

    server.handle((request, response) => {
      if (request.url.includes('/lit/')) response.writeHead(200, { 'content-type': 'text/plain' }).end('text');
      // A body that would pollute Object.prototype if the client assigned keys instead of parsing.
      else if (request.url.startsWith('/base/p/')) response.writeHead(200, { 'content-type': 'application/json' }).end('{"__proto__":{"polluted":true}}');
      else response.writeHead(204).end();
    });
    const plan = planNames(api);
    let calls = 0;
    for (const apiClass of plan.classes) {
      const Api = client[apiClass.className] as new (configuration: unknown) => Record<string, (request?: object) => Promise<unknown>>;
      expect(typeof Api, apiClass.className).toBe('function');
      const instance = new Api(configuration);
      for (const operation of apiClass.operations) {
        const label = `${apiClass.className}.${operation.methodName}`;
        const method = instance[operation.methodName];
        expect(typeof method, label).toBe('function');
        const { request, sent } = requestFor(operation);
        await method?.call(instance, request);
        const received = server.requests.at(-1);
        expect(received, label).toBeDefined();
        expectWire(received!, operation, sent, label);
        calls++;
      }
    }
    expect(calls).toBe(api.operations.length);
    expect(server.requests).toHaveLength(calls);
    expect(canaryValue()).toBeUndefined();
    expect(CANARY in globalThis).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe.concurrent('a path a URL parser would rewrite cannot be sent as spelled', () => {
  it.each([
    ['/a\\b', 'URL parsers read "\\" as "/"'],
    ['/v1/../admin', 'URL parsers remove the ".." segment'],
    ['/v1/%2e%2E/admin', 'URL parsers remove the "%2e%2E" segment'],
  ])('%j is Rejected, naming it', async (path, why) => {
    const text = JSON.stringify({ openapi: '3.0.3', info: { title: 'T', version: '1.0.0' }, paths: { [path]: { get: { responses: { 200: { description: 'ok' } } } } } });
    const dir = await tempRoot({ 'spec.json': text, 'out/README.md': 'old\n' });
    const before = await listing(dir);
    const run = await cli(['generate', 'spec.json', '--target', 'typescript', '--out', 'out'], dir);
    const pointer = path.replace(/~/g, '~0').replace(/\//g, '~1');
    expect(expectRejected(run, before, await listing(dir), 'spec.json')).toBe(`spec.json#/paths/${pointer}: path cannot be sent as written: ${why}`);
  });
});

/** A value per location that needs encoding wherever it goes (but stays a legal header value). */
function valueFor(parameter: Parameter, index: number): string {
  switch (parameter.in) {
    case 'path':
      return `p ${index}/'"\`?#%&`;
    case 'query':
      return `q ${index}&='"\`#+`;
    case 'header':
      return `h ${index} '"\`\${x}`;
    case 'cookie':
      return `c ${index};'"\``;
  }
}

/** The request object for a method: every field set, and what was set, by wire name. */
function requestFor(operation: OperationPlan): { request: Record<string, unknown>; sent: Map<Parameter, string> } {
  const request: Record<string, unknown> = {};
  const sent = new Map<Parameter, string>();
  operation.fields.forEach(({ parameter, field }, index) => {
    const value = valueFor(parameter, index);
    request[field] = value;
    sent.set(parameter, value);
  });
  if (operation.bodyField !== undefined) request[operation.bodyField] = "'";
  return { request, sent };
}

function expectWire(received: Received, operation: OperationPlan, sent: Map<Parameter, string>, label: string): void {
  const op = operation.operation;
  expect(received.method, label).toBe(op.method.toUpperCase());
  const [rawPath = '', rawQuery] = received.url.split('?');
  expect(rawPath.startsWith('/base/'), label).toBe(true);
  // Segment by segment, decoded: what the server routes on.
  const expectedPath = op.path.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = [...sent].find(([p]) => p.in === 'path' && p.name === name)?.[1];
    return value === undefined ? whole : encodeURIComponent(value);
  });
  expect(rawPath.slice('/base'.length).split('/').map(decodeURIComponent), label).toEqual(expectedPath.split('/').map(decodeURIComponent));

  const query = (rawQuery ?? '').split('&').filter((pair) => pair !== '').map((pair) => pair.split('=').map(decodeURIComponent));
  const expectedQuery = [...sent].filter(([p]) => p.in === 'query').map(([p, v]) => [p.name, v]);
  const credentials = api.securitySchemes.flatMap((s) => (s.type === 'apiKey' && s.in === 'query' ? [[s.paramName, `key of ${s.paramName}`]] : []));
  expect(query, label).toEqual([...expectedQuery, ...credentials]);

  const headers = rawHeaders(received);
  for (const [parameter, value] of sent) if (parameter.in === 'header') expect(headers.get(parameter.name.toLowerCase()), `${label} ${parameter.name}`).toBe(value);
  for (const scheme of api.securitySchemes) {
    if (scheme.type === 'apiKey' && scheme.in === 'header') expect(headers.get(scheme.paramName.toLowerCase()), label).toBe(`key of ${scheme.paramName}`);
  }
  const cookies = [...sent].filter(([p]) => p.in === 'cookie');
  if (cookies.length > 0) {
    const pairs = (headers.get('cookie') ?? '').split('; ').map((pair) => pair.split('=').map(decodeURIComponent));
    expect(pairs, label).toEqual(cookies.map(([p, v]) => [p.name, v]));
  }
  if (op.produces.length > 0) expect(headers.get('accept'), label).toBe(op.produces.join(', '));
  const mediaType = op.requestBody?.content[0]?.mediaType;
  if (mediaType !== undefined) {
    expect(headers.get('content-type'), label).toBe(mediaType);
    expect(received.body.toString(), label).toBe(`"'"`);
  }
}

function rawHeaders(received: Received): Map<string, string> {
  return new Map(received.headers);
}
