import { describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/go/index.js';
import type { Api } from '../../../src/model/types.js';
import { STRING, emptyResponse, jsonResponse, makeApi, makeOp, makeParam, ref, schema } from './fixtures.js';

function file(api: Api, path: string): string {
  const found = target.emit(api, { packageName: 'pkg' }).find((f) => f.path === path);
  if (!found) throw new Error(`no ${path}`);
  return found.contents;
}

/** The lines of one operation's section, from `## <name>` to its last back-link. */
function section(doc: string, name: string): string {
  const start = doc.indexOf(`\n## ${name}\n`);
  const end = doc.indexOf('[[Back to README]](../README.md)\n', start);
  return doc.slice(start + 1, end);
}

const theme = { name: 'Theme', schema: schema({ kind: 'object', properties: [] }), pointer: '' };

describe('api doc layout (§2.1–§2.3)', () => {
  it('writes required and optional parameters as 4.2.1 does, one empty line per required param', () => {
    const api = makeApi({
      schemas: [theme],
      operations: [
        makeOp({
          id: 'theme',
          summary: 'Get Theme',
          parameters: [
            makeParam('theme_id', { in: 'path', required: true, description: 'Id of theme' }),
            makeParam('fields', { description: 'Requested fields.' }),
            makeParam('limit', { schema: schema({ kind: 'primitive', type: 'integer', format: 'int64' }, { default: { value: 10 } }) }),
            makeParam('ids', { schema: schema({ kind: 'array', items: schema({ kind: 'primitive', type: 'integer', format: 'int64' }) }) }),
            makeParam('since', { schema: schema({ kind: 'primitive', type: 'string', format: 'date-time' }) }),
            makeParam('filter', { schema: ref('Theme') }),
            makeParam('kind', { required: true, schema: schema({ kind: 'primitive', type: 'string' }, { default: { value: "a'b" } }) }),
          ],
          responses: [jsonResponse('200', ref('Theme'))],
          produces: ['application/json'],
        }),
      ],
    });
    expect(section(file(api, 'docs/ThingApi.md'), 'Theme')).toBe(
      [
        '## Theme',
        '',
        '> Theme Theme(ctx, themeId, kind, optional)',
        '',
        'Get Theme',
        '',
        '### Required Parameters',
        '',
        '',
        'Name | Type | Description  | Notes',
        '------------- | ------------- | ------------- | -------------',
        '**ctx** | **context.Context** | context for authentication, logging, cancellation, deadlines, tracing, etc.',
        '**themeId** | **string**| Id of theme | ',
        '**kind** | **string**|  | [default to a&#39;b]',
        ' **optional** | ***ThemeOpts** | optional parameters | nil if no parameters',
        '',
        '### Optional Parameters',
        '',
        'Optional parameters are passed through a pointer to a ThemeOpts struct',
        '',
        '',
        'Name | Type | Description  | Notes',
        '------------- | ------------- | ------------- | -------------',
        '',
        '',
        ' **fields** | **optional.String**| Requested fields. | ',
        ' **limit** | **optional.Int64**|  | [default to 10]',
        ' **ids** | [**optional.Interface of []int64**](int64.md)|  | ',
        ' **since** | **optional.Time**|  | ',
        // A model-typed parameter has no baseType in 4.2.1: `(.md)` (test/emit/go/cases/parameter-links).
        ' **filter** | [**optional.Interface of Theme**](.md)|  | ',
        '',
        '### Return type',
        '',
        '[**Theme**](Theme.md)',
        '',
        '### Authorization',
        '',
        'No authorization required',
        '',
        '### HTTP request headers',
        '',
        '- **Content-Type**: Not defined',
        '- **Accept**: application/json',
        '',
        '[[Back to top]](#) [[Back to API list]](../README.md#documentation-for-api-endpoints)',
        '[[Back to Model list]](../README.md#documentation-for-models)',
        '',
      ].join('\n'),
    );
  });

  it('writes optional-only parameters without empty lines, and `optional` alone in the signature', () => {
    const api = makeApi({ operations: [makeOp({ id: 'all_themes', parameters: [makeParam('fields')] })] });
    const doc = section(file(api, 'docs/ThingApi.md'), 'AllThemes');
    expect(doc).toContain('> AllThemes(ctx, optional)\n');
    expect(doc).toContain('------------- | ------------- | ------------- | -------------\n **fields** | **optional.String**|  | \n\n### Return type\n\n (empty response body)\n');
  });

  it('keeps an empty summary line and three empty lines when there is no summary and no notes', () => {
    const api = makeApi({ operations: [makeOp({ id: 'ping', responses: [emptyResponse('204')] })] });
    expect(section(file(api, 'docs/ThingApi.md'), 'Ping')).toContain('> Ping(ctx, )\n\n\n\n### Required Parameters\n\nThis endpoint does not need any parameter.\n');
  });

  it('sorts operations by Go name and ends the file with one empty line', () => {
    const api = makeApi({ operations: ['get_thing', 'delete_thing', 'create_thing', 'count'].map((id) => makeOp({ id })) });
    const doc = file(api, 'docs/ThingApi.md');
    expect([...doc.matchAll(/^## (\w+)$/gm)].map((m) => m[1])).toEqual(['Count', 'CreateThing', 'DeleteThing', 'GetThing']);
    expect(doc.endsWith('[[Back to README]](../README.md)\n\n')).toBe(true);
    expect(doc).toContain('[**Count**](ThingApi.md#Count) | **Get** /thing | \n');
  });

  it('never prints the tag description (no tag description reaches 4.2.1\'s template)', () => {
    const api = makeApi({ tags: [{ name: 'Thing', description: 'Things & "stuff"' }], operations: [makeOp({ id: 'x' })] });
    expect(file(api, 'docs/ThingApi.md').startsWith('# \\ThingApi\n\nAll URIs are relative to *http://localhost*\n')).toBe(true);
  });
});

describe('api doc text escaping (§1.1, §1.2)', () => {
  const api = makeApi({
    operations: [
      makeOp({
        id: 'x',
        summary: 'Say "hi" <b> | now',
        description: 'Line one\nline /* two */\n',
        parameters: [makeParam('q', { required: true, description: "it's `a|b`" })],
      }),
    ],
  });
  const doc = file(api, 'docs/ThingApi.md');

  it('HTML-escapes the table summary and guards the pipe', () => {
    expect(doc).toContain('[**X**](ThingApi.md#X) | **Get** /thing | Say \\&quot;hi\\&quot; &lt;b&gt; \\| now\n');
  });

  it('prints summary and notes raw (escapeText only), with HTML neutralised', () => {
    expect(doc).toContain('\nSay \\"hi\\" &lt;b&gt; | now\n\nLine one line /_* two *_/ \n');
  });

  it('HTML-escapes parameter descriptions in their cell', () => {
    expect(doc).toContain("**q** | **string**| it&#39;s &#x60;a\\|b&#x60; | \n");
  });
});

describe('request headers and authorization (§1.8, §1.9)', () => {
  it('takes Content-Type from the request body only, Accept from the responses', () => {
    const api = makeApi({
      operations: [
        makeOp({ id: 'get', consumes: ['application/json'], produces: [] }),
        makeOp({
          id: 'put',
          method: 'put',
          consumes: ['ignored/by-go'],
          produces: ['text/plain', 'application/json'],
          responses: [
            { status: '200', description: 'ok', headers: [], content: [{ mediaType: 'text/plain', schema: STRING }] },
            { status: '400', description: 'bad', headers: [], content: [{ mediaType: 'application/json', schema: STRING }] },
          ],
          requestBody: { required: false, content: [{ mediaType: 'application/json-patch+json', schema: STRING }, { mediaType: 'application/*+json', schema: STRING }] },
        }),
      ],
    });
    const doc = file(api, 'docs/ThingApi.md');
    expect(section(doc, 'Get')).toContain('- **Content-Type**: Not defined\n- **Accept**: Not defined\n');
    expect(section(doc, 'Put')).toContain('- **Content-Type**: application/json-patch+json, application/_*+json\n- **Accept**: text/plain, application/json\n');
    expect(section(doc, 'Put')).toContain(' **body** | **optional.String**|  | ');
  });

  it('links every scheme of every alternative once, sorted by name, skipping undeclared ones', () => {
    const api = makeApi({
      securitySchemes: [
        { name: 'Bearer', type: 'http', scheme: 'bearer' },
        { name: 'api_key', type: 'apiKey', in: 'header', paramName: 'X-Key' },
      ],
      operations: [
        makeOp({
          id: 'x',
          security: [{ schemes: [{ name: 'api_key', scopes: [] }] }, { schemes: [{ name: 'Bearer', scopes: [] }, { name: 'ghost', scopes: [] }] }],
        }),
      ],
    });
    expect(file(api, 'docs/ThingApi.md')).toContain('### Authorization\n\n[Bearer](../README.md#Bearer), [api_key](../README.md#api_key)\n');
  });
});
