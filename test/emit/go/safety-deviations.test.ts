import { beforeAll, describe, expect, it } from 'vitest';
import { referenceDocs, target } from '../../../src/emit/go/index.js';
import type { Api } from '../../../src/model/types.js';
import { loadApi } from '../../../src/load/index.js';
import { docFiles as docs, expectSameFiles, jarFiles, replaced as replacedIn } from '../../support/safety-deviations.js';

/**
 * Where sdkgen's Go docs deliberately differ from openapi-generator 4.2.1 in names (README
 * "Exactness"): a schema named like a Windows device (`aux`), twin schemas with one Go name
 * (`Gizmo`, `gizmo`: 4.2.1 writes one page over the other), parameter names 4.2.1 repeats
 * (its client then fails to compile), an optional parameter typed beside its `$ref`, which
 * 4.2.1 declares as an `optional.State` that does not exist, and `$ref`s into `#/paths/...` that
 * 4.2.1 does not follow where its client would be wrong (a path parameter dropped, a string typed
 * `map[string]interface{}`), a hoisted model whose Go name would start with a digit
(`00MetricsMetrics` gets `Model`), a string whose format 4.2.1 reads as its type (`format: integer`
is its `int32`, which cannot decode the string), struct fields 4.2.1 leaves without a name or repeats
(`''` is `Var`, `*` `Var2`, a second `MandateUuid` `MandateUuid2`). safety-deviations/expected is what 4.2.1's jar wrote for
 * the spec (`generate -g go --additional-properties=packageName=openapi`). referenceDocs, which
 * the oracle uses to count such files as safety deviations, must reproduce it byte for byte; the
 * real docs must differ from it exactly at the spots listed here and nowhere else.
 */
const DIR = 'test/emit/go/safety-deviations';
const GENERATOR = '4.2.1';

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

