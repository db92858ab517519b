import { describe, expect, test } from 'vitest';
import type { Api, SecurityScheme } from '../../../src/model/types.js';
import { target } from '../../../src/emit/python/index.js';
import { api, arrayOf, bool, int, named, object, ok, operation, param, prop, ref, schema, str } from './api-fixtures.js';

function emit(a: Api, packageName = 'thingsapi'): Map<string, string> {
  return new Map(target.emit(a, { packageName }).map((f) => [f.path, f.contents]));
}

function file(a: Api, path: string): string {
  const contents = emit(a).get(path);
  if (contents === undefined) throw new Error(`no ${path}`);
  return contents;
}

/** The lines from the one starting with `from` up to (excluding) the one starting with `to`. */
function section(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`no section ${from}..${to}`);
  return text.slice(start, end);
}

const thing = named('Thing', object([prop('id', int('int64'), true), prop('name', str({ description: 'The <b>name</b> | label' }))]));

describe('files', () => {
  test('README, one doc per API class and one per named schema', () => {
    const a = api({
      operations: [operation({ id: 'listThings' }), operation({ id: 'ping', tags: [] }), operation({ id: 'getUser', tags: ['user admin'] })],
      schemas: [thing, named('Error', object([]))],
    });
    const paths = [...emit(a).keys()];
    expect(paths.filter((p) => p.endsWith('.md'))).toEqual(['README.md', 'docs/DefaultApi.md', 'docs/ThingsApi.md', 'docs/UserAdminApi.md', 'docs/Thing.md', 'docs/Error.md']);
    // Beside them, the package they describe: one module and one test per API class and model.
    expect(paths.filter((p) => !p.endsWith('.md'))).toEqual([
      'setup.py',
      'requirements.txt',
      'pyproject.toml',
      'thingsapi/__init__.py',
      'thingsapi/api_client.py',
      'thingsapi/rest.py',
      'thingsapi/configuration.py',
      'thingsapi/apis/__init__.py',
      'thingsapi/apis/default_api.py',
      'thingsapi/apis/things_api.py',
      'thingsapi/apis/user_admin_api.py',
      'thingsapi/models/__init__.py',
      'thingsapi/models/thing.py',
      'thingsapi/models/error.py',
      'test/__init__.py',
      'test/test_default_api.py',
      'test/test_things_api.py',
      'test/test_user_admin_api.py',
      'test/test_thing.py',
      'test/test_error.py',
    ]);
  });

  test('a dotted package name is a package inside a package', () => {
    const paths = [...emit(api({ operations: [operation({ id: 'a' })] }), 'openshift.client').keys()];
    expect(paths).toContain('openshift/__init__.py');
    expect(paths).toContain('openshift/client/__init__.py');
    expect(paths).toContain('openshift/client/apis/things_api.py');
  });

  test('a model named like an API class gets another file name instead of overwriting it', () => {
    const a = api({ operations: [operation({ id: 'a' })], schemas: [named('ThingsApi', object([]))] });
    const paths = [...emit(a).keys()];
    expect(paths.filter((p) => p.endsWith('.md'))).toEqual(['README.md', 'docs/ThingsApi.md', 'docs/ThingsApi2.md']);
    expect(paths).toEqual(expect.arrayContaining(['thingsapi/apis/things_api.py', 'thingsapi/models/things_api2.py']));
  });

  test('the same Api gives the same bytes', () => {
    const a = api({ operations: [operation({ id: 'a', responses: [ok(ref('Thing'))] })], schemas: [thing] });
    expect(target.emit(a, { packageName: 'p' })).toEqual(target.emit(a, { packageName: 'p' }));
  });

  test('a package name that is not a Python package is refused', () => {
    expect(() => target.emit(api(), { packageName: 'my-pkg' })).toThrow(/not a Python package name/);
    expect(() => target.emit(api(), { packageName: 'openshift.client' })).not.toThrow();
  });
});

