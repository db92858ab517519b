/**
 * Case 4, references. A `$ref` to a file outside the spec's folder, to /proc or /etc, or to any
 * URL is Rejected by default, naming the `$ref`, and no socket is opened: a real server on
 * 127.0.0.1 counts connections (the CLI runs as a child process), and in-process
 * net.Socket.prototype.connect is watched. --allow-remote-refs and --allow-ref-root opt in. Missing
 * pointers and pure alias cycles are Rejected; recursive schemas are Safe as named recursive types;
 * no reference is dropped on the way to the model.
 */
import { mkdir, readFile, symlink } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadApi, SpecError } from '../../src/load/index.js';
import { assertBuilt } from '../cli/run.js';
import { buildPackage, cli, everyTargetConfig, expectRejected, expectSafeOutput, filesUnder, listing, removeRoots, tempRoot, TARGETS } from './support.js';

let server: Server;
let port = 0;
let connections = 0;
const served: string[] = [];

beforeAll(async () => {
  assertBuilt();
  server = createServer((request, response) => {
    served.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'application/yaml' }).end('type: object\nproperties:\n  remoteField: { type: string }\n');
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await removeRoots();
});
afterEach(() => vi.restoreAllMocks());

/** An OpenAPI document whose schema Thing is `{ $ref: ref }`, used by the one operation. */
function refSpec(ref: string, extraSchemas: Record<string, unknown> = {}): string {
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title: 'T', version: '1.0.0' },
    paths: {
      '/things': {
        get: {
          operationId: 'getThing',
          responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
        },
      },
    },
    components: { schemas: { Thing: { $ref: ref }, ...extraSchemas } },
  });
}

const OUTSIDE_SCHEMA = 'type: object\nproperties:\n  outsideField: { type: string }\n';

/** A project: spec/api.json, a folder beside the spec's, and an existing output folder. */
async function project(ref: string, files: Record<string, string> = {}): Promise<string> {
  return tempRoot({ 'spec/api.json': refSpec(ref), 'outside/thing.yaml': OUTSIDE_SCHEMA, 'out/README.md': 'old\n', ...files });
}