describe('Go docs safety deviations from 4.2.1', () => {
  it('referenceDocs writes exactly what 4.2.1 wrote (twins merged, Aux kept, names repeated)', () => {
    expectSameFiles(docs(referenceDocs(api, { packageName: 'openapi' })), expectedFiles());
  });

  it('the docs sdkgen writes keep twins apart, rename Aux and never repeat a parameter name, and differ in nothing else', () => {
    const ours = docs(target.emit(api, { packageName: 'openapi' }));
    const expected = expectedFiles();
    expect([...ours.keys()].sort()).toEqual(['README.md', 'docs/Gizmo.md', 'docs/Gizmo2.md', 'docs/Mandate.md', 'docs/Model00MetricsMetrics.md', 'docs/Model200Metrics.md', 'docs/ModelAux.md', 'docs/State.md', 'docs/Tally.md', 'docs/Widget.md', 'docs/WidgetApi.md']);
    expect(ours.get('README.md')).toBe(
      replaced(expected.get('README.md'), [
        [' - [00MetricsMetrics](docs/00MetricsMetrics.md)\n', ''],
        [' - [Aux](docs/Aux.md)\n - [Gizmo](docs/Gizmo.md)\n', ' - [Gizmo](docs/Gizmo.md)\n - [Gizmo2](docs/Gizmo2.md)\n'],
        [' - [Model200Metrics](docs/Model200Metrics.md)\n', ' - [Model00MetricsMetrics](docs/Model00MetricsMetrics.md)\n - [Model200Metrics](docs/Model200Metrics.md)\n - [ModelAux](docs/ModelAux.md)\n'],
      ]),
    );
    // 200Metrics' hoisted `metrics` is `_00Metrics_metrics` to 4.2.1's resolver, whose Go type
    // `00MetricsMetrics` cannot compile (toModel checks for a leading digit before camelizing).
    expect(ours.get('docs/Model00MetricsMetrics.md')).toBe(replaced(expected.get('docs/00MetricsMetrics.md'), [['# 00MetricsMetrics', '# Model00MetricsMetrics']]));
    // A string whose format 4.2.1 maps to a type (`integer`, `double`, `DateTime`) stays a string:
    // its int32, float64 and time.Time would not decode what the server sends.
    expect(ours.get('docs/Tally.md')).toBe(
      replaced(expected.get('docs/Tally.md'), [
        ['**Total** | **int32**', '**Total** | **string**'],
        ['**Ratio** | **float64**', '**Ratio** | **string**'],
        ['**Stamp** | [**time.Time**](time.Time.md)', '**Stamp** | **string**'],
      ]),
    );
    // Properties named '' and '*' and two whose Go names are one: 4.2.1's struct has a field without a
    // name and the same field twice, neither of which compiles.
    expect(ours.get('docs/Mandate.md')).toBe(
      replaced(expected.get('docs/Mandate.md'), [
        ['**** | **string**', '**Var** | **string**'],
        ['**** | **int32**', '**Var2** | **int32**'],
        ['**MandateUuid** | **string** | The UUID', '**MandateUuid2** | **string** | The UUID'],
      ]),
    );
    expect(ours.get('docs/Model200Metrics.md')).toBe(replaced(expected.get('docs/Model200Metrics.md'), [['[**00MetricsMetrics**]', '[**Model00MetricsMetrics**]']]));
    expect(ours.get('docs/ModelAux.md')).toBe(replaced(expected.get('docs/Aux.md'), [['# Aux', '# ModelAux']]));
    // 4.2.1's Gizmo.md is the later twin's (`gizmo`), which sdkgen writes as Gizmo2.md.
    expect(ours.get('docs/Gizmo2.md')).toBe(replaced(expected.get('docs/Gizmo.md'), [['# Gizmo', '# Gizmo2']]));
    expect(ours.get('docs/Gizmo.md')).toContain('**Size** | **int32** |');
    expect(ours.get('docs/Widget.md')).toBe(replaced(expected.get('docs/Widget.md'), [['[**Gizmo**](gizmo.md)', '[**Gizmo2**](Gizmo2.md)']]));
    expect(ours.get('docs/WidgetApi.md')).toBe(
      replaced(expected.get('docs/WidgetApi.md'), [
        // A parameter and a string written as `$ref`s into `#/paths/...`: 4.2.1 drops the path
        // parameter (its client keeps `{widget}` in the URL) and types the string `object`, which
        // would not decode `text/plain` (kit/stray-refs.ts); sdkgen follows both.
        ['> map[string]interface{} GetWidgetLabel(ctx, )', '> string GetWidgetLabel(ctx, widget)'],
        [
          'This endpoint does not need any parameter.',
          '\nName | Type | Description  | Notes\n------------- | ------------- | ------------- | -------------\n**ctx** | **context.Context** | context for authentication, logging, cancellation, deadlines, tracing, etc.\n**widget** | **string**|  | ',
        ],
        ['### Return type\n\n[**map[string]interface{}**](object.md)', '### Return type\n\n**string**'],
        ['> Aux PutWidget(ctx, widget, widget, optional)', '> ModelAux PutWidget(ctx, widget, widget2, optional)'],
        ['**widget** | [**Widget**]', '**widget2** | [**Widget**]'],
        [' **page2** | **optional.Int32**|  | \n **page2**', ' **page2** | **optional.Int32**|  | \n **page3**'],
        ['[**Aux**](aux.md)', '[**ModelAux**](aux.md)'],
        // `{$ref: State, type: string}`, optional: 4.2.1 declares `optional.State`, which antihax/optional lacks.
        [' **state** | **optional.State**|  | ', ' **state** | [**optional.Interface of State**](.md)|  | '],
      ]),
    );
  });
});

/**
 * A `$ref` inside a named schema (openai's `#/components/schemas/CreateCompletionRequest/properties/logit_bias`,
 * nexmo's `#/components/schemas/ApplicationsBase/properties/_embedded`): 4.2.1 types it after its last
 * segment (`Label`, `label.md`), a model no document declares, so its client would not compile;
 * sdkgen's holds the target (kit/inner-refs.ts, read so for referenceDocs only). The spec is the
 * Rust deviation's (test/emit/rust/deviations/component-property-refs); expected/ is 4.2.1's jar output.
 */
