import { describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/go/index.js';
import type { Api, SecurityScheme } from '../../../src/model/types.js';
import { makeApi, makeOp, schema } from './fixtures.js';

function readme(api: Api, packageVersion?: string): string {
  const found = target.emit(api, { packageName: 'pkg', packageVersion }).find((f) => f.path === 'README.md');
  if (!found) throw new Error('no README.md');
  return found.contents;
}

/** From "## Documentation For Authorization" to the end of the file. */
function authSection(api: Api): string {
  const doc = readme(api);
  return doc.slice(doc.indexOf('## Documentation For Authorization'));
}

const AUTHOR = '## Author\n\n\n\n';

describe('README: our overview', () => {
  const api = makeApi({ title: 'Shop API', version: '2.1', description: 'Sells <things>.\nFast.', operations: [makeOp({ id: 'x' })] });

  it('names the package, the API and both versions, and says sdkgen wrote it', () => {
    const doc = readme(api, '0.3.0');
    expect(doc.startsWith('# Go API client for pkg\n\nSells &lt;things&gt;. Fast.\n\n## Overview\n')).toBe(true);
    expect(doc).toContain('Shop API');
    expect(doc).toContain('sdkgen generated them');
    expect(doc).toContain('- API version: 2.1\n- Package version: 0.3.0\n');
    expect(doc).toContain('import sw "./pkg"');
  });

  it('imports the module path when the modulePath option gives one, the package folder otherwise', () => {
    const withModule = target.emit(api, { packageName: 'pkg', modulePath: 'github.com/acme/pkg-go' }).find((f) => f.path === 'README.md')?.contents ?? '';
    expect(withModule).toContain('Add the module `github.com/acme/pkg-go` to your go.mod and import it; the examples below call it `sw`:\n\n```golang\nimport sw "github.com/acme/pkg-go"\n```\n');
    expect(readme(api)).toContain('Put the package under your project folder and import it; the examples below call it `sw`:\n\n```golang\nimport sw "./pkg"\n```\n');
  });

  it('defaults the package version to the API version', () => {
    expect(readme(api)).toContain('- Package version: 2.1\n');
  });

  it('has no timestamp', () => {
    expect(readme(api)).not.toMatch(/\d{4}-\d{2}-\d{2}|Build date/);
  });
});

describe('README: endpoint and model lists (§2.7)', () => {
  it('lists classes in name order, each with its sorted operations, anchors lower-cased', () => {
    const api = makeApi({
      operations: [
        makeOp({ id: 'zeta', tags: ['Beta'], summary: 'Z & z' }),
        makeOp({ id: 'alpha', tags: ['Beta'], method: 'post', path: '/b' }),
        makeOp({ id: 'get_thing', tags: ['Alpha'], method: 'delete', path: '/a/{id}' }),
      ],
      schemas: ['zed', 'Apple', 'ball'].map((name) => ({ name, schema: schema({ kind: 'object', properties: [] }), pointer: '' })),
    });
    const doc = readme(api);
    expect(doc).toContain(
      [
        'Class | Method | HTTP request | Description',
        '------------ | ------------- | ------------- | -------------',
        '*AlphaApi* | [**GetThing**](docs/AlphaApi.md#getthing) | **Delete** /a/{id} | ',
        '*BetaApi* | [**Alpha**](docs/BetaApi.md#alpha) | **Post** /b | ',
        '*BetaApi* | [**Zeta**](docs/BetaApi.md#zeta) | **Get** /thing | Z &amp; z',
        '',
        '',
        '## Documentation For Models',
        '',
        ' - [Apple](docs/Apple.md)',
        ' - [Ball](docs/Ball.md)',
        ' - [Zed](docs/Zed.md)',
        '',
        '',
        '## Documentation For Authorization',
      ].join('\n'),
    );
  });
});

describe('README: authorization (4.2.1 README.mustache)', () => {
  const withSchemes = (...securitySchemes: SecurityScheme[]): Api => makeApi({ securitySchemes, operations: [makeOp({ id: 'x' })] });

  it('says no authorization is required when there are no schemes', () => {
    expect(authSection(makeApi({ operations: [makeOp({ id: 'x' })] }))).toBe(
      '## Documentation For Authorization\n\n Endpoints do not require authorization.\n\n\n' + AUTHOR,
    );
  });

  it('drops the empty author line when there is no API class', () => {
    expect(authSection(makeApi())).toBe('## Documentation For Authorization\n\n Endpoints do not require authorization.\n\n\n## Author\n\n\n');
  });

  it('describes a bearer scheme exactly as basic auth, as 4.2.1 does', () => {
    expect(authSection(withSchemes({ name: 'Bearer', type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }))).toBe(
      [
        '## Documentation For Authorization',
        '',
        '',
        '',
        '## Bearer',
        '',
        '- **Type**: HTTP basic authentication',
        '',
        'Example',
        '',
        '```golang',
        'auth := context.WithValue(context.Background(), sw.ContextBasicAuth, sw.BasicAuth{',
        '    UserName: "username",',
        '    Password: "password",',
        '})',
        'r, err := client.Service.Operation(auth, args)',
        '```',
        '',
        '',
        AUTHOR,
      ].join('\n'),
    );
  });

  it('lists schemes sorted by name, one block each', () => {
    const section = authSection(
      withSchemes(
        { name: 'petstore_auth', type: 'oauth2', flows: ['authorizationCode', 'implicit'], scopes: ['write:pets', 'read:pets'] },
        { name: 'basic', type: 'http', scheme: 'basic' },
        { name: 'api_key', type: 'apiKey', in: 'header', paramName: 'api_key' },
        { name: 'digest', type: 'http', scheme: 'digest' },
        { name: 'oidc', type: 'openIdConnect', url: 'https://x/.well-known' },
      ),
    );
    expect([...section.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([
      'Documentation For Authorization',
      'api_key',
      'basic',
      'digest',
      'oidc',
      'petstore_auth',
      'Author',
    ]);
    expect(section).toContain('## api_key\n\n- **Type**: API key\n\nExample\n\n```golang\nauth := context.WithValue(context.Background(), sw.ContextAPIKey, sw.APIKey{\n');
    expect(section).toContain('## basic\n\n- **Type**: HTTP basic authentication\n\nExample\n\n```golang\nauth := context.WithValue(context.Background(), sw.ContextBasicAuth, sw.BasicAuth{\n');
    // Every HTTP scheme is basic to 4.2.1 (case http-schemes-basic); OpenID Connect sets no flag: only its heading prints.
    expect(section).toContain('## digest\n\n- **Type**: HTTP basic authentication\n\nExample\n\n```golang\nauth := context.WithValue(context.Background(), sw.ContextBasicAuth, sw.BasicAuth{\n');
    expect(section).toContain('```\n\n\n## oidc\n\n\n## petstore_auth\n\n\n- **Type**: OAuth\n- **Flow**: implicit\n- **Authorization URL**: \n- **Scopes**: \n - **write:pets**: \n - **read:pets**: \n\nExample\n');
    expect(section.endsWith('r, err := client.Service.Operation(auth, args)\n```\n\n\n' + AUTHOR)).toBe(true);
  });

  it('prints N/A for an OAuth scheme without scopes', () => {
    expect(authSection(withSchemes({ name: 'o', type: 'oauth2', flows: ['clientCredentials'], scopes: [] }))).toContain('- **Flow**: application\n- **Authorization URL**: \n- **Scopes**: N/A\n\nExample\n');
  });
});
