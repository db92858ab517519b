import { beforeAll, describe, expect, it } from 'vitest';
import { referenceDocs, target } from '../../../src/emit/rust/index.js';
import type { Api } from '../../../src/model/types.js';
import { loadApi } from '../../../src/load/index.js';
import { docFiles as docs, expectSameFiles, jarFiles, replaced as replacedIn } from '../../support/safety-deviations.js';

/**
 * Where sdkgen's Rust docs deliberately differ from openapi-generator 6.0.0 in names (README
 * "Exactness"): a function name starting with a digit (`1.Createtransaction`), inline models named after empty or numeric titles (6.0's ``, `1`, `7`: no Rust
 * type, `.md` no safe page; a `$ref` to `` 6.0 itself reads as any value), two models equal but
 * for case (`branchrule`, `BranchRule`: one page on a case-insensitive disk), two schemas of one
 * model name (`_metadata`, `metadata`: 6.0 keeps the later), a field name repeated in one model
 * (`prefs/background`, `prefs_background`) and one that sanitizes to nothing (`""`, printed
 * `****`), which no struct can hold. safety-deviations/expected is what 6.0.0's jar wrote for the
 * spec (`generate -g rust --skip-validate-spec --additional-properties=packageName=openapi`).
 * referenceDocs, which the oracle uses to count such files as safety deviations, must reproduce
 * it byte for byte; the real docs must differ from it exactly at the spots listed here and nowhere else.
 */
const DIR = 'test/emit/rust/safety-deviations';
const GENERATOR = '6.0.0';

function expectedFiles(): Map<string, string> {
  return jarFiles(DIR);
}

function replaced(text: string | undefined, pairs: readonly (readonly [string, string])[]): string {
  return replacedIn(text, pairs, GENERATOR);
}

let api: Api;
beforeAll(async () => {
  api = await loadApi(`${DIR}/spec.yaml`, { skipValidation: true });
});

describe('Rust docs safety deviations from 6.0.0', () => {
  it('referenceDocs writes exactly what 6.0.0 wrote (function 1_createtransaction, models ``, 1 and 7, case twins, one Metadata, fields repeated or empty)', () => {
    expectSameFiles(docs(referenceDocs(api, { packageName: 'openapi' })), expectedFiles());
  });

  it('the docs sdkgen writes name every function, model and field as Rust can, and differ in nothing else', () => {
    // A function cannot start with a digit: `call_` as for a keyword.
    const FUNCTION: [string, string] = ['1_createtransaction', 'call_1_createtransaction'];
    const ours = docs(target.emit(api, { packageName: 'openapi' }));
    const expected = expectedFiles();
    expect([...ours.keys()].sort()).toEqual([
      'README.md',
      'docs/Board.md',
      'docs/BranchRule2.md',
      'docs/Branchrule.md',
      'docs/DefaultApi.md',
      'docs/GetBrands200ResponseInner.md',
      'docs/GetFacets200Response.md',
      'docs/GetFacets200ResponseDepartmentsInner.md',
      'docs/Metadata.md',
      'docs/Metadata2.md',
      'docs/Model7.md',
    ]);
    expect(ours.get('README.md')).toBe(
      replaced(expected.get('README.md'), [
        FUNCTION,
        [' - [](docs/.md)\n - [1](docs/1.md)\n - [7](docs/7.md)\n', ''],
        [' - [BranchRule](docs/BranchRule.md)\n', ' - [BranchRule2](docs/BranchRule2.md)\n'],
        [
          ' - [Metadata](docs/Metadata.md)\n',
          ' - [GetBrands200ResponseInner](docs/GetBrands200ResponseInner.md)\n - [GetFacets200Response](docs/GetFacets200Response.md)\n - [GetFacets200ResponseDepartmentsInner](docs/GetFacets200ResponseDepartmentsInner.md)\n - [Metadata](docs/Metadata.md)\n - [Metadata2](docs/Metadata2.md)\n - [Model7](docs/Model7.md)\n',
        ],
      ]),
    );
    expect(ours.get('docs/Board.md')).toBe(
      replaced(expected.get('docs/Board.md'), [
        ['**prefs_background** | Option<**String**> |  | [optional]\n**prefs_background**', '**prefs_background** | Option<**String**> |  | [optional]\n**prefs_background_2**'],
        ['**** |', '**field** |'],
        ['[**crate::models::BranchRule**](BranchRule.md)', '[**crate::models::BranchRule2**](BranchRule2.md)'],
        ['[**crate::models::Metadata**](metadata.md)', '[**crate::models::Metadata2**](Metadata2.md)'],
      ]),
    );
    // The twins keep their own pages: 6.0's BranchRule.md and Metadata.md are sdkgen's BranchRule2.md and Metadata2.md.
    expect(ours.get('docs/BranchRule2.md')).toBe(replaced(expected.get('docs/BranchRule.md'), [['# BranchRule', '# BranchRule2']]));
    expect(ours.get('docs/Branchrule.md')).toBe(expected.get('docs/Branchrule.md'));
    expect(ours.get('docs/Metadata2.md')).toBe(replaced(expected.get('docs/Metadata.md'), [['# Metadata', '# Metadata2']]));
    expect(ours.get('docs/Metadata.md')).toContain('**count** | Option<**i32**> |  | [optional]');
    // Titles without a letter name no model: `""` and the items' `""` fall back to where they sit, `7` is Model7.
    expect(ours.get('docs/Model7.md')).toBe(replaced(expected.get('docs/7.md'), [['# 7', '# Model7']]));
    expect(ours.get('docs/GetBrands200ResponseInner.md')).toBe(
      replaced(expected.get('docs/1.md'), [
        ['# 1', '# GetBrands200ResponseInner'],
        ['[**crate::models::7**](_7.md)', '[**crate::models::Model7**](_7.md)'],
      ]),
    );
    expect(ours.get('docs/GetFacets200Response.md')).toBe(
      replaced(expected.get('docs/.md'), [
        ['# \n', '# GetFacets200Response\n'],
        ['[**Vec<serde_json::Value>**](serde_json::Value.md)', '[**Vec<crate::models::GetFacets200ResponseDepartmentsInner>**](getFacets_200_response_departments_inner.md)'],
      ]),
    );
    expect(ours.get('docs/DefaultApi.md')).toBe(
      replaced(expected.get('docs/DefaultApi.md'), [
        FUNCTION,
        ['crate::models::1>', 'crate::models::GetBrands200ResponseInner>'],
        ['(_1.md)', '(getBrands_200_response_inner.md)'],
        ['> serde_json::Value get_facets()', '> crate::models::GetFacets200Response get_facets()'],
        ['[**serde_json::Value**](serde_json::Value.md)', '[**crate::models::GetFacets200Response**](getFacets_200_response.md)'],
      ]),
    );
  });
});