describe('API doc', () => {
  test('an operation without summary, notes, params or return type', () => {
    const doc = file(api({ operations: [operation({ id: 'ping', method: 'delete', path: '/ping' })] }), 'docs/ThingsApi.md');
    // The summary line stays, empty: three empty lines between signature and Example (§3.1).
    expect(doc).toContain('[**ping**](ThingsApi.md#ping) | **DELETE** /ping | \n\n\n# **ping**\n> ping()\n\n\n\n### Example \n');
    expect(doc).toContain('try: \n    api_instance.ping()\nexcept ApiException as e:\n');
    expect(doc).toContain('### Parameters\nThis endpoint does not need any parameter.\n\n### Return type\n\nvoid (empty response body)\n');
    expect(doc).toContain(' - **Content-Type**: Not defined\n - **Accept**: Not defined\n');
    expect(doc.endsWith('[[Back to README]](../README.md)\n\n')).toBe(true);
  });

  test('a composed success body is documented as void (as 2.2.2) but the method still returns it', () => {
    const composed = schema({ kind: 'allOf', members: [ref('Thing'), object([prop('message', str())])] });
    const files = emit(api({ operations: [operation({ id: 'make', responses: [ok(composed)] })], schemas: [thing] }));
    expect(files.get('docs/ThingsApi.md')).toContain('> make()\n');
    expect(files.get('docs/ThingsApi.md')).toContain('### Return type\n\nvoid (empty response body)\n');
    expect(files.get('thingsapi/apis/things_api.py')).toContain("response_type='object',");
  });

  test('an operation written with `tags: []` is in no doc (as 2.2.2) but its class still has the method', () => {
    const files = emit(api({ operations: [operation({ id: 'hidden', tags: [], tagsWrittenEmpty: true }), operation({ id: 'shown', tags: ['things'] })] }));
    expect(files.has('docs/DefaultApi.md')).toBe(false);
    expect(files.get('README.md')).not.toContain('hidden');
    expect(files.get('README.md')).toContain('[**shown**](docs/ThingsApi.md#shown)');
    expect(files.get('thingsapi/apis/default_api.py')).toContain('def hidden(self, **kwargs):');
  });

  // swagger-codegen 2.2.2 never prints it (none of the 874 API docs it wrote in `npm run oracle:python` has one).
  test('the tag description is not printed under the header', () => {
    const doc = file(api({ tags: [{ name: 'Things', description: 'All the "things"' }], operations: [operation({ id: 'a' })] }), 'docs/ThingsApi.md');
    expect(doc.startsWith('# thingsapi.ThingsApi\n\nAll URIs are relative to *https://example.com/api*\n')).toBe(true);
  });

  test('params: required first, optional as keywords, defaults in sample and table', () => {
    const op = operation({
      id: 'searchThings',
      summary: 'Search things',
      parameters: [
        param('limit', schema({ kind: 'primitive', type: 'integer' }, { default: { value: 10 } }), { description: 'Max <rows>' }),
        param('thing_id', int('int64'), { in: 'path', required: true, description: 'Id of thing' }),
        param('ids', arrayOf(str())),
      ],
      responses: [ok(arrayOf(ref('Thing')))],
    });
    const doc = file(api({ operations: [op], schemas: [thing] }), 'docs/ThingsApi.md');
    expect(doc).toContain('# **search_things**\n> list[Thing] search_things(thing_id, limit=limit, ids=ids)\n\nSearch things\n\n### Example \n');
    expect(section(doc, 'api_instance = ', 'try:')).toBe(
      [
        'api_instance = thingsapi.ThingsApi()',
        'thing_id = 789 # int | Id of thing',
        'limit = 10 # int | Max <rows> (optional) (default to 10)',
        "ids = ['ids_example'] # list[str] |  (optional)",
        '',
        '',
      ].join('\n'),
    );
    expect(doc).toContain('    api_response = api_instance.search_things(thing_id, limit=limit, ids=ids)\n    pprint(api_response)\n');
    expect(section(doc, 'Name | Type | Description  | Notes', '### Return type')).toBe(
      [
        'Name | Type | Description  | Notes',
        '------------- | ------------- | ------------- | -------------',
        ' **thing_id** | **int**| Id of thing | ',
        ' **limit** | **int**| Max &lt;rows&gt; | [optional] [default to 10]',
        ' **ids** | [**list[str]**](str.md)|  | [optional] ',
        '',
        '',
      ].join('\n'),
    );
    expect(doc).toContain('### Return type\n\n[**list[Thing]**](Thing.md)\n');
  });

  test('spec text is escaped for each place it lands', () => {
    const op = operation({
      id: 'odd',
      summary: 'A | B <i>"q"</i>',
      description: "Line one\nline two '''x'''",
      responses: [ok(str())],
    });
    const doc = file(api({ operations: [op] }), 'docs/ThingsApi.md');
    // Method table: HTML-escaped (jmustache) and the pipe kept inside its cell.
    expect(doc).toContain('| **GET** /things | A \\| B &lt;i&gt;\\&quot;q\\&quot;&lt;/i&gt;\n');
    // Under the heading: raw like the reference, but no live HTML.
    expect(doc).toContain('\n\nA | B &lt;i&gt;\\"q\\"&lt;/i&gt;\n\nLine one line two \'_\'_\'x\'_\'_\'\n\n### Example ');
    // In the sample: Python source, shown verbatim.
    expect(doc).toContain('    # A | B <i>\\"q\\"</i>\n');
  });

  test('text at the start of a line cannot open a code fence that swallows the file', () => {
    const op = operation({ id: 'fenced', summary: '~~~ not code', description: '```\nfoo\n' });
    const doc = file(api({ operations: [op] }), 'docs/ThingsApi.md');
    expect(doc).toContain('\n\n\\~~~ not code\n\n\\``` foo \n\n### Example ');
    expect(doc).toContain('    # ~~~ not code\n');
  });

  test('a default that is not a string still cannot break the sample', () => {
    const op = operation({ id: 'd', parameters: [param('n', schema({ kind: 'primitive', type: 'integer' }, { default: { value: '1\n```' } }))] });
    expect(file(api({ operations: [op] }), 'docs/ThingsApi.md')).toContain('n = 1 ``` # int |  (optional) (default to 1 ```)\n');
  });

  test('media types in spec order, joined', () => {
    const op = operation({ id: 'a', consumes: ['application/json', 'text/plain'], produces: ["application/x'y"] });
    const doc = file(api({ operations: [op] }), 'docs/ThingsApi.md');
    expect(doc).toContain(' - **Content-Type**: application/json, text/plain\n - **Accept**: application/xy\n');
  });
});

