/**
 * The names case (names that change the language's meaning): test/fixtures/hostile/names.yaml names
 * operations like every member of Object.prototype, Promise.prototype and BaseApi (`then`,
 * `constructor`, `toString`, `__proto__`, `send`, ...), and request fields, model properties and
 * models likewise. Safe: every target generates; the TypeScript package builds with tsc; an API
 * instance is not thenable and keeps its built-ins; the renamed methods still call their
 * operations; a `__proto__` property travels as a property both ways and pollutes nothing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, type Run } from '../cli/run.js';
import { stubServer, type StubServer } from './server.js';
import { buildPackage, cli, everyTargetConfig, expectSafeOutput, listing, removeRoots, ROOT, tempRoot } from './support.js';

const FIXTURE = join(ROOT, 'test/fixtures/hostile/names.yaml');

/** Each operation id of the fixture's Members tag and the method it becomes (README: the rename rule). */
const METHODS: Record<string, string> = {
  then: '_then', catch: '_catch', finally: '_finally', constructor: '_constructor', toString: '_toString', valueOf: '_valueOf',
  hasOwnProperty: '_hasOwnProperty', isPrototypeOf: '_isPrototypeOf', propertyIsEnumerable: '_propertyIsEnumerable',
  toLocaleString: '_toLocaleString', send: '_send', __proto__: 'proto', __defineGetter__: 'defineGetter',
  __defineSetter__: 'defineSetter', __lookupGetter__: 'lookupGetter', __lookupSetter__: 'lookupSetter',
};

type Client = Record<string, unknown>;
type ApiInstance = Record<string, (...args: unknown[]) => Promise<unknown>>;

let root: string;
let before: Record<string, string>;
let run: Run;
let client: Client;
let server: StubServer;

beforeAll(async () => {
  assertBuilt();
  root = await tempRoot({ 'names.yaml': await readFile(FIXTURE), 'sdkgen.config.yaml': everyTargetConfig('names.yaml') });
  before = await listing(root);
  run = await cli(['generate'], root);
  server = await stubServer();
});
afterAll(async () => {
  await server.close();
  await removeRoots();
});

function api(className: string): ApiInstance {
  const Api = client[className] as new (configuration: unknown) => ApiInstance;
  const Configuration = client.Configuration as new (parameters: object) => unknown;
  return new Api(new Configuration({ basePath: server.url }));
}

describe('a spec naming operations, fields, properties and models like built-in members', () => {
  // Three steps, each with its own deadline, so that a run that stalls names the step it stalled in
  // (each takes under two seconds here; one CI run timed out across all three and said no more).
  it('generates every target, writing only its output folder, whose markdown is inert', async () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    await expectSafeOutput(root, 'gen', before);
  });

  it('builds the TypeScript package with tsc', async () => {
    await buildPackage(join(root, 'gen/h/typescript'));
  });

  it('loads the built package', async () => {
    client = (await import(pathToFileURL(join(root, 'gen/h/typescript/dist/index.js')).href)) as Client;
    expect(typeof client.Configuration).toBe('function');
  });

  it('gives API instances that `await` does not treat as promises and whose built-ins are the built-ins', async () => {
    for (const className of ['MembersApi', 'ThenApi']) {
      const instance = api(className);
      // Checked first: were it thenable, the awaits below would call the operation and never settle.
      expect('then' in instance).toBe(false);
      expect(await instance).toBe(instance);
      expect(await (async () => instance)()).toBe(instance);
      expect(await Promise.resolve(instance)).toBe(instance);
      expect(instance.toString).toBe(Object.prototype.toString);
      expect(String(instance)).toBe('[object Object]');
      expect(instance.valueOf).toBe(Object.prototype.valueOf);
      expect(instance.hasOwnProperty).toBe(Object.prototype.hasOwnProperty);
      expect(instance.constructor).toBe(client[className]);
      expect(Object.getPrototypeOf(Object.getPrototypeOf(instance))).toBe((client.BaseApi as { prototype: object }).prototype);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('calls each operation through its renamed method', async () => {
    server.handle((_request, response) => void response.writeHead(204).end());
    const members = api('MembersApi');
    for (const [operationId, method] of Object.entries(METHODS)) {
      expect(typeof members[method], method).toBe('function');
      await members[method]?.();
      expect(server.requests.at(-1)?.url, method).toBe(`/ops/${operationId}`);
    }
    expect(server.requests).toHaveLength(Object.keys(METHODS).length);
  });

  it('sends and receives a `__proto__` property as a property, polluting no prototype', async () => {
    const answer = '{"__proto__":{"polluted":true},"then":"t","constructor":"c","toString":"s","valueOf":1,"hasOwnProperty":false}';
    server.handle((_request, response) => void response.writeHead(200, { 'content-type': 'application/json' }).end(answer));
    const sentText = '{"__proto__":{"polluted":false},"then":"t","constructor":"c","toString":"s","valueOf":1,"hasOwnProperty":true}';
    const body = JSON.parse(sentText) as object;
    const result = (await api('ThenApi').echo?.({ _then: 'a', _constructor: 'b', _toString: 'c', proto: 'd', members: body })) as Record<string, unknown>;
    const sent = server.requests.at(-1);
    expect(sent?.url).toBe('/members?then=a&constructor=b&__proto__=d');
    expect(sent?.headers).toContainEqual(['tostring', 'c']);
    expect(sent?.body.toString()).toBe(sentText);
    expect(Object.hasOwn(result, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(result.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes a `__proto__` key of an example object as a computed key, which defines a property', async () => {
    const doc = await readFile(join(root, 'gen/h/typescript/docs/ThenApi.md'), 'utf8');
    expect(doc).toContain("    ['__proto__']: { polluted: true },\n");
    // Every other spelling would set the example's prototype instead.
    expect(doc.replaceAll("['__proto__']:", '')).not.toMatch(/__proto__'?:/);
  });
});
