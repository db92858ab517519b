import { describe, expect, it } from 'vitest';
import { referenceDocs, target } from '../../../src/emit/go/index.js';
import { loadApi } from '../../../src/load/index.js';
import { emittedFiles, expectedFiles } from '../../support/quirk-cases.js';
import { docFiles, expectSameFiles, replaced as replacedIn } from '../../support/safety-deviations.js';

/**
 * Safety deviations from openapi-generator 4.2.1 that need a spec of their own (the others share
 * safety-deviations/spec.yaml): deviations/<case>/expected is what 4.2.1's jar wrote for the
 * case's spec; sdkgen's docs must differ from it exactly at the spots listed here and nowhere else,
 * and referenceDocs, which the oracle compares with to count such files as safety deviations rather
 * than misses, must write it byte for byte.
 */
const DIR = new URL('./deviations', import.meta.url).pathname;

type Replacements = Readonly<Record<string, readonly (readonly [string, string])[]>>;

/** `moved`: a page 4.2.1 writes under another name than sdkgen's (4.2.1's path to sdkgen's). */
async function expectDeviations(name: string, replacements: Replacements, moved: Readonly<Record<string, string>> = {}): Promise<void> {
  const api = await loadApi(`${DIR}/${name}/spec.yaml`, { skipValidation: true });
  expectSameFiles(docFiles(referenceDocs(api, { packageName: 'openapi' })), expectedFiles(`${DIR}/${name}`));
  const ours = await emittedFiles(`${DIR}/${name}`, target);
  const expected = new Map([...expectedFiles(`${DIR}/${name}`)].map(([path, text]) => [moved[path] ?? path, text]));
  expect([...ours.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const path of Object.keys(replacements)) expect(ours.get(path), path).not.toBe(expected.get(path));
  for (const [path, text] of expected) expect(ours.get(path), path).toBe(replacedIn(text, replacements[path] ?? [], '4.2.1'));
}

describe('Go docs safety deviations from 4.2.1 with specs of their own', () => {
  it('a $ref inside a named schema keeps the schema it reaches (4.2.1: a model named after the last segment, which its client does not declare)', async () => {
    // 4.2.1 hoists the object reached where it is declared (`Cluster_entities`); sdkgen, which
    // inlines the target where it is used, hoists it from the first use (the request body's path).
    const entities = ['[**ClusterEntities**](Cluster_entities.md)', '[**ClustersEntities**](_clusters_entities.md)'] as const;
    await expectDeviations(
      'component-property-refs',
      {
        'README.md': [[' - [ClusterEntities](docs/ClusterEntities.md)', ' - [ClustersEntities](docs/ClustersEntities.md)']],
        'docs/ClustersEntities.md': [['# ClusterEntities', '# ClustersEntities']],
        'docs/Cluster.md': [entities],
        'docs/InlineObject.md': [
          ['**Label** | [**Label**](label.md) |  | ', '**Label** | **string** | The label. | '],
          ['**Tags** | [**Tags**](tags.md) |  | ', '**Tags** | **[]string** | Tags. | '],
          ['[**Entities**](entities.md)', entities[1]],
        ],
        'docs/Pager.md': [
          ['**Page** | [**Page**](page.md) |  | [optional] ', '**Page** | **int32** | The page. | [optional] [readonly] '],
          ['**Type** | [**ModelType**](type.md) |  | ', '**Type** | **string** | The kind of page. | '],
        ],
      },
      { 'docs/ClusterEntities.md': 'docs/ClustersEntities.md' },
    );
  });

  it('one wrapped in a one-member allOf keeps the wrapper: its nullable, readOnly and description (4.2.1: Pointer to the model), a body so written UNKNOWN_BASE_TYPE', async () => {
    await expectDeviations('wrapped-component-property-refs', {
      'docs/Copy.md': [
        ['**Image** | Pointer to [**Image**](image.md) |  | [optional] [readonly] ', '**Image** | **string** |  | [optional] [readonly] '],
        ['**Plain** | [**Image**](image.md) | Described. | ', '**Plain** | **string** | Described. | '],
      ],
    });
  });

  it('a schema named like a primitive type keeps other schemas their type (4.2.1: number: {type: string} makes every number a string)', async () => {
    await expectDeviations('primitive-type-aliases', {
      'docs/Row.md': [
        ['**Price** | **string** | Price.', '**Price** | **float32** | Price.'],
        ['**Amount** | **string**', '**Amount** | **float32**'],
        ['**Count** | **int64**', '**Count** | **int32**'],
        ['**Amounts** | **[]string**', '**Amounts** | **[]float32**'],
        ['[**OneOfstringboolean**](oneOf&lt;string,boolean&gt;.md)', '[**OneOfnumberboolean**](oneOf&lt;number,boolean&gt;.md)'],
      ],
      'docs/DefaultApi.md': [
        ['> int64 GetCount(ctx, )', '> int32 GetCount(ctx, )'],
        ['### Return type\n\n**int64**', '### Return type\n\n**int32**'],
        [' **limit** | **optional.String**', ' **limit** | **optional.Float32**'],
      ],
    });
  });
});