describe('authorization', () => {
  const schemes: SecurityScheme[] = [
    { name: 'api_key', type: 'apiKey', in: 'header', paramName: 'X-API-Key' },
    { name: 'basic', type: 'http', scheme: 'basic' },
    {
      name: 'oauth',
      type: 'oauth2',
      flows: ['implicit'],
      scopes: ['read', 'write'],
      flowDetails: [{ flow: 'implicit', authorizationUrl: 'https://auth.example.com/authorize', scopes: [{ name: 'read', description: 'Read things' }, { name: 'write', description: '' }] }],
    },
    { name: 'Bearer', type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
  ];
  const secured = operation({
    id: 'secret',
    responses: [ok(str())],
    security: [{ schemes: [{ name: 'Bearer', scopes: [] }] }, { schemes: [{ name: 'api_key', scopes: [] }, { name: 'basic', scopes: [] }] }, { schemes: [{ name: 'oauth', scopes: ['read'] }, { name: 'missing', scopes: [] }] }],
  });
  const a = api({ operations: [secured, operation({ id: 'open' })], securitySchemes: schemes });

  // swagger-codegen 2.2.2 collects them in a java.util.HashMap: api_key, basic, Bearer, oauth.
  test('the sample configures each scheme the operation may use, in Java HashMap order', () => {
    const doc = file(a, 'docs/ThingsApi.md');
    expect(section(doc, 'from pprint import pprint\n\n# Configure API key', '# create an instance')).toBe(
      [
        'from pprint import pprint',
        '',
        '# Configure API key authorization: api_key',
        "thingsapi.configuration.api_key['X-API-Key'] = 'YOUR_API_KEY'",
        '# Uncomment below to setup prefix (e.g. Bearer) for API key, if needed',
        "# thingsapi.configuration.api_key_prefix['X-API-Key'] = 'Bearer'",
        '# Configure HTTP basic authorization: basic',
        "thingsapi.configuration.username = 'YOUR_USERNAME'",
        "thingsapi.configuration.password = 'YOUR_PASSWORD'",
        '# Configure HTTP bearer authorization: Bearer',
        "thingsapi.configuration.access_token = 'YOUR_ACCESS_TOKEN'",
        '# Configure OAuth2 access token for authorization: oauth',
        "thingsapi.configuration.access_token = 'YOUR_ACCESS_TOKEN'",
        '',
        '',
      ].join('\n'),
    );
  });

  test('the Authorization line links each scheme to its README heading; unsecured says so', () => {
    const doc = file(a, 'docs/ThingsApi.md');
    expect(doc).toContain('### Authorization\n\n[api_key](../README.md#api_key), [basic](../README.md#basic), [Bearer](../README.md#Bearer), [oauth](../README.md#oauth)\n');
    expect(doc).toContain('### Authorization\n\nNo authorization required\n');
  });

  test('README lists every scheme, sorted by name, under a heading the links resolve to', () => {
    const readme = file(a, 'README.md');
    expect(section(readme, '## Documentation For Authorization', '## Author')).toBe(
      [
        '## Documentation For Authorization',
        '',
        // swagger-codegen 2.2.2: an empty line when there are schemes (the reference's ' ' is for none).
        '',
        '## Bearer',
        '',
        '- **Type**: Bearer authentication (JWT)',
        '',
        '## api_key',
        '',
        '- **Type**: API key',
        '- **API key parameter name**: X-API-Key',
        '- **Location**: HTTP header',
        '',
        '## basic',
        '',
        '- **Type**: HTTP basic authentication',
        '',
        '## oauth',
        '',
        '- **Type**: OAuth',
        '- **Flow**: implicit',
        '- **Authorization URL**: https://auth.example.com/authorize',
        '- **Scopes**: ',
        ' - **read**: Read things',
        ' - **write**: ',
        '',
        '',
        '',
      ].join('\n'),
    );
  });

  test('a scheme name that is not a plain word links to the slug of its heading', () => {
    const odd = api({
      operations: [operation({ id: 'a', security: [{ schemes: [{ name: 'My Key [v2]', scopes: [] }] }] })],
      securitySchemes: [{ name: 'My Key [v2]', type: 'apiKey', in: 'query', paramName: 'key' }],
    });
    expect(file(odd, 'docs/ThingsApi.md')).toContain('[My Key \\[v2\\]](../README.md#my-key-v2)\n');
    expect(file(odd, 'README.md')).toContain('## My Key [v2]\n\n- **Type**: API key\n- **API key parameter name**: key\n- **Location**: URL query string\n');
  });
});

describe('model doc', () => {
  test('properties in spec order: snake_case names, types, escaped descriptions, notes', () => {
    const model = named(
      'user_record',
      object([
        prop('userId', int(), true),
        prop('from', str({ default: { value: 'on save' } })),
        prop('active', schema({ kind: 'primitive', type: 'boolean' }, { default: { value: false } })),
        prop('things', arrayOf(ref('Thing')), false),
        prop('tags', schema({ kind: 'map', values: bool() }, { readOnly: true, description: "sudo'ing" })),
      ]),
    );
    expect(file(api({ schemas: [model, thing] }), 'docs/UserRecord.md')).toBe(
      [
        '# UserRecord',
        '',
        '## Properties',
        'Name | Type | Description | Notes',
        '------------ | ------------- | ------------- | -------------',
        '**user_id** | **int** |  | ',
        "**_from** | **str** |  | [optional] [default to 'on save']",
        '**active** | **bool** |  | [optional] [default to False]',
        '**things** | [**list[Thing]**](Thing.md) |  | [optional] ',
        '**tags** | **dict(str, bool)** | sudo&#39;ing | [optional] ',
        '',
        '[[Back to Model list]](../README.md#documentation-for-models) [[Back to API list]](../README.md#documentation-for-api-endpoints) [[Back to README]](../README.md)',
        '',
        '',
        '',
      ].join('\n'),
    );
  });

  test('a description cell keeps its row: pipes escaped, HTML inert', () => {
    expect(file(api({ schemas: [thing] }), 'docs/Thing.md')).toContain('**name** | **str** | The &lt;b&gt;name&lt;/b&gt; \\| label | [optional] \n');
  });

  test('a typeless property has no row (as in 2.2.2) but the class still reads and writes it', () => {
    const model = named('Event', object([prop('id', int(), true), prop('data', schema({ kind: 'any', object: false }, { nullable: true }), true)]));
    const files = emit(api({ schemas: [model] }));
    expect(files.get('docs/Event.md')).toContain('-------------\n**id** | **int** |  | \n\n[[Back');
    expect(files.get('thingsapi/models/event.py')).toContain("'data': 'object'");
    expect(files.get('thingsapi/models/event.py')).toContain("'data': 'data'");
  });

  test('an allOf doc lists what 2.2.2 reads (the last inline member), the class every member', () => {
    const both = named('Both', schema({ kind: 'allOf', members: [object([prop('a', str())]), object([prop('b', str())])] }));
    const files = emit(api({ schemas: [both] }));
    expect(files.get('docs/Both.md')).toContain('-------------\n**b** | **str** |  | [optional] \n\n[[Back');
    expect(files.get('thingsapi/models/both.py')).toContain("'a': 'str'");
    expect(files.get('thingsapi/models/both.py')).toContain("'b': 'str'");
  });

  test('twin schemas (one class name) share a class when equal and stay apart when not', () => {
    const shape = object([prop('href', str())]);
    const files = emit(api({ schemas: [named('link', shape), named('Link', shape), named('Gizmo', shape), named('gizmo', object([prop('size', int())]))] }));
    const models = [...files.keys()].filter((p) => p.startsWith('thingsapi/models/')).sort();
    expect(models).toEqual(['thingsapi/models/__init__.py', 'thingsapi/models/gizmo.py', 'thingsapi/models/gizmo2.py', 'thingsapi/models/link.py']);
    expect([...files.keys()].filter((p) => p.startsWith('docs/')).sort()).toEqual(['docs/Gizmo.md', 'docs/Gizmo2.md', 'docs/Link.md']);
  });

  test('allOf models list inherited and own properties; enums get an empty table', () => {
    const base = named('Base', object([prop('id', int(), true)]));
    const child = named('Child', schema({ kind: 'allOf', members: [ref('Base'), object([prop('extra', str())])] }));
    const color = named('Color', schema({ kind: 'primitive', type: 'string', enum: ['red'] }));
    const files = emit(api({ schemas: [base, child, color] }));
    expect(files.get('docs/Child.md')).toContain('-------------\n**id** | **int** |  | \n**extra** | **str** |  | [optional] \n\n[[Back');
    expect(files.get('docs/Color.md')).toContain('------------ | ------------- | ------------- | -------------\n\n[[Back to Model list]]');
  });
});

describe('README', () => {
  test('our introduction, then endpoints by class, models alphabetically, no authorization', () => {
    const a = api({
      title: 'Things <API>',
      operations: [operation({ id: 'zeta', summary: 'Z' }), operation({ id: 'alpha', method: 'post', tags: ['Admin'] })],
      schemas: [named('Zebra', object([])), named('apple', object([]))],
    });
    const readme = file(a, 'README.md');
    expect(readme.startsWith('# thingsapi\n\nThis documentation was generated by sdkgen from the API specification "Things &lt;API&gt;".')).toBe(true);
    expect(readme).toContain('- API version: 1.0.0\n- Package version: 1.0.0\n');
    expect(readme).toContain('```sh\npip install thingsapi\n```\n');
    // Getting Started shows the first operation of the first class.
    expect(readme).toContain('api_instance = thingsapi.AdminApi()\n');
    expect(section(readme, '## Documentation for API Endpoints', '## Documentation For Authorization')).toBe(
      [
        '## Documentation for API Endpoints',
        '',
        'All URIs are relative to *https://example.com/api*',
        '',
        'Class | Method | HTTP request | Description',
        '------------ | ------------- | ------------- | -------------',
        '*AdminApi* | [**alpha**](docs/AdminApi.md#alpha) | **POST** /things | ',
        '*ThingsApi* | [**zeta**](docs/ThingsApi.md#zeta) | **GET** /things | Z',
        '',
        '',
        '## Documentation For Models',
        '',
        ' - [Apple](docs/Apple.md)',
        ' - [Zebra](docs/Zebra.md)',
        '',
        '',
        '',
      ].join('\n'),
    );
    expect(readme.endsWith('## Documentation For Authorization\n\n All endpoints do not require authorization.\n \n\n## Author\n\n\n\n')).toBe(true);
  });
});

describe('names too long for a file', () => {
  // Inline objects nested 40 deep: the resolver names each after its parent and property, as
  // swagger-codegen 2.2 does, so the innermost names run past what a file name may hold
  // (azure's network-applicationGateway, which the corpus then refused).
  let inner = object([prop('id', str())]);
  for (let i = 0; i < 40; i++) inner = object([prop('properties', inner), prop(`level${i}`, str())]);
  const a = api({ operations: [operation({ id: 'getGateway' })], schemas: [named('ApplicationGateway', inner)] });
  const files = emit(a);

  test('are shortened until every file of theirs can be written, each still linked by the name its page has', () => {
    const paths = [...files.keys()];
    const longest = Math.max(...paths.flatMap((p) => p.split('/')).map((segment) => Buffer.byteLength(segment)));
    expect(longest).toBeLessThanOrEqual(255);
    const shortened = paths.filter((p) => /^docs\/ApplicationGateway\w*[0-9a-f]{8}\.md$/.test(p));
    expect(shortened.length).toBeGreaterThan(0);
    for (const page of shortened) {
      const name = page.slice('docs/'.length, -'.md'.length);
      expect(files.get(page)).toContain(`# ${name}\n`);
      // Its parent's page links it, and the package declares and imports it under that name.
      expect([...files.values()].some((text) => text.includes(`(${name}.md)`))).toBe(true);
      expect(files.get('thingsapi/models/__init__.py')).toContain(` import ${name}\n`);
    }
  });
});
