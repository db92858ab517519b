import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { loadApi, SpecError } from '../../src/load/index.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Writes files into a fresh folder and returns its path. */
function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sdkgen-load-'));
  made.push(dir);
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), contents);
  }
  return dir;
}

const minimal = (extra = ''): string => `openapi: 3.0.3
info: { title: T, version: '1' }
paths:
  /things:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
components:
  schemas:
${extra}`;

async function refusal(specPath: string, options = {}): Promise<SpecError> {
  const error: unknown = await loadApi(specPath, options).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(SpecError);
  return error as SpecError;
}

afterEach(() => vi.restoreAllMocks());

describe('product specs', () => {
  test.each([
    ['specs/looker-3.0.yaml', 'swagger-2.0', 'https://demo.looker.com:19999/api/3.0', ['session', 'update_session']],
    ['specs/looker-4.0.yaml', 'openapi-3.0', 'https://picomes.cloud.looker.com:443/api/4.0', ['session', 'update_session']],
    ['specs/g4-sessions.yaml', 'openapi-3.0', 'http://localhost', ['sessionPost', 'sessionIdGet', 'sessionIdPut', 'sessionIdDelete', 'static_sessionIdGet']],
  ])('%s loads as %s with base %s', async (path, dialect, baseUrl, ids) => {
    const api = await loadApi(path);
    expect(api.dialect).toBe(dialect);
    expect(api.baseUrl).toBe(baseUrl);
    expect(api.operations.map((op) => op.id)).toEqual(ids);
  });
});

test('OpenAPI 3.1 in JSON loads, with type arrays for nullable', async () => {
  const dir = folder({
    'api.json': JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: { '/a': { get: { operationId: 'a', responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } } } } } },
      components: { schemas: { A: { type: 'object', properties: { n: { type: ['integer', 'null'] } } } } },
    }),
  });
  const api = await loadApi(join(dir, 'api.json'));
  expect(api.dialect).toBe('openapi-3.1');
  expect(api.schemas[0]?.schema).toMatchObject({ kind: 'object', properties: [{ name: 'n', schema: { kind: 'primitive', type: 'integer', nullable: true } }] });
});

