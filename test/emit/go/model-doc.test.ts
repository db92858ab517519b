import { describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/go/index.js';
import type { Api, NamedSchema, Property, Schema } from '../../../src/model/types.js';
import { STRING, makeApi, ref, schema } from './fixtures.js';

function named(name: string, body: Schema): NamedSchema {
  return { name, schema: body, pointer: `/components/schemas/${name}` };
}

function prop(name: string, body: Schema, required = false): Property {
  return { name, required, schema: body };
}

function modelDoc(api: Api, name: string): string {
  const found = target.emit(api, { packageName: 'pkg' }).find((f) => f.path === `docs/${name}.md`);
  if (!found) throw new Error(`no docs/${name}.md`);
  return found.contents;
}

/** The property rows of a model doc. */
function rows(doc: string): string[] {
  return doc.split('\n').filter((l) => l.startsWith('**'));
}

const HEADER = '# Thing\n\n## Properties\n\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n';
const FOOTER = '\n[[Back to Model list]](../README.md#documentation-for-models) [[Back to API list]](../README.md#documentation-for-api-endpoints) [[Back to README]](../README.md)\n\n\n';

describe('model doc (§2.6)', () => {
  it('writes the notes as [optional] [readonly] [default to v], in that order and spacing', () => {
    const api = makeApi({
      schemas: [
        named('Other', schema({ kind: 'object', properties: [] })),
        named(
          'Thing',
          schema({
            kind: 'object',
            properties: [
              prop('id', schema({ kind: 'primitive', type: 'integer', format: 'int64' }, { readOnly: true, description: "one's id" }), true),
              prop('name', STRING, true),
              prop('kind', schema({ kind: 'primitive', type: 'string' }, { default: { value: 'basic' } })),
              prop('size', schema({ kind: 'primitive', type: 'integer' }, { default: { value: 3 }, readOnly: true })),
              prop('other', ref('Other')),
              prop('others', schema({ kind: 'array', items: ref('Other') })),
              prop('tags', schema({ kind: 'array', items: STRING })),
              prop('can', schema({ kind: 'map', values: schema({ kind: 'primitive', type: 'boolean' }) })),
              prop('at', schema({ kind: 'primitive', type: 'string', format: 'date-time' }, { nullable: true })),
            ],
          }),
        ),
      ],
    });
    expect(modelDoc(api, 'Thing')).toBe(
      HEADER +
        [
          "**Id** | **int64** | one&#39;s id | [readonly] ",
          '**Name** | **string** |  | ',
          '**Kind** | **string** |  | [optional] [default to basic]',
          '**Size** | **int32** |  | [optional] [readonly] [default to 3]',
          '**Other** | [**Other**](Other.md) |  | [optional] ',
          '**Others** | [**[]Other**](Other.md) |  | [optional] ',
          '**Tags** | **[]string** |  | [optional] ',
          '**Can** | **map[string]bool** |  | [optional] ',
          '**At** | Pointer to [**time.Time**](time.Time.md) |  | [optional] ',
        ].join('\n') +
        '\n' +
        FOOTER,
    );
  });

  it('prints an empty table for a schema without properties (enum, array alias)', () => {
    const api = makeApi({ schemas: [named('Thing', schema({ kind: 'primitive', type: 'string', enum: ['a', 'b'] }))] });
    expect(modelDoc(api, 'Thing')).toBe(HEADER + FOOTER);
  });

  it('gathers allOf members, following references, each property once', () => {
    const api = makeApi({
      schemas: [
        named('Base', schema({ kind: 'object', properties: [prop('id', STRING, true), prop('name', STRING)] })),
        named('Thing', schema({ kind: 'allOf', members: [ref('Base'), schema({ kind: 'object', properties: [prop('name', STRING), prop('extra', STRING)] })] })),
      ],
    });
    expect(rows(modelDoc(api, 'Thing'))).toEqual(['**Id** | **string** |  | ', '**Name** | **string** |  | [optional] ', '**Extra** | **string** |  | [optional] ']);
  });

  it('survives a reference cycle', () => {
    const api = makeApi({ schemas: [named('Thing', schema({ kind: 'allOf', members: [ref('Thing'), schema({ kind: 'object', properties: [prop('a', STRING)] })] }))] });
    expect(rows(modelDoc(api, 'Thing'))).toEqual(['**A** | **string** |  | [optional] ']);
  });

  it('gives colliding field names suffixes in spec order', () => {
    const api = makeApi({ schemas: [named('Thing', schema({ kind: 'object', properties: [prop('workspace_id', STRING), prop('workspaceId', STRING)] }))] });
    expect(rows(modelDoc(api, 'Thing')).map((r) => r.split(' | ')[0])).toEqual(['**WorkspaceId**', '**WorkspaceId2**']);
  });

  it('names model files by Go model name, colliding names suffixed', () => {
    const api = makeApi({ schemas: [named('api_session', schema({ kind: 'object', properties: [] })), named('ApiSession', schema({ kind: 'object', properties: [] }))] });
    const paths = target.emit(api, { packageName: 'pkg' }).map((f) => f.path).filter((p) => p.endsWith('.md'));
    expect(paths).toEqual(['README.md', 'docs/ApiSession.md', 'docs/ApiSession2.md']);
    expect(modelDoc(api, 'ApiSession2').startsWith('# ApiSession2\n')).toBe(true);
  });
});

describe('links to raw schema names stay inert', () => {
  // Found by the hostile property test: 4.2.1 links a model by its raw name, and a schema named
  // `javascript:/*class` made `[**JavascriptClass**](javascript:/*class.md)`, a script link.
  it('makes a scheme-like raw name a relative path', () => {
    const api = makeApi({
      schemas: [
        named('javascript:/*class', schema({ kind: 'object', properties: [prop('n', STRING)] })),
        named('Thing', schema({ kind: 'object', properties: [prop('evil', ref('javascript:/*class'))] })),
      ],
    });
    const row = rows(modelDoc(api, 'Thing')).find((r) => r.startsWith('**Evil**'));
    expect(row).toMatch(/\]\(\.\/javascript:\/\*class\.md\)/);
    expect(row).not.toMatch(/\]\(javascript:/);
  });
});
