/**
 * The typescript target's README.md and docs/: the layout of the reference doc styles for G4,
 * names equal to the code's, and every relative link and #anchor landing on a file and a heading
 * (read by a real GFM parser, ids by github-slugger, compared exactly: GitHub's ids are lower case).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/typescript/index.js';
import type { EmittedFile } from '../../../src/emit/target.js';
import { loadApi } from '../../../src/load/index.js';
import { assertSafePaths } from '../../../src/output/paths.js';
import { outline } from '../../support/markdown-links.js';
import { emitSpec, fileOf, SPECS } from './support.js';

/** `file → link` for each relative link whose file or heading id is not among `files`. */
function brokenLinks(files: readonly EmittedFile[]): string[] {
  const outlines = new Map(files.filter((f) => f.path.endsWith('.md')).map((f) => [f.path, outline(f.contents)]));
  const broken: string[] = [];
  for (const [path, { links }] of outlines) {
    for (const href of links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // absolute URL
      const [file = '', fragment = ''] = href.split('#');
      const anchors = outlines.get(file === '' ? path : posix.normalize(posix.join(posix.dirname(path), file)))?.anchors;
      if (anchors === undefined || (fragment !== '' && !anchors.has(fragment))) broken.push(`${path} → ${href}`);
    }
  }
  return broken;
}

const docsOf = (files: readonly EmittedFile[]): EmittedFile[] => files.filter((f) => f.path.endsWith('.md'));

/**
 * Names whose heading ids collide: a method named like its class or like a `###` heading, methods
 * equal but for case, a package named like a README section, schemes named like sections or not
 * plain words, models whose file names would clash or be Windows device names.
 */
const COLLISIONS = {
  openapi: '3.0.3',
  info: { title: 'Collisions', version: '1.0.0' },
  paths: Object.fromEntries(
    ['sessionsApi', 'parameters', 'example', 'authorization', 'aB', 'ab', 'returnType'].map((id) => [
      `/${id}`,
      {
        get: {
          tags: ['Sessions'],
          operationId: id,
          security: [{ Installation: [] }, { 'Documentation For Models': [] }, { 'key|<x>': [], _private_: [] }],
          responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Con' } } } } },
        },
      },
    ]),
  ),
  components: {
    schemas: {
      Con: { type: 'object', properties: { a: { $ref: '#/components/schemas/sessionsapi' } } },
      sessionsapi: { type: 'object', properties: { b: { $ref: '#/components/schemas/AbC' } } },
      AbC: { type: 'string' },
      abc: { type: 'array', items: { $ref: '#/components/schemas/Caf\u00e9' } },
      'Caf\u00e9': { type: 'object', properties: { c: { type: 'string' } } },
    },
    securitySchemes: {
      Installation: { type: 'http', scheme: 'bearer' },
      'Documentation For Models': { type: 'http', scheme: 'basic' },
      'key|<x>': { type: 'apiKey', in: 'query', name: 'k' },
      _private_: { type: 'http', scheme: 'digest' },
    },
  },
};

