import { describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/rust/index.js';
import type { NamedSchema } from '../../../src/model/types.js';
import { api, int32, object, prop, ref, schema, str } from './build.js';

/** Model docs end with the back-links line and two empty lines. */
const BACK = '[[Back to Model list]](../README.md#documentation-for-models) [[Back to API list]](../README.md#documentation-for-api-endpoints) [[Back to README]](../README.md)';
const HEAD = ['## Properties', '', 'Name | Type | Description | Notes', '------------ | ------------- | ------------- | -------------'];

function modelDocs(...schemas: NamedSchema[]): Map<string, string> {
  const files = target.emit(api({ schemas }), { packageName: 'demo' });
  return new Map(files.filter((f) => f.path.startsWith('docs/')).map((f) => [f.path, f.contents]));
}

const named = (name: string, s: NamedSchema['schema']): NamedSchema => ({ name, pointer: `/components/schemas/${name}`, schema: s });

describe('model docs (docs-format.md §4.6)', () => {
  it('runs notes together: [optional], then [readonly], then [default to v]', () => {
    const docs = modelDocs(
      named('Settings', object([
        prop('mode', str({ readOnly: true, default: { value: 'fast' } })),
        prop('id', int32({ readOnly: true }), true),
        prop('retries', int32({ default: { value: 3 } }), true),
        prop('note', str({ description: 'Free | text\nwith "quotes" and /* this */' })),
      ])),
    );
    expect(docs.get('docs/Settings.md')).toBe(
      [
        '# Settings',
        '',
        ...HEAD,
        '**mode** | Option<**String**> |  | [optional][readonly][default to fast]',
        '**id** | **i32** |  | [readonly]',
        '**retries** | **i32** |  | [default to 3]',
        '**note** | Option<**String**> | Free \\| text with \\"quotes\\" and /_* this *_/ | [optional]',
        '',
        BACK,
        '',
        '',
        '',
      ].join('\n'),
    );
  });

  it('prints an enum with an empty table, as 6.0 does', () => {
    const docs = modelDocs(named('user_status', schema({ kind: 'primitive', type: 'string', enum: ['active', 'archived'] })));
    expect(docs.get('docs/UserStatus.md')).toBe(['# UserStatus', '', ...HEAD, '', BACK, '', '', ''].join('\n'));
  });

  it('flattens allOf members into one table, a later declaration winning at the first place (6.0, quirk allof-later-member-wins)', () => {
    const docs = modelDocs(
      named('Base', object([prop('id', str(), true), prop('kind', str())])),
      named('Derived', schema({ kind: 'allOf', members: [ref('Base'), object([prop('kind', int32()), prop('extra', str())])] })),
    );
    const rows = docs.get('docs/Derived.md')?.split('\n').filter((l) => l.startsWith('**'));
    expect(rows).toEqual(['**id** | **String** |  | ', '**kind** | Option<**i32**> |  | [optional]', '**extra** | Option<**String**> |  | [optional]']);
  });

  it('cases property names and keeps them unique', () => {
    const docs = modelDocs(named('Thing', object([prop('userId', str()), prop('user_id', str()), prop('type', str())])));
    const names = docs.get('docs/Thing.md')?.split('\n').filter((l) => l.startsWith('**')).map((l) => l.split(' | ')[0]);
    expect(names).toEqual(['**user_id**', '**user_id_2**', '**_type**']);
  });

  it('writes no doc for aliases, which are replaced by their target where used', () => {
    const docs = modelDocs(named('Name', str()), named('Holder', object([prop('name', ref('Name'), true)])));
    expect([...docs.keys()]).toEqual(['docs/Holder.md']);
    expect(docs.get('docs/Holder.md')).toContain('**name** | **String** |  | \n');
  });
});