describe('Go docs: $refs inside a named schema', () => {
  const dir = `${DIR}/component-property-refs`;
  let refs: Api;
  beforeAll(async () => {
    refs = await loadApi(`${dir}/spec.yaml`, { skipValidation: true });
  });

  it('referenceDocs writes exactly what 4.2.1 wrote', () => {
    expectSameFiles(docs(referenceDocs(refs, { packageName: 'openapi' })), jarFiles(dir));
  });

  it('the docs sdkgen writes type each such property as its target, and differ in nothing else', () => {
    const ours = docs(target.emit(refs, { packageName: 'openapi' }));
    const expected = jarFiles(dir);
    // The body's `entities` is the first use of the object, so it is hoisted there, after the path.
    expect([...ours.keys()].sort()).toEqual(['README.md', 'docs/Cluster.md', 'docs/ClustersEntities.md', 'docs/DefaultApi.md', 'docs/Envelope.md', 'docs/InlineObject.md', 'docs/Pager.md']);
    expect(ours.get('docs/ClustersEntities.md')).toBe(replaced(expected.get('docs/ClusterEntities.md'), [['# ClusterEntities', '# ClustersEntities']]));
    expect(ours.get('docs/Cluster.md')).toBe(replaced(expected.get('docs/Cluster.md'), [['[**ClusterEntities**](Cluster_entities.md)', '[**ClustersEntities**](_clusters_entities.md)']]));
    expect(ours.get('docs/InlineObject.md')).toBe(
      replaced(expected.get('docs/InlineObject.md'), [
        ['**Label** | [**Label**](label.md) |  | ', '**Label** | **string** | The label. | '],
        ['**Tags** | [**Tags**](tags.md) |  | ', '**Tags** | **[]string** | Tags. | '],
        ['**Entities** | [**Entities**](entities.md) |  | ', '**Entities** | [**ClustersEntities**](_clusters_entities.md) |  | '],
      ]),
    );
    expect(ours.get('docs/Pager.md')).toBe(replaced(expected.get('docs/Pager.md'), [['**Page** | [**Page**](page.md) |  | [optional] ', '**Page** | **int32** | The page. | [optional] [readonly] ']]));
    for (const path of ['docs/DefaultApi.md', 'docs/Envelope.md']) expect(ours.get(path), path).toBe(expected.get(path));
    expect(ours.get('README.md')).toBe(replaced(expected.get('README.md'), [[' - [ClusterEntities](docs/ClusterEntities.md)\n', ' - [ClustersEntities](docs/ClustersEntities.md)\n']]));
  });
});

/**
 * Array items and map values that are a `$ref` to a primitive alias named as its own type (AWS's
 * `string: {type: string}`): 4.2.1 names them as a model, `[]ModelString`, `[]Integer`, a type
 * its client never declares; sdkgen unaliases them as it does a property (types.ts
 * namedLikeItsType, read so for referenceDocs only). expected/ is 4.2.1's jar output.
 */
describe('Go docs: primitive aliases named as their type', () => {
  const dir = `${DIR}/primitive-named-aliases`;
  let aliases: Api;
  beforeAll(async () => {
    aliases = await loadApi(`${dir}/spec.yaml`, { skipValidation: true });
  });

  it('referenceDocs writes exactly what 4.2.1 wrote', () => {
    expectSameFiles(docs(referenceDocs(aliases, { packageName: 'openapi' })), jarFiles(dir));
  });

  it('the docs sdkgen writes unalias them, and differ in nothing else', () => {
    const ours = docs(target.emit(aliases, { packageName: 'openapi' }));
    const expected = jarFiles(dir);
    expect([...ours.keys()].sort()).toEqual([...expected.keys()].sort());
    const unaliased: [string, string][] = [
      ['**[]ModelString**', '**[]string**'],
      ['**map[string]ModelString**', '**map[string]string**'],
    ];
    expect(ours.get('docs/Thing.md')).toBe(replaced(expected.get('docs/Thing.md'), [...unaliased, ['**[]Integer**', '**[]int32**']]));
    expect(ours.get('docs/InlineObject.md')).toBe(replaced(expected.get('docs/InlineObject.md'), unaliased));
    for (const path of ['README.md', 'docs/DefaultApi.md']) expect(ours.get(path), path).toBe(expected.get(path));
  });
});

