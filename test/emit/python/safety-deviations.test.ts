import { beforeAll, describe, expect, it } from 'vitest';
import { referenceDocs, target } from '../../../src/emit/python/index.js';
import type { Api } from '../../../src/model/types.js';
import { loadApi } from '../../../src/load/index.js';
import { docFiles as docs, expectSameFiles, jarFiles, PYTHON_AUTH_LINE, replaced as replacedIn } from '../../support/safety-deviations.js';

/**
 * Where sdkgen's Python docs deliberately differ from swagger-codegen 2.2.2 in names (quirks
 * README, "Not reproduced"): `async` as a parameter or property (a keyword since Python 3.7),
 * a method starting with a digit (`1_create_merge`: no Python name), a model named `None`, two
 * models whose names differ only in case (their pages collide on a case-insensitive file
 * system), twins of different shapes (2.2.2 keeps the last over the first) and two properties
 * 2.2.2 gives one name. safety-deviations/expected is what 2.2.2's jar wrote for the spec
 * (`generate -l python --additional-properties packageName=openapi`). referenceDocs, which the
 * oracle uses to count such files as safety deviations, must reproduce it byte for byte; the
 * real docs must differ from it exactly at the spots listed here and nowhere else.
 */
const DIR = 'test/emit/python/safety-deviations';
const GENERATOR = '2.2.2';

function expectedFiles(): Map<string, string> {
  return jarFiles(DIR, PYTHON_AUTH_LINE);
}

function replaced(text: string | undefined, pairs: readonly (readonly [string, string])[]): string {
  return replacedIn(text, pairs, GENERATOR);
}

let api: Api;
beforeAll(async () => {
  api = await loadApi(`${DIR}/spec.yaml`, { skipValidation: true });
});

describe('Python docs safety deviations from 2.2.2', () => {
  it('referenceDocs writes exactly what 2.2.2 wrote (async, 1_create_merge, None, names equal but for case, the last twin)', () => {
    expectSameFiles(docs(referenceDocs(api, { packageName: 'openapi' })), expectedFiles());
  });

  it('the docs sdkgen writes rename exactly those names and differ in nothing else', () => {
    const ours = docs(target.emit(api, { packageName: 'openapi' }));
    const expected = expectedFiles();
    expect([...ours.keys()].sort()).toEqual([
      'README.md',
      'docs/Gizmo.md',
      'docs/Gizmo2.md',
      'docs/MergesApi.md',
      'docs/ModelNone.md',
      'docs/V1Beta1Result2.md',
      'docs/V1beta1Result.md',
    ]);
    const method: [string, string] = ['1_create_merge', 'call_1_create_merge'];
    expect(ours.get('README.md')).toBe(
      replaced(expected.get('README.md'), [
        method,
        [' - [None](docs/None.md)\n - [V1Beta1Result](docs/V1Beta1Result.md)\n', ' - [Gizmo2](docs/Gizmo2.md)\n - [ModelNone](docs/ModelNone.md)\n - [V1Beta1Result2](docs/V1Beta1Result2.md)\n'],
      ]),
    );
    expect(ours.get('docs/MergesApi.md')).toBe(
      replaced(expected.get('docs/MergesApi.md'), [method, ['async', '_async'], ['V1Beta1Result', 'V1Beta1Result2']]),
    );
    expect(ours.get('docs/V1beta1Result.md')).toBe(
      replaced(expected.get('docs/V1beta1Result.md'), [['**async**', '**_async**'], ['**a_b** | **int**', '**a_b_2** | **int**']]),
    );
    expect(ours.get('docs/ModelNone.md')).toBe(replaced(expected.get('docs/None.md'), [['# None', '# ModelNone']]));
    expect(ours.get('docs/V1Beta1Result2.md')).toBe(replaced(expected.get('docs/V1Beta1Result.md'), [['# V1Beta1Result', '# V1Beta1Result2']]));
    // 2.2.2 writes the last `gizmo` over the first `Gizmo`; sdkgen keeps the first as Gizmo, the second as Gizmo2.
    expect(ours.get('docs/Gizmo2.md')).toBe(replaced(expected.get('docs/Gizmo.md'), [['# Gizmo', '# Gizmo2']]));
    expect(ours.get('docs/Gizmo.md')).toBe(replaced(expected.get('docs/Gizmo.md'), [['**size** | **int**', '**id** | **str**']]));
  });
});
