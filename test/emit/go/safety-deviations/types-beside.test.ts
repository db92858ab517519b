import { beforeAll, describe, expect, it } from 'vitest';
import { referenceDocs, target } from '../../../../src/emit/go/index.js';
import type { Api } from '../../../../src/model/types.js';
import { loadApi } from '../../../../src/load/index.js';
import { docFiles as docs, expectSameFiles, jarFiles, replaced as replacedIn } from '../../../support/safety-deviations.js';

/**
 * `items` or `additionalProperties` written beside a primitive type (apisetu's `{type: string,
 * items: {properties: {}}}`, rumble's `{type: string, additionalProperties: {type: boolean}}`):
 * openapi-generator 4.2.1 reads such a schema as an array or a map whatever its `type` says, and
 * hoists object items (`ThingS3`). JSON Schema ignores both for a string, and a client typed as an
 * array or a map cannot decode the string the server sends, so sdkgen keeps the type written
 * (README "Exactness", kit/items-beside.ts, kit/values-beside.ts). types-beside/expected is what 4.2.1's jar wrote for
 * the spec (`generate -g go --additional-properties=packageName=openapi`). referenceDocs, which the
 * oracle uses to count such files as safety deviations, must reproduce it byte for byte; the real
 * docs must differ from it exactly at the spots listed here and nowhere else.
 */
const DIR = 'test/emit/go/safety-deviations/types-beside';

function replaced(text: string | undefined, pairs: readonly (readonly [string, string])[]): string {
  return replacedIn(text, pairs, '4.2.1');
}

let api: Api;
beforeAll(async () => {
  api = await loadApi(`${DIR}/spec.yaml`, { skipValidation: true });
});

describe('Go docs: items and additionalProperties beside a primitive type (a safety deviation from 4.2.1)', () => {
  it('referenceDocs writes exactly what 4.2.1 wrote (arrays and maps, ThingS3 hoisted)', () => {
    expectSameFiles(docs(referenceDocs(api, { packageName: 'openapi' })), jarFiles(DIR));
  });

  it('the docs sdkgen writes keep the types written and differ in nothing else', () => {
    const ours = docs(target.emit(api, { packageName: 'openapi' }));
    const expected = jarFiles(DIR);
    // nytimes' `GeoFacet` (Facet): 4.2.1 links a model it never writes; for sdkgen it is the oneOf
    // it was written as, a model with its page and README line.
    expect([...ours.keys()].sort()).toEqual([...[...expected.keys()].filter((p) => p !== 'docs/ThingS3.md'), 'docs/Facet.md'].sort());
    expect(ours.get('README.md')).toBe(
      replaced(expected.get('README.md'), [
        [' - [ThingS3](docs/ThingS3.md)\n', ''],
        [' - [Other](docs/Other.md)\n', ' - [Facet](docs/Facet.md)\n - [Other](docs/Other.md)\n'],
      ]),
    );
    expect(ours.get('docs/Other.md')).toBe(expected.get('docs/Other.md'));
    expect(ours.get('docs/Thing.md')).toBe(
      replaced(expected.get('docs/Thing.md'), [
        ['**S1** | **[]string**', '**S1** | **string**'],
        ['**S2** | [**[]map[string]interface{}**](map[string]interface{}.md)', '**S2** | **string**'],
        ['**S3** | [**[]ThingS3**](Thing_s3.md)', '**S3** | **int32**'],
        ['**S4** | [**[]Other**](Other.md)', '**S4** | **bool**'],
        ['**M1** | **map[string]bool**', '**M1** | **string**'],
        ['**M2** | [**map[string]map[string]bool**](map.md)', '**M2** | **map[string]string**'],
        ['**M3** | [**map[string]map[string]interface{}**](map[string]interface{}.md)', '**M3** | **int32**'],
        ['**M4** | [**map[string]Other**](Other.md)', '**M4** | **string**'],
        // Beside a composition too (docker's Cmd): sdkgen keeps the oneOf, which holds the string form as well.
        ['**C1** | **[]string**', '**C1** | [**OneOfarraystring**](oneOf&lt;array,string&gt;.md)'],
      ]),
    );
    expect(ours.get('docs/TApi.md')).toBe(
      replaced(expected.get('docs/TApi.md'), [
        ['> []Other GetList(ctx, )', '> string GetList(ctx, )'],
        ['[**[]Other**](Other.md)\n', '**string**\n'],
        [' **tags** | [**optional.Interface of []string**](string.md)', ' **tags** | **optional.String**'],
        [' **flags** | [**optional.Interface of map[string]bool**](bool.md)', ' **flags** | **optional.String**'],
      ]),
    );
  });
});