/**
 * Twin schemas whose later one is an alias (amazonaws health's `EventType` object, then its
 * `eventType` string): 4.2.1 keeps the later under the shared Go name, an alias, so it writes
 * neither page nor README entry, and its client lacks the `EventType` struct that `Holder`
 * declares a field of. sdkgen keeps the object's page (api-names.ts, twins in reference mode).
 */
describe('Go docs: twins whose later one is an alias', () => {
  const dir = `${DIR}/twin-aliases`;
  let twins: Api;
  beforeAll(async () => {
    twins = await loadApi(`${dir}/spec.yaml`, { skipValidation: true });
  });

  it('referenceDocs writes exactly what 4.2.1 wrote', () => {
    expectSameFiles(docs(referenceDocs(twins, { packageName: 'openapi' })), jarFiles(dir));
  });

  it('the docs sdkgen writes keep the object page, and differ in nothing else', () => {
    const ours = docs(target.emit(twins, { packageName: 'openapi' }));
    const expected = jarFiles(dir);
    expect([...ours.keys()].sort()).toEqual(['README.md', 'docs/DefaultApi.md', 'docs/EventType.md', 'docs/Holder.md']);
    expect(ours.get('docs/EventType.md')).toContain('**Code** | **string** |  | [optional] ');
    expect(ours.get('README.md')).toBe(replaced(expected.get('README.md'), [[' - [Holder](docs/Holder.md)\n', ' - [EventType](docs/EventType.md)\n - [Holder](docs/Holder.md)\n']]));
    for (const path of ['docs/DefaultApi.md', 'docs/Holder.md']) expect(ours.get(path), path).toBe(expected.get(path));
  });
});

/**
 * A primitive with `additionalProperties` beside it (linqr's `Recipient: {type: string, format:
 * email, additionalProperties: false}`): 4.2.1's parser reads a map, so it types the property
 * `map[string]interface{}`, which cannot decode the string a server sends; sdkgen keeps the
 * primitive (kit/values-beside.ts, read so for referenceDocs only). A composition names the member
 * `object` in both. expected/ is 4.2.1's jar output.
 */