let dir: string;
const emitted = new Map<string, EmittedFile[]>();
beforeAll(async () => {
  for (const spec of SPECS) emitted.set(spec.name, await emitSpec(spec.path, spec.name));
  dir = mkdtempSync(join(tmpdir(), 'sdkgen-ts-docs-'));
  writeFileSync(join(dir, 'collisions.json'), JSON.stringify(COLLISIONS));
  emitted.set('collisions', target.emit(await loadApi(join(dir, 'collisions.json')), { packageName: 'documentation-for-models' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const g4 = (): EmittedFile[] => emitted.get('g4-sessions') ?? [];

describe('G4 docs: the reference layout, with the names the code has', () => {
  it('writes README.md, one doc per API class and one per model', () => {
    expect(docsOf(g4()).map((f) => f.path)).toEqual([
      'README.md',
      'docs/AuthenticatedSessionResponse.md',
      'docs/CreateSessionRequest.md',
      'docs/GetSessionResponse.md',
      'docs/ProblemDetails.md',
      'docs/SessionsApi.md',
    ]);
  });

  it('opens the API doc with the base URL and a method table sorted by method name', () => {
    expect(fileOf(g4(), 'docs/SessionsApi.md')).toMatch(
      new RegExp(
        `^${escape(`# SessionsApi

All URIs are relative to *http://localhost*

Method | HTTP request | Description
------------- | ------------- | -------------
[**sessionIdDelete**](SessionsApi.md#sessioniddelete) | **DELETE** /session/{id} | Delete session
[**sessionIdGet**](SessionsApi.md#sessionidget) | **GET** /session/{id} | Get session
[**sessionIdPut**](SessionsApi.md#sessionidput) | **PUT** /session/{id} | Update session data
[**sessionPost**](SessionsApi.md#sessionpost) | **POST** /session | Create a persistent session
[**staticSessionIdGet**](SessionsApi.md#staticsessionidget) | **GET** /static-session/{id} | Get session without updating ttl (internal use)

## sessionIdDelete
`)}`,
      ),
    );
  });

  it('documents an operation: signature, Raw variant, summary, example, parameters, return type, responses, authorization, headers, back links', () => {
    const doc = fileOf(g4(), 'docs/SessionsApi.md');
    expect(doc.slice(doc.indexOf('## sessionPost'), doc.indexOf('## staticSessionIdGet'))).toBe(`## sessionPost

> \`sessionPost(request: SessionPostRequest, options?: RequestOptions): Promise<AuthenticatedSessionResponse>\`

\`sessionPostRaw(request: SessionPostRequest, options?: RequestOptions): Promise<ApiResponse<AuthenticatedSessionResponse>>\` resolves to \`{ data, status, headers, response }\` instead: the body as above with the status and headers of the response.

Create a persistent session

### Example

\`\`\`ts
import { Configuration, SessionsApi } from 'g4-sessions';

const api = new SessionsApi(new Configuration({
  basePath: 'http://localhost',
  accessToken: 'YOUR_ACCESS_TOKEN',
}));

const result = await api.sessionPost({
  xG4Tenant: 'xG4Tenant_example',
  xG4Application: 'xG4Application_example',
  createSessionRequest: { username: 'user@microsearch.net', password: 'password123' },
});
console.log(result);
\`\`\`

### Parameters

Name | Type | Description | Required | Notes
------------- | ------------- | ------------- | ------------- | -------------
**xG4Tenant** | **string** |  | [required] | [header: x-g4-tenant]
**xG4Application** | **string** |  |  | [header: x-g4-application]
**createSessionRequest** | **[CreateSessionRequest](CreateSessionRequest.md)** |  | [required] | [body: application/json]

### Return type

**[AuthenticatedSessionResponse](AuthenticatedSessionResponse.md)**

### Responses

Status | Description | Type | Headers
------------- | ------------- | ------------- | -------------
**200** | Success | **[AuthenticatedSessionResponse](AuthenticatedSessionResponse.md)** | 
**400** | Bad Request | **[ProblemDetails](ProblemDetails.md)** | 

An error status rejects the call with \`SessionPostError\`, a union of \`ApiError\`s: \`isSessionPostError(error)\` recognises it, and checking its \`status\` narrows \`body\` to the type this table gives for that status (\`unknown\` where it gives none).

### Authorization

[Bearer](../README.md#bearer)

### HTTP request headers

- **Content-Type**: application/json
- **Accept**: application/json, text/json, text/plain

[[Back to top]](#) [[Back to API list]](../README.md#documentation-for-api-endpoints) [[Back to Model list]](../README.md#documentation-for-models) [[Back to README]](../README.md)

`);
  });

  it('prints a void call without a result, and the body type the client sends', () => {
    const doc = fileOf(g4(), 'docs/SessionsApi.md');
    const put = doc.slice(doc.indexOf('## sessionIdPut'), doc.indexOf('## sessionPost'));
    expect(put).toContain("await api.sessionIdPut({ xG4Tenant: 'xG4Tenant_example', id: 'id_example', body: {} });\n```");
    expect(put).toContain('**body** | **unknown** |  |  | [body: application/json]\n');
    expect(put).toContain('### Return type\n\n**void** (empty response body)\n');
    expect(put).toContain('- **Content-Type**: application/json\n');
  });

  it('shows a model with wire names, TypeScript types and notes', () => {
    expect(fileOf(g4(), 'docs/CreateSessionRequest.md')).toBe(`# CreateSessionRequest

## Properties

Name | Type | Description | Notes
------------ | ------------- | ------------- | -------------
**username** | **string** |  | 
**password** | **string** |  | 
**data** | **unknown** |  | [optional] [nullable]
**timeout** | **number \\| null** |  | [optional] [nullable]
**detail** | **Record&lt;string, unknown&gt; \\| null** |  | [optional] [nullable]

[[Back to Model list]](../README.md#documentation-for-models) [[Back to API list]](../README.md#documentation-for-api-endpoints) [[Back to README]](../README.md)
`);
  });

  it('has the README sections, ending with the reference ones', () => {
    const readme = fileOf(g4(), 'README.md');
    expect(readme).toMatch(/^# g4-sessions\n\nA TypeScript client for G4 API, generated by sdkgen from the API's OpenAPI description\./);
    expect(readme).toContain('- API version: v1\n- Package version: v1\n\n## Installation\n\n```sh\nnpm install g4-sessions\n```\n');
    expect(readme.match(/^## .*/gm)).toEqual([
      '## Installation',
      '## Getting started',
      '## Configuration',
      '## Errors',
      '## Documentation for API Endpoints',
      '## Documentation For Models',
      '## Documentation For Authorization',
    ]);
    expect(readme.slice(readme.indexOf('## Documentation for API Endpoints'))).toBe(`## Documentation for API Endpoints

All URIs are relative to *http://localhost*

Class | Method | HTTP request | Description
------------ | ------------- | ------------- | -------------
*SessionsApi* | [**sessionIdDelete**](docs/SessionsApi.md#sessioniddelete) | **DELETE** /session/{id} | Delete session
*SessionsApi* | [**sessionIdGet**](docs/SessionsApi.md#sessionidget) | **GET** /session/{id} | Get session
*SessionsApi* | [**sessionIdPut**](docs/SessionsApi.md#sessionidput) | **PUT** /session/{id} | Update session data
*SessionsApi* | [**sessionPost**](docs/SessionsApi.md#sessionpost) | **POST** /session | Create a persistent session
*SessionsApi* | [**staticSessionIdGet**](docs/SessionsApi.md#staticsessionidget) | **GET** /static-session/{id} | Get session without updating ttl (internal use)

## Documentation For Models

 - [AuthenticatedSessionResponse](docs/AuthenticatedSessionResponse.md)
 - [CreateSessionRequest](docs/CreateSessionRequest.md)
 - [GetSessionResponse](docs/GetSessionResponse.md)
 - [ProblemDetails](docs/ProblemDetails.md)

## Documentation For Authorization

### Bearer

- **Type**: HTTP Bearer authentication
- **Bearer format**: JWT
- **Configuration**: \`accessToken\`: a token, or a function of the scheme name and scopes returning one

JWT Authorization header using the Bearer scheme. Example: "Authorization: Bearer {token}"
`);
  });

  it('states the runtime defaults and the error classes the package exports', () => {
    const readme = fileOf(g4(), 'README.md');
    expect(readme).toContain('**basePath** | `string` | http://localhost |');
    expect(readme).toContain('**timeoutMs** | `number` | 30000 |');
    expect(readme).toContain('`{ maxAttempts: 3, baseDelayMs: 250, maxDelayMs: 30000 }`');
    const runtime = fileOf(g4(), 'src/runtime/index.ts');
    for (const name of ['ApiError', 'NetworkError', 'TimeoutError', 'InvalidResponseError', 'Configuration']) {
      expect(readme).toContain(`\`${name}\``);
      expect(runtime).toMatch(new RegExp(`\\b${name}\\b`));
    }
    for (const option of ['basePath', 'accessToken', 'username', 'password', 'apiKey', 'headers', 'fetchApi', 'timeoutMs', 'retry']) {
      expect(readme).toContain(`**${option}**`);
      expect(fileOf(g4(), 'src/runtime/configuration.ts')).toContain(`readonly ${option}?:`);
    }
  });

  it('lists the request headers the client sends', () => {
    const code = fileOf(g4(), 'src/apis/SessionsApi.ts');
    const doc = fileOf(g4(), 'docs/SessionsApi.md');
    const sent = [...code.matchAll(/accept: '([^']*)'/g)].map((m) => m[1]);
    const documented = [...doc.matchAll(/^- \*\*Accept\*\*: (.*)$/gm)].map((m) => m[1]);
    expect(documented).toEqual(sent);
    expect(documented).toHaveLength(5);
    const bodies = [...code.matchAll(/body: \{ mediaType: '([^']*)'/g)].map((m) => m[1]);
    expect([...doc.matchAll(/^- \*\*Content-Type\*\*: (.*)$/gm)].map((m) => m[1]).filter((t) => t !== 'Not defined')).toEqual(bodies);
  });

  it('says which schema a renamed model documents', () => {
    const looker = emitted.get('looker-4.0') ?? [];
    expect(fileOf(looker, 'docs/ModelError.md')).toMatch(/^# ModelError\n\nThe spec calls this schema `Error`\.\n\n## Properties\n/);
    expect(fileOf(looker, 'README.md')).toContain(' - [ModelError](docs/ModelError.md)\n');
    expect(fileOf(looker, 'src/models.ts')).toContain('export interface ModelError {');
  });

  it('names every method and request type as the API class declares it', () => {
    const code = fileOf(g4(), 'src/apis/SessionsApi.ts');
    const doc = fileOf(g4(), 'docs/SessionsApi.md');
    const signatures = [...doc.matchAll(/^> `(\w+)\((?:request: (\w+), )?/gm)];
    expect(signatures.map((m) => m[1])).toEqual(['sessionIdDelete', 'sessionIdGet', 'sessionIdPut', 'sessionPost', 'staticSessionIdGet']);
    for (const [, method, request] of signatures) {
      expect(code).toContain(`async ${method}(request: ${request}, options?: RequestOptions)`);
    }
  });
});

describe('links and anchors', () => {
  it.each([...SPECS.map((s) => s.name), 'collisions'])('all resolve in the %s docs', (name) => {
    const files = emitted.get(name) ?? [];
    expect(docsOf(files).length).toBeGreaterThan(1);
    expect(brokenLinks(files)).toEqual([]);
  });

  it('follow GitHub ids where names collide', () => {
    const files = emitted.get('collisions') ?? [];
    const api = fileOf(files, 'docs/SessionsApi.md');
    expect(api).toContain('[**sessionsApi**](SessionsApi.md#sessionsapi-1)');
    // Sorted by method name: each operation's ### headings come before the next method's heading.
    expect(api).toContain('[**aB**](SessionsApi.md#ab)');
    expect(api).toContain('[**ab**](SessionsApi.md#ab-1)');
    expect(api).toContain('[**authorization**](SessionsApi.md#authorization-2)');
    expect(api).toContain('[**example**](SessionsApi.md#example-3)');
    expect(api).toContain('[**parameters**](SessionsApi.md#parameters-4)');
    const readme = fileOf(files, 'README.md');
    expect(readme).toMatch(/^# documentation-for-models\n/);
    expect(api).toContain('[[Back to Model list]](../README.md#documentation-for-models-1)');
    expect(api).toContain(
      '[Installation](../README.md#installation-1), [Documentation For Models](../README.md#documentation-for-models-2), ' +
        '[`key|<x>`](../README.md#keyx), [`_private_`](../README.md#_private_)',
    );
    expect(readme).toContain('### `_private_`\n\n- **Type**: HTTP digest authentication\n- **Configuration**: not supported by this client');
  });

  it('give models file names every OS accepts, unique regardless of case', () => {
    const paths = (emitted.get('collisions') ?? []).map((f) => f.path);
    expect(() => assertSafePaths(paths)).not.toThrow();
    expect(paths.filter((p) => p.startsWith('docs/'))).toEqual(['docs/AbC.md', 'docs/Abc2.md', 'docs/Café.md', 'docs/Con2.md', 'docs/SessionsApi.md', 'docs/Sessionsapi2.md']);
    expect(fileOf(emitted.get('collisions') ?? [], 'docs/Con2.md')).toMatch(/^# Con\n/);
  });

  it('the checker does catch a dangling file, a missing heading and an id in the wrong case', () => {
    const files = [
      { path: 'README.md', contents: '# Top\n\n## Sub Part\n\n[a](docs/Missing.md) [b](#nowhere) [c](#top) [d](docs/A.md#x) [e](#Sub-Part)\n' },
      { path: 'docs/A.md', contents: '## X\n\n[f](../README.md#sub-part) [g](https://example.com/#z)\n' },
    ];
    expect(brokenLinks(files)).toEqual(['README.md → docs/Missing.md', 'README.md → #nowhere', 'README.md → #Sub-Part']);
  });
});

/** A string as a literal part of a RegExp. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