describe('header and cookie names are HTTP tokens', () => {
  test.each([
    ['a header parameter', "parameters: [{ name: 'x-\u00e9t\u00e9', in: header, schema: { type: string } }]", /header parameter "x-été" is not a valid HTTP header name/],
    ['a cookie parameter', "parameters: [{ name: 'a b', in: cookie, schema: { type: string } }]", /cookie parameter "a b"/],
  ])('%s that is not one is refused', async (_, parameters, message) => {
    const dir = folder({ 'api.yaml': `openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths:\n  /a:\n    get:\n      ${parameters}\n      responses: { '200': { description: ok } }\n` });
    const error = await refusal(join(dir, 'api.yaml'));
    expect(error.pointer).toBe('/paths/~1a/get');
    expect(error.message).toMatch(message);
  });

  test('an API key header name that is not one is refused at its scheme', async () => {
    const dir = folder({
      'api.yaml': `openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths: {}\ncomponents:\n  securitySchemes:\n    key: { type: apiKey, in: header, name: 'X-"Key"' }\n`,
    });
    const error = await refusal(join(dir, 'api.yaml'));
    expect(error.format()).toMatch(/#\/components\/securitySchemes\/key\/name: API key name "X-\\"Key\\"" is not a valid HTTP header name/);
  });

  test("tokens with quotes, backticks and tildes are fine", async () => {
    const dir = folder({ 'api.yaml': "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths:\n  /a:\n    get:\n      parameters: [{ name: \"x-it's-`q`|~\", in: header, schema: { type: string } }]\n      responses: { '200': { description: ok } }\n" });
    expect((await loadApi(join(dir, 'api.yaml'))).operations[0]?.parameters[0]?.name).toBe("x-it's-`q`|~");
  });
});

describe('references', () => {
  test('a file beside the spec is brought in', async () => {
    const dir = folder({
      'api.yaml': minimal("    Thing: { $ref: './models/thing.yaml' }\n"),
      'models/thing.yaml': 'type: object\nproperties:\n  id: { type: string }\n',
    });
    const api = await loadApi(join(dir, 'api.yaml'));
    expect(api.schemas[0]).toMatchObject({ name: 'Thing', schema: { kind: 'object', properties: [{ name: 'id' }] } });
  });

  test('a file outside the folder is refused, naming the $ref, until its folder is allowed', async () => {
    const outside = folder({ 'thing.yaml': 'type: string\n' });
    const dir = folder({ 'api.yaml': minimal(`    Thing: { $ref: '${join(outside, 'thing.yaml')}' }\n`) });
    const error = await refusal(join(dir, 'api.yaml'));
    expect(error.pointer).toBe('/components/schemas/Thing/$ref');
    expect(error.message).toMatch(/outside the spec's folder.*--allow-ref-root/);
    const api = await loadApi(join(dir, 'api.yaml'), { allowRefRoots: [outside] });
    expect(api.schemas[0]?.schema.kind).toBe('primitive');
  });

  test.each(['/etc/passwd', '/proc/self/environ', '../../../../etc/hostname'])('%s is refused', async (target) => {
    const dir = folder({ 'api.yaml': minimal(`    Thing: { $ref: '${target}' }\n`) });
    const error = await refusal(join(dir, 'api.yaml'));
    expect(error.format()).toMatch(/#\/components\/schemas\/Thing\/\$ref: \$ref .* outside the spec's folder/);
  });

  test('a remote URL is refused without any fetch', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const dir = folder({ 'api.yaml': minimal("    Thing: { $ref: 'https://example.com/thing.yaml' }\n") });
    const error = await refusal(join(dir, 'api.yaml'));
    expect(error.message).toMatch(/remote URL.*--allow-remote-refs/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  test('a $ref in a referenced file is judged before it is followed, naming that file and pointer', async () => {
    const dir = folder({
      'api.yaml': minimal("    Thing: { $ref: './models/thing.yaml' }\n"),
      'models/thing.yaml': "type: object\nproperties:\n  id: { $ref: '/etc/passwd' }\n  local: { $ref: '#/nope' }\n",
    });
    const error = await refusal(join(dir, 'api.yaml'));
    expect(error.file).toMatch(/models\/thing\.yaml$/);
    expect(error.pointer).toBe('/properties/id/$ref');
    expect(error.message).toMatch(/^\$ref "\/etc\/passwd" names a file outside the spec's folder/);
  });

  test.each([
    ['in the referenced file itself', "    Thing: { $ref: './thing.yaml' }\n", "type: object\nproperties:\n  a: { $ref: '#/nope' }\n", /thing\.yaml$/, '/properties/a/$ref', '$ref "#/nope" points at nothing'],
    ['named by the spec', "    Thing: { $ref: './thing.yaml#/nope' }\n", 'type: string\n', /api\.yaml$/, '/components/schemas/Thing/$ref', /^\$ref points at "#\/nope" in .*thing\.yaml, which does not exist$/],
  ])('a missing pointer into another file is named at the $ref: %s', async (_name, schemas, thing, file, pointer, message) => {
    const dir = folder({ 'api.yaml': minimal(schemas), 'thing.yaml': thing });
    const error = await refusal(join(dir, 'api.yaml'));
    expect(error.file).toMatch(file);
    expect(error.pointer).toBe(pointer);
    expect(error.message).toMatch(message);
  });

  test('a missing pointer is named', async () => {
    const dir = folder({ 'api.yaml': minimal("    Thing: { $ref: '#/components/schemas/Nope' }\n") });
    const error = await refusal(join(dir, 'api.yaml'));
    expect(error.pointer).toBe('/components/schemas/Thing/$ref');
    expect(error.message).toContain('"#/components/schemas/Nope" points at nothing');
  });

  test('a pure alias cycle is refused', async () => {
    const dir = folder({
      'api.yaml': minimal("    Thing: { $ref: '#/components/schemas/Other' }\n    Other: { $ref: '#/components/schemas/Thing' }\n"),
    });
    expect((await refusal(join(dir, 'api.yaml'))).message).toMatch(/cycle of references/);
  });

  test('recursive schemas stay named references', async () => {
    const dir = folder({
      'api.yaml': minimal(
        "    Thing:\n      type: object\n      properties:\n        child: { $ref: '#/components/schemas/Thing' }\n        other: { $ref: '#/components/schemas/Other' }\n" +
          "    Other:\n      type: object\n      properties:\n        back: { $ref: '#/components/schemas/Thing' }\n",
      ),
    });
    const api = await loadApi(join(dir, 'api.yaml'));
    expect(api.schemas[0]?.schema).toMatchObject({ kind: 'object', properties: [{ schema: { kind: 'ref', name: 'Thing' } }, { schema: { kind: 'ref', name: 'Other' } }] });
  });
});

describe('malformed input is refused with a message a user understands', () => {
  test.each<[string, string | Buffer, RegExp]>([
    ['empty', '', /file is empty/],
    ['null', 'null\n', /document is null, not an OpenAPI object/],
    ['a scalar', '42\n', /document is a number/],
    ['an array', '- a\n- b\n', /document is an array/],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/],
    ['UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('openapi: 3.0.0', 'utf16le')]), /UTF-16/],
    ['no version', 'info: { title: T, version: "1" }\npaths: {}\n', /no "openapi" or "swagger" field/],
    ['an unknown version', 'openapi: 4.0.0\ninfo: { title: T, version: "1" }\npaths: {}\n', /unsupported OpenAPI version "4.0.0"/],
    ['duplicate keys', 'openapi: 3.0.3\ninfo: { title: T, version: "1" }\npaths: {}\npaths: {}\n', /unique/],
    ['duplicate keys in JSON', '{"openapi":"3.0.3","info":{"title":"T","version":"1"},"paths":{},"paths":{}}', /duplicate key/],
    ['broken YAML', 'openapi: [3.0.3\n', /not valid YAML or JSON at line/],
  ])('%s', async (_, contents, message) => {
    const dir = folder({ 'api.yaml': contents });
    const error = await refusal(join(dir, 'api.yaml'));
    expect(error.message).toMatch(message);
    expect(error.format().split('\n')).toHaveLength(1);
  });

  test('a file over the size limit is refused before it is parsed', async () => {
    const dir = folder({ 'api.yaml': `openapi: 3.0.3\n# ${'x'.repeat(5000)}\n` });
    expect((await refusal(join(dir, 'api.yaml'), { limits: { maxBytes: 1000 } })).message).toMatch(/limit of 1000 bytes.*--max-bytes/);
  });

  test('nesting past the depth limit is refused', async () => {
    const dir = folder({ 'api.json': `${'['.repeat(300)}${']'.repeat(300)}` });
    expect((await refusal(join(dir, 'api.json'))).message).toMatch(/deeper than 200 levels/);
  });

  test('a YAML alias bomb is refused', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const dir = folder({ 'api.yaml': `${lines.join('\n')}\n` });
    expect((await refusal(join(dir, 'api.yaml'))).message).toMatch(/alias/);
  });

  test('YAML nested deeper than the parser can follow names the limit', async () => {
    const dir = folder({ 'api.yaml': `openapi: 3.0.3\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` });
    expect((await refusal(join(dir, 'api.yaml'))).message).toBe('nesting is deeper than the parser can follow (limit --max-depth 200)');
  });

  test('nesting let through by a raised --max-depth, but too deep for later stages, is refused', async () => {
    const deep = `${'{"type":"array","items":'.repeat(3000)}{"type":"string"}${'}'.repeat(3000)}`;
    const dir = folder({ 'api.json': `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"Deep":${deep}}}}` });
    for (const skipValidation of [false, true]) {
      const error = await refusal(join(dir, 'api.json'), { limits: { maxDepth: 100_000 }, skipValidation });
      expect(error.message).toBe('nesting is deeper than sdkgen can follow (the limit --max-depth 100000 lets it through)');
    }
  });

  test('an OpenAPI document without paths says so', async () => {
    const dir = folder({ 'a.yaml': 'openapi: 3.0.3\ninfo: { title: T, version: "1" }\n', 'b.yaml': 'openapi: 3.1.0\ninfo: { title: T, version: "1" }\n' });
    expect((await refusal(join(dir, 'a.yaml'))).message).toBe('not an OpenAPI document: it has no "paths"');
    expect((await refusal(join(dir, 'b.yaml'))).message).toBe('not an OpenAPI document: it has no "paths" or "webhooks"');
  });

  test('a schema violation names the place', async () => {
    const dir = folder({ 'api.yaml': 'openapi: 3.0.3\ninfo: { title: T, version: "1" }\npaths:\n  /a:\n    get:\n      responses:\n        "200": { descriptio: x }\n' });
    const error = await refusal(join(dir, 'api.yaml'));
    expect(error.pointer).toMatch(/^\/paths\/~1a\/get\/responses\/200/);
  });
});

describe('names that become file names', () => {
  test.each([
    ['a schema name', minimal(`    Thing: { type: string }\n    ${'S'.repeat(201)}: { type: string }\n`), `/components/schemas/${'S'.repeat(201)}`, 'schema name is 201 bytes long'],
    ['a schema name in two-byte characters', minimal(`    Thing: { type: string }\n    ${'é'.repeat(101)}: { type: string }\n`), `/components/schemas/${'é'.repeat(101)}`, 'schema name is 202 bytes long'],
    ['a Swagger 2.0 definition', `swagger: "2.0"\ninfo: { title: T, version: "1" }\npaths: {}\ndefinitions:\n  ${'D'.repeat(250)}: { type: string }\n`, `/definitions/${'D'.repeat(250)}`, 'schema name is 250 bytes long'],
    ['a declared tag', `openapi: 3.0.3\ninfo: { title: T, version: "1" }\ntags: [{ name: ${'t'.repeat(300)} }]\npaths: {}\n`, '/tags/0/name', 'tag name is 300 bytes long'],
    ['a tag used by an operation', `openapi: 3.0.3\ninfo: { title: T, version: "1" }\npaths:\n  /a/b:\n    get:\n      tags: [ok, ${'t'.repeat(201)}]\n      responses: { '200': { description: ok } }\n`, '/paths/~1a~1b/get/tags/1', 'tag name is 201 bytes long'],
  ])('%s longer than 200 bytes is refused at its place', async (_name, text, pointer, message) => {
    const dir = folder({ 'api.yaml': text });
    const error = await refusal(join(dir, 'api.yaml'));
    expect(error.pointer).toBe(pointer);
    expect(error.message).toBe(`${message}; names that become file names may be at most 200`);
  });

  test('a name of exactly 200 bytes loads', async () => {
    const dir = folder({ 'api.yaml': minimal(`    ${'S'.repeat(200)}: { type: string }\n    Thing: { type: string }\n`) });
    expect((await loadApi(join(dir, 'api.yaml'))).schemas.map((s) => s.name.length)).toEqual([200, 5]);
  });
});

describe('paths a client cannot send as written', () => {
  const spec = (path: string): string => JSON.stringify({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: { [path]: {} } });
  test.each([
    ['/a\\b', 'URL parsers read "\\" as "/"'],
    ['/a\tb', 'it holds a control character'],
    ['/v1/../admin', 'URL parsers remove the ".." segment'],
    ['/v1/./x', 'URL parsers remove the "." segment'],
    ['/v1/%2E%2e/admin', 'URL parsers remove the "%2E%2e" segment'],
    ['/v1/.%2e', 'URL parsers remove the ".%2e" segment'],
  ])('%j is refused at its place', async (path, why) => {
    const dir = folder({ 'api.json': spec(path) });
    const error = await refusal(join(dir, 'api.json'));
    expect(error.pointer).toBe(`/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    expect(error.message).toBe(`path cannot be sent as written: ${why}`);
  });

  test.each(['/a/{id?}', '/a/{x#y}/b', "/it's/\"q\"/`t`/${x}", '/a.b/..c/.../%2e%2e%2f', '/a b/é'])('%j loads', async (path) => {
    const params = [...path.matchAll(/\{([^{}]*)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    const text = JSON.stringify({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: { [path]: { get: { parameters: params, responses: { 200: { description: 'ok' } } } } } });
    const dir = folder({ 'api.json': text });
    expect((await loadApi(join(dir, 'api.json'))).operations.map((op) => op.path)).toEqual([path]);
  });
});

describe('responses in the order the spec writes them', () => {
  const statuses = (api: Awaited<ReturnType<typeof loadApi>>) => api.operations.map((op) => op.responses.map((r) => r.status));

  test('JSON and YAML alike, also where `default` or `4XX` comes before `200`', async () => {
    // Written as text: a JavaScript object would put "200" first itself.
    const json = `{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {
      "/a": {"get": {"responses": {"default": {"description": "d"}, "201": {"description": "c"}, "200": {"description": "o"}}}},
      "/b": {"get": {"responses": {"4XX": {"description": "e"}, "200": {"description": "o"}}}},
      "/c": {"get": {"responses": {"200": {"description": "o"}, "default": {"description": "d"}}}}}}`;
    const want = [['default', '201', '200'], ['4XX', '200'], ['200', 'default']];
    expect(statuses(await loadApi(join(folder({ 'spec.json': json }), 'spec.json')))).toEqual(want);
    const yaml = `openapi: 3.0.3
info: { title: T, version: '1' }
paths:
  /a:
    get:
      responses:
        default: { description: d }
        '201': { description: c }
        '200': { description: o }
  /b:
    get:
      responses:
        4XX: { description: e }
        200: { description: o }
  /c:
    get:
      responses:
        '200': { description: o }
        default: { description: d }
`;
    const dir = folder({ 'spec.yaml': yaml });
    expect(statuses(await loadApi(join(dir, 'spec.yaml')))).toEqual(want);
  });
});
