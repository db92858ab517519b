import { describe, expect, it } from 'vitest';
import { apiDocView } from '../../../src/emit/rust/api-view.js';
import { target } from '../../../src/emit/rust/index.js';
import { rustPlan } from '../../../src/emit/rust/plan.js';
import { render } from '../../../src/emit/docs/templates.js';
import type { Api, Operation } from '../../../src/model/types.js';
import { any, api, body, int32, object, operation, param, prop, ref, response, str } from './build.js';

function apiDoc(spec: Api): string {
  const file = target.emit(spec, { packageName: 'demo' }).find((f) => f.path.startsWith('docs/') && f.path.endsWith('Api.md'));
  if (!file) throw new Error('no API doc emitted');
  return file.contents;
}

function opView(op: Operation, extra: Partial<Api> = {}) {
  const spec = api({ operations: [op], ...extra });
  const [planned] = rustPlan(spec, 'demo').classes;
  if (!planned) throw new Error('no class');
  const view = apiDocView(spec, planned);
  const [only] = view.operations;
  if (!only) throw new Error('no operation');
  return { view, op: only };
}

const BACK =
  '[[Back to top]](#) [[Back to API list]](../README.md#documentation-for-api-endpoints) [[Back to Model list]](../README.md#documentation-for-models) [[Back to README]](../README.md)';

