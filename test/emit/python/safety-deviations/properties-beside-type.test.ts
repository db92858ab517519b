import { beforeAll, describe, expect, it } from 'vitest';
import { referenceDocs, target } from '../../../../src/emit/python/index.js';
import type { Api } from '../../../../src/model/types.js';
import { loadApi } from '../../../../src/load/index.js';
import { docFiles as docs, expectSameFiles, jarFiles, PYTHON_AUTH_LINE, replaced as replacedIn } from '../../../support/safety-deviations.js';

/**
 * Properties written beside a primitive or array type (npr's `ImpressionXml`, `{type: string,
 * properties: {id}}`; vtex Search's `{type: array, items: {}, properties, title: items}`):
 * swagger-codegen 2.2.2 documents such a definition as a model with those rows and hoists such a
 * property, array items, map values or response as an object (`Items`, `AdLabel`,
 * `InlineResponse200`). sdkgen's docs keep the type written, as its package does: a class of
 * those properties would drop the string or list a server sends (quirks README, "Not
 * reproduced"). properties-beside-type/expected is what 2.2.2's jar wrote for the spec
 * (`generate -l python --additional-properties packageName=openapi`). referenceDocs, which the
 * oracle uses to count such files as safety deviations, must reproduce it byte for byte; the
 * real docs must differ from it exactly at the spots listed here and nowhere else.
 */
const DIR = 'test/emit/python/safety-deviations/properties-beside-type';
/** The pages only 2.2.2 writes: the objects it reads where sdkgen reads a string or a list. */
const HOISTED = ['AdByKey', 'AdItemless', 'AdLabel', 'AdRows', 'AdUntitled', 'InlineResponse200', 'InlineResponse2001', 'Items'];

function expectedFiles(): Map<string, string> {
  return jarFiles(DIR, PYTHON_AUTH_LINE);
}

function replaced(text: string | undefined, pairs: readonly (readonly [string, string])[]): string {
  return replacedIn(text, pairs, '2.2.2');
}

let api: Api;
beforeAll(async () => {
  api = await loadApi(`${DIR}/spec.yaml`, { skipValidation: true });
});

describe('Python docs: properties beside a primitive or array type (a safety deviation from 2.2.2)', () => {
  it('referenceDocs writes exactly what 2.2.2 wrote (models of strings, hoisted arrays and responses)', () => {
    expectSameFiles(docs(referenceDocs(api, { packageName: 'openapi' })), expectedFiles());
  });

  it('the docs sdkgen writes keep the types written and differ in nothing else', () => {
    const ours = docs(target.emit(api, { packageName: 'openapi' }));
    const expected = expectedFiles();
    const hoisted = HOISTED.map((name) => `docs/${name}.md`);
    expect([...ours.keys()].sort()).toEqual([...expected.keys()].filter((p) => !hoisted.includes(p)).sort());
    expect(ours.get('README.md')).toBe(replaced(expected.get('README.md'), HOISTED.map((name) => [` - [${name}](docs/${name}.md)\n`, ''])));
    // The arrays stay lists (of items 2.2.2 could not read, list-of-unread-items), the string a
    // str, the map one of strings; `items` keeps its description and stays required.
    expect(ours.get('docs/Ad.md')).toBe(
      replaced(expected.get('docs/Ad.md'), [
        ['**items** | [**Items**](Items.md) |  | [optional] ', '**items** | [**list[ERRORUNKNOWN]**](.md) | Array of products. | '],
        ['[**AdUntitled**](AdUntitled.md) |  |', '[**list[ERRORUNKNOWN]**](.md) | No title. |'],
        ['[**AdItemless**](AdItemless.md)', '[**list[ERRORUNKNOWN]**](.md)'],
        ['[**AdLabel**](AdLabel.md) |  |', '**str** | A label. |'],
        ['[**list[AdRows]**](AdRows.md)', '**list[list[object]]**'],
        ['[**dict(str, AdByKey)**](AdByKey.md)', '**dict(str, str)**'],
      ]),
    );
    expect(ours.get('docs/DefaultApi.md')).toBe(
      replaced(expected.get('docs/DefaultApi.md'), [
        ['> InlineResponse200 get_totals()', '> list[str] get_totals()'],
        ['[**InlineResponse200**](InlineResponse200.md)', '**list[str]**'],
        ['> InlineResponse2001 post_notes(', '> str post_notes('],
        ['[**InlineResponse2001**](InlineResponse2001.md)', '**str**'],
      ]),
    );
    // The string and integer definitions are models with no rows; the array definition (an
    // ArrayModel to 2.2.2, its properties unread) is the same page on both sides.
    expect(ours.get('docs/Impression.md')).toBe(replaced(expected.get('docs/Impression.md'), [['**id** | **int** |  | \n', '']]));
    expect(ours.get('docs/Counted.md')).toBe(replaced(expected.get('docs/Counted.md'), [['**unit** | **str** |  | [optional] \n', '']]));
    expect(ours.get('docs/MediaFile.md')).toBe(
      replaced(expected.get('docs/MediaFile.md'), [
        ["**bitrate** | **int** |  | [optional] [default to 320000]\n**delivery** | **str** |  | [optional] [default to 'progressive']\n", ''],
      ]),
    );
    expect(ours.get('docs/Listing.md')).toBe(expected.get('docs/Listing.md'));
  });
});