describe.concurrent('a $ref that leaves the spec folder is Rejected by default, before any socket opens', () => {
  const cases: [string, () => string, RegExp][] = [
    ['an http URL', () => `http://127.0.0.1:${port}/thing.yaml`, /names a remote URL; sdkgen fetches none unless --allow-remote-refs is given$/],
    ['an https URL', () => `https://127.0.0.1:${port}/thing.yaml`, /names a remote URL/],
    ['an upper-case scheme', () => `HTTP://127.0.0.1:${port}/thing.yaml`, /names a remote URL/],
    ['a protocol-relative URL', () => `//127.0.0.1:${port}/thing.yaml`, /outside the spec's folder; allow its folder with --allow-ref-root <dir>$/],
    ['an ftp URL', () => `ftp://127.0.0.1:${port}/thing.yaml`, /uses the unsupported scheme "ftp"$/],
    ['/etc/passwd', () => '/etc/passwd', /outside the spec's folder/],
    ['/proc/self/environ', () => '/proc/self/environ', /outside the spec's folder/],
    ['a file URL', () => 'file:///etc/passwd', /outside the spec's folder/],
    ['a relative path out', () => '../outside/thing.yaml', /outside the spec's folder/],
    ['an encoded relative path out', () => '%2e%2e/outside/thing.yaml', /outside the spec's folder/],
    ['a link in the folder to a file outside', () => './link.yaml', /outside the spec's folder/],
  ];

  it.each(cases)('%s', async (_name, ref, message) => {
    const start = connections;
    const root = await project(ref());
    await symlink(join(root, 'outside/thing.yaml'), join(root, 'spec/link.yaml'));
    const before = await listing(root);
    const run = await cli(['generate', 'spec/api.json', '--target', TARGETS[0]!, '--out', 'out'], root);
    const line = expectRejected(run, before, await listing(root), 'spec/api.json');
    expect(line.startsWith(`spec/api.json#/components/schemas/Thing/$ref: $ref "${ref()}" `), line).toBe(true);
    expect(line).toMatch(message);
    expect(connections - start).toBe(0);
  });

  it('a $ref in a referenced file is judged the same way, naming that file and its pointer', async () => {
    const start = connections;
    const root = await project('./models/thing.json', {
      'spec/models/thing.json': JSON.stringify({ type: 'object', properties: { remote: { $ref: `http://127.0.0.1:${port}/x.yaml` } } }),
    });
    const before = await listing(root);
    const run = await cli(['generate', 'spec/api.json', '--target', TARGETS[0]!, '--out', 'out'], root);
    const line = expectRejected(run, before, await listing(root), 'spec/models/thing.json');
    expect(line).toMatch(/^spec\/models\/thing\.json#\/properties\/remote\/\$ref: \$ref "http:.*" names a remote URL/);
    expect(connections - start).toBe(0);
  });
});

describe('in the same process, the loader opens no socket for a remote $ref', () => {
  it('neither connects nor fetches, until remote refs are allowed', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const root = await tempRoot({ 'a.json': refSpec(`http://127.0.0.1:${port}/a.yaml`), 'b.json': refSpec(`https://127.0.0.1:${port}/b.yaml`) });
    for (const file of ['a.json', 'b.json']) {
      const error: unknown = await loadApi(join(root, file)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SpecError);
      expect((error as SpecError).message).toMatch(/remote URL/);
    }
    expect(connect).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
    // The watch works: allowed, the same load connects and brings the schema in.
    const api = await loadApi(join(root, 'a.json'), { allowRemoteRefs: true });
    expect(connect).toHaveBeenCalled();
    expect(api.schemas[0]?.schema).toMatchObject({ kind: 'object', properties: [{ name: 'remoteField' }] });
  });
});

describe('opting in through the CLI', () => {
  it('--allow-remote-refs fetches the URL and generates', async () => {
    const start = connections;
    const root = await project(`http://127.0.0.1:${port}/thing.yaml`);
    // Not spawnSync: the server answering lives in this process.
    const run = await cli(['generate', 'spec/api.json', '--target', TARGETS[0]!, '--out', 'out', '--allow-remote-refs'], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(served).toContain('/thing.yaml');
    expect(connections - start).toBeGreaterThan(0);
    expect([...(await filesUnder(join(root, 'out'))).values()].join('\n')).toMatch(/remote_?field/i);
  });

  it('--allow-ref-root lets in the folder named, and no other', async () => {
    const root = await project('../outside/thing.yaml', { 'other/thing.yaml': OUTSIDE_SCHEMA });
    const allowed = await cli(['generate', 'spec/api.json', '--target', TARGETS[0]!, '--out', 'out', '--allow-ref-root', 'outside'], root);
    expect(allowed.stderr).toBe('');
    expect(allowed.code).toBe(0);
    expect([...(await filesUnder(join(root, 'out'))).values()].join('\n')).toMatch(/outside_?field/i);
    const elsewhere = await project('../other/thing.yaml', { 'other/thing.yaml': OUTSIDE_SCHEMA });
    const before = await listing(elsewhere);
    const refused = await cli(['generate', 'spec/api.json', '--target', TARGETS[0]!, '--out', 'out', '--allow-ref-root', 'outside'], elsewhere);
    expect(expectRejected(refused, before, await listing(elsewhere), 'spec/api.json')).toMatch(/outside the spec's folder/);
  });
});

describe.concurrent('pointers and cycles', () => {
  it.each([
    ['a pointer into the spec that names nothing', refSpec('#/components/schemas/Nope'), 'spec/api.json#/components/schemas/Thing/$ref: $ref "#/components/schemas/Nope" points at nothing'],
    [
      'a pointer into another file that names nothing',
      refSpec('./other.json#/definitions/Nope'),
      'spec/api.json#/components/schemas/Thing/$ref: $ref points at "#/definitions/Nope" in spec/other.json, which does not exist',
    ],
    ['a pointer that is not one', refSpec('#components/schemas/Other', { Other: { type: 'string' } }), 'spec/api.json#/components/schemas/Thing/$ref: $ref "#components/schemas/Other" points at nothing'],
    ['a file that does not exist', refSpec('./missing.json'), 'spec/missing.json#: cannot read the file (ENOENT)'],
    ['a schema that is its own alias', refSpec('#/components/schemas/Thing'), 'spec/api.json#/components/schemas/Thing/$ref: $ref "#/components/schemas/Thing" is a cycle of references that never reaches a definition'],
    [
      'aliases in a ring (A → B → C → A)',
      refSpec('#/components/schemas/B', { B: { $ref: '#/components/schemas/C' }, C: { $ref: '#/components/schemas/Thing' } }),
      'spec/api.json#/components/schemas/B/$ref: $ref "#/components/schemas/C" is a cycle of references that never reaches a definition',
    ],
  ])('%s is Rejected, naming it', async (_name, text, expected) => {
    const root = await tempRoot({ 'spec/api.json': text, 'spec/other.json': JSON.stringify({ definitions: { Real: { type: 'string' } } }), 'out/README.md': 'old\n' });
    const before = await listing(root);
    const run = await cli(['generate', 'spec/api.json', '--target', TARGETS[0]!, '--out', 'out'], root);
    expect(expectRejected(run, before, await listing(root), expected.slice(0, expected.indexOf('#')))).toBe(expected);
  });
});

/** Self, mutual, through arrays, maps, unions, nullable and encoded references: all Safe. */
const RECURSIVE = {
  Node: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
      parent: { $ref: '#/components/schemas/Node' },
      byName: { type: 'object', additionalProperties: { $ref: '#/components/schemas/Node' } },
      list: { $ref: '#/components/schemas/List' },
    },
  },
  List: { type: 'array', items: { $ref: '#/components/schemas/List' } },
  Tree: { type: 'object', properties: { forest: { $ref: '#/components/schemas/Forest' } } },
  Forest: { type: 'array', items: { $ref: '#/components/schemas/Tree' } },
  Expr: { oneOf: [{ $ref: '#/components/schemas/Literal' }, { $ref: '#/components/schemas/Sum' }] },
  Literal: { type: 'object', properties: { value: { type: 'number' } } },
  Sum: { type: 'object', properties: { terms: { type: 'array', items: { $ref: '#/components/schemas/Expr' } } } },
  Json: { nullable: true, oneOf: [{ type: 'string' }, { type: 'array', items: { $ref: '#/components/schemas/Json' } }, { type: 'object', additionalProperties: { $ref: '#/components/schemas/Json' } }] },
  'A B': { type: 'object', properties: { self: { $ref: '#/components/schemas/A%20B' }, tilde: { $ref: '#/components/schemas/x~1y' } } },
  'x/y': { type: 'object', properties: { back: { $ref: '#/components/schemas/A%20B' } } },
};

describe('recursive schemas', () => {
  it('are Safe: every target generates and the TypeScript package builds, with named recursive types', async () => {
    const text = JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'T', version: '1.0.0' },
      paths: {
        '/trees': {
          post: {
            operationId: 'plant',
            requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Tree' } } } },
            responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Expr' } } } } },
          },
        },
      },
      components: { schemas: RECURSIVE },
    });
    const root = await tempRoot({ 'spec.json': text, 'sdkgen.config.yaml': everyTargetConfig('spec.json') });
    const before = await listing(root);
    const run = await cli(['generate'], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    await expectSafeOutput(root, 'gen', before);
    const dir = join(root, 'gen/h/typescript');
    await buildPackage(dir);
    const models = await readFile(join(dir, 'src/models.ts'), 'utf8');
    // Each reference stays a reference to the named type: none dropped to `unknown`.
    expect(models).toMatch(/children\?: Node\[\];/);
    expect(models).toMatch(/parent\?: Node;/);
    expect(models).toMatch(/byName\?: Record<string, Node>;/);
    expect(models).toMatch(/export type Forest = Tree\[\];/);
    expect(models).toMatch(/export type List = List\[\];/);
    expect(models).toMatch(/terms\?: Expr\[\];/);
    expect(models).toMatch(/self\?: AB;/);
    expect(models).toMatch(/tilde\?: XY;/);
    expect(models).toMatch(/back\?: AB;/);
  });
});