describe('API doc layout (docs-format.md §4.1)', () => {
  it('prints an operation without params, with notes and without auth, line for line', () => {
    const doc = apiDoc(
      api({
        baseUrl: 'https://example.com/api/3.0',
        tags: [{ name: 'Session', description: 'Session\nthings' }],
        operations: [
          operation('session', {
            tags: ['Session'],
            path: '/session',
            summary: 'Get Session',
            description: '### Get API Session\n\nReturns the session.\n',
            responses: [response('200', str())],
            produces: ['application/json'],
            consumes: ['application/json'],
          }),
        ],
      }),
    );
    expect(doc).toBe(
      [
        '# \\SessionApi',
        '',
        // The tag has a description; openapi-generator 6.0.0 never prints it (none of the 845 API
        // docs it wrote in `npm run oracle:rust` has one).
        'All URIs are relative to *https://example.com/api/3.0*',
        '',
        'Method | HTTP request | Description',
        '------------- | ------------- | -------------',
        '[**session**](SessionApi.md#session) | **GET** /session | Get Session',
        '',
        '',
        '',
        '## session',
        '',
        '> String session()',
        'Get Session',
        '',
        '### Get API Session  Returns the session. ',
        '',
        '### Parameters',
        '',
        'This endpoint does not need any parameter.',
        '',
        '### Return type',
        '',
        '**String**',
        '',
        '### Authorization',
        '',
        'No authorization required',
        '',
        '### HTTP request headers',
        '',
        // consumes without a request body sends no Content-Type (openapi-generator 6.0 behaviour)
        '- **Content-Type**: Not defined',
        '- **Accept**: application/json',
        '',
        BACK,
        '',
        '',
      ].join('\n'),
    );
  });

  it('prints an empty line for a missing summary, and an empty summary cell', () => {
    const doc = apiDoc(api({ operations: [operation('thingGet', { tags: ['Things'] })] }));
    expect(doc).toContain('[**thing_get**](ThingsApi.md#thing_get) | **GET** /thing | \n');
    // the summary line stays, empty, before the usual empty line
    expect(doc).toContain('> thing_get()\n\n\n### Parameters\n');
    expect(doc).toContain('- **Accept**: Not defined\n');
  });

  it('puts untagged operations in DefaultApi', () => {
    expect(apiDoc(api({ operations: [operation('x')] }))).toMatch(/^# \\DefaultApi\n\nAll URIs/);
  });
});

describe('operation view', () => {
  it('prints defaults right after the last pipe and escapes descriptions for a table cell', () => {
    const { op } = opView(
      operation('list', {
        parameters: [
          param('limit', int32({ default: { value: 20 } }), { description: 'How many | at most\n"twenty"' }),
          param('sort', str({ default: { value: 'name|asc' } })),
        ],
      }),
    );
    expect(op.params).toEqual([
      { name: 'limit', type: 'Option<**i32**>', description: 'How many \\| at most \\"twenty\\"', required: '', notes: '[default to 20]' },
      { name: 'sort', type: 'Option<**String**>', description: '', required: '', notes: '[default to name\\|asc]' },
    ]);
  });

  it('escapes summary, notes, path and media types as the reference does, and guards HTML', () => {
    const { op } = opView(
      operation('x', {
        path: '/a|b',
        summary: 'Gets /* all */ <b>things</b> | more',
        description: 'C:\\temp\tand "quotes"',
        requestBody: body(any(), {}, ['application/*+json']),
        produces: ['application/*+json', 'text/plain'],
      }),
    );
    expect(op.path).toBe('/a\\|b');
    expect(op.tableSummary).toBe('Gets /_* all *_/ &lt;b&gt;things&lt;/b&gt; \\| more');
    expect(op.summary).toBe('Gets /_* all *_/ &lt;b&gt;things&lt;/b&gt; | more');
    expect(op.notes).toBe('C:\\\\temp and \\"quotes\\"');
    expect(op.contentType).toBe('application/_*+json');
    expect(op.accept).toBe('application/_*+json, text/plain');
  });

  it('prints the return type before the name in the signature, and a model body by its bare name', () => {
    const spec = { schemas: [{ name: 'Thing', pointer: '', schema: object([prop('id', str())]) }] };
    const { op } = opView(
      operation('thingPost', {
        parameters: [param('dry-run', str())],
        requestBody: body(ref('Thing'), { required: true, description: 'The thing' }),
        responses: [response('201', ref('Thing'))],
      }),
      spec,
    );
    expect(op.signature).toBe('crate::models::Thing thing_post(thing, dry_run)');
    expect(op.params[0]).toEqual({ name: 'thing', type: '[**Thing**](Thing.md)', description: 'The thing', required: '[required]', notes: '' });
    expect(op.returnType).toBe('[**crate::models::Thing**](Thing.md)');
  });
});

describe('authorization line (docs-format.md §1.9)', () => {
  const schemes: Api['securitySchemes'] = [
    { name: 'Bearer', type: 'http', scheme: 'bearer' },
    { name: 'api_key', type: 'apiKey', in: 'header', paramName: 'X-Key' },
    { name: 'oauth', type: 'oauth2', flows: ['implicit', 'password'], scopes: ['read'] },
  ];
  const auth = (security: Operation['security']): string => opView(operation('x', { security }), { securitySchemes: schemes }).op.authorization;

  it.each<[string, Operation['security'], string]>([
    ['none', [], 'No authorization required'],
    ['an empty requirement (auth optional)', [{ schemes: [] }], 'No authorization required'],
    ['one scheme', [{ schemes: [{ name: 'Bearer', scopes: [] }] }], '[Bearer](../README.md#Bearer)'],
    [
      'alternatives, each scheme once, sorted by name as Java compares strings (capitals first)',
      [{ schemes: [{ name: 'api_key', scopes: [] }] }, { schemes: [{ name: 'Bearer', scopes: [] }, { name: 'api_key', scopes: [] }] }],
      '[Bearer](../README.md#Bearer), [api_key](../README.md#api_key)',
    ],
    [
      'an OAuth scheme once per flow it declares',
      [{ schemes: [{ name: 'oauth', scopes: ['read'] }] }, { schemes: [{ name: 'api_key', scopes: [] }] }],
      '[api_key](../README.md#api_key), [oauth](../README.md#oauth), [oauth](../README.md#oauth)',
    ],
    ['an undeclared scheme is left out', [{ schemes: [{ name: 'Nope', scopes: [] }] }], 'No authorization required'],
  ])('%s', (_, security, line) => {
    expect(auth(security)).toBe(line);
  });
});

describe('api template', () => {
  it('renders a parameter table row ending in the pipe when there is no default', () => {
    const out = render('rust', 'api.md', {
      className: 'XApi',
      baseUrl: 'http://localhost',
      operations: [
        {
          name: 'x', method: 'GET', path: '/x', tableSummary: '', signature: 'x(a)', summary: '', notes: undefined,
          params: [{ name: 'a', type: '**String**', description: '', required: '[required]', notes: '' }],
          returnType: ' (empty response body)', authorization: 'No authorization required', contentType: 'Not defined', accept: 'Not defined',
        },
      ],
    });
    expect(out).toContain('### Parameters\n\n\nName | Type | Description  | Required | Notes\n------------- | ------------- | ------------- | ------------- | -------------\n**a** | **String** |  | [required] |\n\n### Return type\n\n (empty response body)\n');
  });
});