describe('Go docs: primitives with additionalProperties', () => {
  const dir = `${DIR}/primitive-maps`;
  let maps: Api;
  beforeAll(async () => {
    maps = await loadApi(`${dir}/spec.yaml`, { skipValidation: true });
  });

  it('referenceDocs writes exactly what 4.2.1 wrote', () => {
    expectSameFiles(docs(referenceDocs(maps, { packageName: 'openapi' })), jarFiles(dir));
  });

  it('the docs sdkgen writes keep the primitive types, and differ in nothing else', () => {
    const ours = docs(target.emit(maps, { packageName: 'openapi' }));
    const expected = jarFiles(dir);
    expect([...ours.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(ours.get('docs/Holder.md')).toBe(
      replaced(expected.get('docs/Holder.md'), [
        ['**One** | [**map[string]interface{}**](.md) |', '**One** | **string** |'],
        ['**Many** | [**[]map[string]interface{}**](map[string]interface{}.md) |', '**Many** | **[]string** |'],
        ['**Count** | [**map[string]interface{}**](.md) |', '**Count** | **int32** |'],
        ['**ClosedText** | [**map[string]interface{}**](.md) |', '**ClosedText** | **string** |'],
      ]),
    );
    expect(ours.get('docs/DefaultApi.md')).toBe(
      replaced(expected.get('docs/DefaultApi.md'), [
        ['[**optional.Interface of map[string]interface{}**](.md)', '[**optional.Interface of string**](.md)'],
        // httpbin's `freeform`: values written, a map of them.
        ['[**optional.Interface of map[string]string**](string.md)', '**optional.String**'],
      ]),
    );
    expect(ours.get('README.md')).toBe(expected.get('README.md'));
  });
});

/**
 * A primitive alias named like getPrimitiveType's `long` but an int32 (`long: {type: integer,
 * format: int32}`): 4.2.1's getAlias types every int64 of the spec as that alias, an int32, which
 * overflows on the values an int64 holds; sdkgen keeps int64 (primitive-aliases.ts, read so for
 * referenceDocs only; a string alias such as `DateTime: {type: string}` is followed, the case
 * primitive-alias-names). expected/ is 4.2.1's jar output.
 */
describe('Go docs: primitive aliases that narrow a type', () => {
  const dir = `${DIR}/narrowing-alias-names`;
  let narrowing: Api;
  beforeAll(async () => {
    narrowing = await loadApi(`${dir}/spec.yaml`, { skipValidation: true });
  });

  it('referenceDocs writes exactly what 4.2.1 wrote', () => {
    expectSameFiles(docs(referenceDocs(narrowing, { packageName: 'openapi' })), jarFiles(dir));
  });

  it('the docs sdkgen writes keep int64, and differ in nothing else', () => {
    const ours = docs(target.emit(narrowing, { packageName: 'openapi' }));
    const expected = jarFiles(dir);
    expect([...ours.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(ours.get('docs/Holder.md')).toBe(
      replaced(expected.get('docs/Holder.md'), [
        ['**Wide** | **int32**', '**Wide** | **int64**'],
        ['**Big** | **int32**', '**Big** | **int64**'],
        ['[**OneOfstringinteger**](oneOf&lt;string,integer&gt;.md)', '[**OneOfstringlong**](oneOf&lt;string,long&gt;.md)'],
      ]),
    );
    expect(ours.get('docs/DefaultApi.md')).toBe(replaced(expected.get('docs/DefaultApi.md'), [['**optional.Int32**', '**optional.Int64**']]));
    expect(ours.get('README.md')).toBe(expected.get('README.md'));
  });
});

/**
 * An allOf with several inline members (nexmo's `CreateCallRequestAnswerUrl`: `allOf: [{required,
 * title}, {properties}, $ref]`): 4.2.1 reads the first inline member alone, its properties and its
 * `required`, so its client can neither read nor send the others' properties (the required
 * `answer_url`); sdkgen lists every member's (FlattenedProperties.ofNamedReferencesFirst's
 * firstInline, for referenceDocs only). expected/ is 4.2.1's jar output.
 */
describe('Go docs: allOf with several inline members', () => {
  const dir = `${DIR}/allof-inline-members`;
  let members: Api;
  beforeAll(async () => {
    members = await loadApi(`${dir}/spec.yaml`, { skipValidation: true });
  });

  it('referenceDocs writes exactly what 4.2.1 wrote', () => {
    expectSameFiles(docs(referenceDocs(members, { packageName: 'openapi' })), jarFiles(dir));
  });

  it('the docs sdkgen writes list every inline member, and differ in nothing else', () => {
    const ours = docs(target.emit(members, { packageName: 'openapi' }));
    const expected = jarFiles(dir);
    expect([...ours.keys()].sort()).toEqual([...expected.keys()].sort());
    const id = '**Id** | **string** |  | [optional] \n';
    expect(ours.get('docs/Titled.md')).toBe(replaced(expected.get('docs/Titled.md'), [[id, `${id}**Url** | **string** |  | \n**Method** | **string** |  | [optional] \n`]]));
    expect(ours.get('docs/TwoProps.md')).toBe(replaced(expected.get('docs/TwoProps.md'), [['**A** | **string** |  | [optional] \n', '**A** | **string** |  | [optional] \n**B** | **string** |  | [optional] \n']]));
    expect(ours.get('docs/PropsFirst.md')).toBe(replaced(expected.get('docs/PropsFirst.md'), [['**Url** | **string** |  | [optional] ', '**Url** | **string** |  | ']]));
    for (const path of ['README.md', 'docs/Base.md', 'docs/DefaultApi.md', 'docs/Plain.md']) expect(ours.get(path), path).toBe(expected.get(path));
  });
});

/**
 * An optional body (or parameter) of a type antihax/optional has no value type for: 4.2.1 lists
 * and declares `optional.Map[string]interface{}` (a free-form object, written inline or as a
 * `$ref`), `optional.Array` (an array without items), `optional.Any` (a type JSON Schema does not
 * know), so its client does not compile; sdkgen's code declares `optional.Interface` and its docs
 * say so as 4.2.1 lists a query parameter of that type (`filter`), `[**optional.Interface of
 * map[string]interface{}**](.md)` (params.ts declaredOptionals, 4.2.1's cell for referenceDocs
 * only). expected/ is 4.2.1's jar output.
 */
describe('Go docs: optional parameters of a type antihax/optional lacks', () => {
  const dir = `${DIR}/undeclared-optionals`;
  let optionals: Api;
  beforeAll(async () => {
    optionals = await loadApi(`${dir}/spec.yaml`, { skipValidation: true });
  });

  it('referenceDocs writes exactly what 4.2.1 wrote', () => {
    expectSameFiles(docs(referenceDocs(optionals, { packageName: 'openapi' })), jarFiles(dir));
  });

  it('the docs sdkgen writes list the optional.Interface the code declares, and differ in nothing else', () => {
    const ours = docs(target.emit(optionals, { packageName: 'openapi' }));
    const expected = jarFiles(dir);
    expect([...ours.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(ours.get('docs/DefaultApi.md')).toBe(
      replaced(expected.get('docs/DefaultApi.md'), [
        [' **body** | **optional.Any**|', ' **body** | [**optional.Interface of Any**](.md)|'],
        [' **body** | **optional.Map[string]interface{}**|', ' **body** | [**optional.Interface of map[string]interface{}**](.md)|'],
        [' **body** | **optional.Array**|', ' **body** | [**optional.Interface of Array**](.md)|'],
      ]),
    );
    expect(ours.get('README.md')).toBe(expected.get('README.md'));
    const code = target.emit(optionals, { packageName: 'openapi' }).find((f) => f.path === 'api_default.go')?.contents ?? '';
    expect(code.match(/^\tBody +optional\.\w+$/gm)).toEqual(['\tBody optional.Interface', '\tBody   optional.Interface', '\tBody optional.Interface', '\tBody optional.Interface']);
  });
});

/**
 * Tags whose class names differ only in case (azure mobileengagement's `CRUD` and `crud`): 4.2.1
 * writes docs/CRUDApi.md beside docs/CrudApi.md, which one overwrites the other on a
 * case-insensitive disk (its Go client even writes both classes to one api_crud.go). sdkgen names
 * the later class `CrudApi2` (kit/api-classes.ts, uniqueFileNames); referenceDocs keeps 4.2.1's
 * names. expected/ is 4.2.1's jar output.
 */
describe('Go docs: API classes whose names differ only in case', () => {
  const dir = `${DIR}/class-case-twins`;
  let twins: Api;
  beforeAll(async () => {
    twins = await loadApi(`${dir}/spec.yaml`, { skipValidation: true });
  });

  it('referenceDocs writes exactly what 4.2.1 wrote', () => {
    expectSameFiles(docs(referenceDocs(twins, { packageName: 'openapi' })), jarFiles(dir));
  });

  it('the docs sdkgen writes name the later class CrudApi2, and differ in nothing else', () => {
    const ours = docs(target.emit(twins, { packageName: 'openapi' }));
    const expected = jarFiles(dir);
    expect([...ours.keys()].sort()).toEqual(['README.md', 'docs/CRUDApi.md', 'docs/CampaignApi.md', 'docs/CrudApi2.md', 'docs/ExportApi.md']);
    expect(ours.get('docs/CrudApi2.md')).toBe(replaced(expected.get('docs/CrudApi.md'), [['CrudApi', 'CrudApi2']]));
    expect(ours.get('README.md')).toBe(replaced(expected.get('README.md'), [['CrudApi', 'CrudApi2']]));
    for (const path of ['docs/CRUDApi.md', 'docs/CampaignApi.md', 'docs/ExportApi.md']) expect(ours.get(path), path).toBe(expected.get(path));
  });
});

/**
 * Operation names equal but for case in one class (gitea's `userGetOAuth2Application` and
 * `userGetOauth2Application`): 4.2.1 keeps both, so the README links both to one anchor
 * (`#usergetoauth2application`), a heading GitHub numbers apart for the second. sdkgen numbers the
 * later one as a repeated operationId (`UserGetOauth2Application_0`, api-names.ts), in its client
 * too; referenceDocs keeps 4.2.1's names. expected/ is 4.2.1's jar output.
 */
describe('Go docs: operation names that differ only in case', () => {
  const dir = `${DIR}/operation-case-twins`;
  let twins: Api;
  beforeAll(async () => {
    twins = await loadApi(`${dir}/spec.yaml`, { skipValidation: true });
  });

  it('referenceDocs writes exactly what 4.2.1 wrote', () => {
    expectSameFiles(docs(referenceDocs(twins, { packageName: 'openapi' })), jarFiles(dir));
  });

  it('the docs sdkgen writes number the later operation, and differ in nothing else', () => {
    const ours = docs(target.emit(twins, { packageName: 'openapi' }));
    const expected = jarFiles(dir);
    expect([...ours.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(ours.get('docs/UserApi.md')).toBe(replaced(expected.get('docs/UserApi.md'), [['UserGetOauth2Application', 'UserGetOauth2Application_0']]));
    expect(ours.get('README.md')).toBe(
      replaced(expected.get('README.md'), [['[**UserGetOauth2Application**](docs/UserApi.md#usergetoauth2application)', '[**UserGetOauth2Application_0**](docs/UserApi.md#usergetoauth2application_0)']]),
    );
  });
});

/**
 * Opts structs are package-level Go types, and 4.2.1 names them by nickname alone: `findThings`
 * under two tags declares `FindThingsOpts` twice, and `search`'s `SearchOpts` is also the model
 * `SearchOpts`, so its client does not compile (`FindThingsOpts redeclared`, checked with `go build`
 * on the jar's output). sdkgen gives the later struct the next free number (plan.ts distinctOpts), in
 * its client too (test/emit/go/code/module.test.ts builds it); referenceDocs keeps 4.2.1's names.
 * expected/ is 4.2.1's jar output.
 */
describe('Go docs: Opts structs 4.2.1 declares twice', () => {
  const dir = `${DIR}/opts-collisions`;
  let collisions: Api;
  beforeAll(async () => {
    collisions = await loadApi(`${dir}/spec.yaml`, { skipValidation: true });
  });

  it('referenceDocs writes exactly what 4.2.1 wrote', () => {
    expectSameFiles(docs(referenceDocs(collisions, { packageName: 'openapi' })), jarFiles(dir));
  });

  it('the docs sdkgen writes number the later structs, and differ in nothing else', () => {
    const ours = docs(target.emit(collisions, { packageName: 'openapi' }));
    const expected = jarFiles(dir);
    expect([...ours.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(ours.get('docs/BetaApi.md')).toBe(
      replaced(expected.get('docs/BetaApi.md'), [
        ['***FindThingsOpts**', '***FindThings2Opts**'],
        ['to a FindThingsOpts struct', 'to a FindThings2Opts struct'],
        ['***SearchOpts**', '***Search2Opts**'],
        ['to a SearchOpts struct', 'to a Search2Opts struct'],
      ]),
    );
    for (const path of ['README.md', 'docs/AlphaApi.md', 'docs/SearchOpts.md']) expect(ours.get(path), path).toBe(expected.get(path));
  });
});
