import { describe, expect, it } from 'vitest';
import { referenceDocs, target } from '../../../src/emit/rust/index.js';
import { loadApi } from '../../../src/load/index.js';
import { emittedFiles, expectedFiles, quirkCases } from '../../support/quirk-cases.js';
import { docFiles, expectSameFiles, replaced as replacedIn } from '../../support/safety-deviations.js';

/**
 * Where sdkgen's Rust docs deliberately differ from openapi-generator 6.0.0 (quirks/README.md,
 * "Where the wire wins"): the docs say what the crate has, and the crate holds what is on the
 * wire. deviations/<case>/expected is what 6.0.0's jar wrote for the case's spec (as for the
 * quirks); sdkgen's docs must differ from it exactly at the spots listed here and nowhere else,
 * and referenceDocs, which the oracle compares with to count such files as deviations rather than
 * misses, must write it byte for byte.
 */
const DIR = new URL('./deviations', import.meta.url).pathname;

type Replacements = Readonly<Record<string, readonly (readonly [string, string])[]>>;

function replaced(text: string | undefined, pairs: readonly (readonly [string, string])[]): string {
  return replacedIn(text, pairs, '6.0.0');
}

/**
 * `moved`: a page 6.0 writes under another name than sdkgen's (6.0's path to sdkgen's), its text as
 * replaced; `absent`: a page only 6.0 writes; `extra`: a page only sdkgen writes.
 */
async function expectDeviations(
  name: string,
  replacements: Replacements,
  moved: Readonly<Record<string, string>> = {},
  absent: readonly string[] = [],
  extra: readonly string[] = [],
): Promise<void> {
  const ours = await emittedFiles(`${DIR}/${name}`, target);
  const written = [...expectedFiles(`${DIR}/${name}`)].filter(([path]) => !absent.includes(path));
  const expected = new Map(written.map(([path, text]) => [moved[path] ?? path, text]));
  expect([...ours.keys()].sort()).toEqual([...expected.keys(), ...extra].sort());
  for (const path of Object.keys(replacements)) expect(ours.get(path), path).not.toBe(expected.get(path));
  for (const [path, text] of expected) expect(ours.get(path), path).toBe(replaced(text, replacements[path] ?? []));
}

describe('Rust docs deviations from 6.0.0: the docs print the type the crate holds', () => {
  it('a reference to an object model named like a key of 6.0s type map keeps the model (no String for an object)', async () => {
    await expectDeviations('type-map-object-models', {
      'docs/Holder.md': [
        ['**datetime_ref** | Option<**String**>', '**datetime_ref** | Option<[**crate::models::DateTime**](DateTime.md)>'],
        ['**integer_ref** | Option<**i32**>', '**integer_ref** | Option<[**crate::models::Integer**](integer.md)>'],
        ['Option<**::std::collections::HashMap<String, String>**>', 'Option<[**::std::collections::HashMap<String, crate::models::DateTime>**](DateTime.md)>'],
        ['Option<**Vec<i32>**>', 'Option<[**Vec<crate::models::Integer>**](integer.md)>'],
      ],
      'docs/DefaultApi.md': [
        ['> String get_date_time()', '> crate::models::DateTime get_date_time()'],
        ['### Return type\n\n**String**', '### Return type\n\n[**crate::models::DateTime**](DateTime.md)'],
      ],
    });
  });

  it('a string whose format names another type (apacta\'s format: boolean) stays String', async () => {
    await expectDeviations('format-type-names', {
      'docs/Project.md': [
        ['**is_offer** | **bool**', '**is_offer** | **String**'],
        ['**count** | Option<**i32**>', '**count** | Option<**String**>'],
        ['**big** | Option<**i64**>', '**big** | Option<**String**>'],
        ['**ratio** | Option<**f64**>', '**ratio** | Option<**String**>'],
        ['**flags** | Option<**Vec<bool>**>', '**flags** | Option<**Vec<String>**>'],
      ],
      'docs/DefaultApi.md': [
        ['> bool get_flag()', '> String get_flag()'],
        ['### Return type\n\n**bool**', '### Return type\n\n**String**'],
      ],
    });
  });

  it('a parameter or request body written as a $ref into #/paths keeps the type it reaches (6.0: ErrorUnknown, an object, no form fields)', async () => {
    const table = '------------- | ------------- | ------------- | ------------- | -------------\n';
    await expectDeviations('stray-ref-parameters-and-bodies', {
      'docs/DefaultApi.md': [
        [
          `> disable(account)\n\n\n### Parameters\n\n\nName | Type | Description  | Required | Notes\n${table}**account** | **String** |  | [required] |\n`,
          `> disable(account, enabled)\n\n\n### Parameters\n\n\nName | Type | Description  | Required | Notes\n${table}**account** | **String** |  | [required] |\n**enabled** | Option<**bool**> |  |  |\n`,
        ],
        ['**account** | [**ErrorUnknown**](.md) | The account | [required] |', '**account** | **String** | The account | [required] |'],
        ['**body** | **serde_json::Value** | API key | [required] |', '**body** | **String** | API key | [required] |'],
      ],
    });
  });
});

describe('Rust docs deviations from 6.0.0: an enum of objects is any JSON value', () => {
  it('a named enum beside type: object is serde_json::Value, not 6.0s empty model (which would drop every value)', async () => {
    await expectDeviations(
      'object-enum-model',
      {
        'README.md': [[' - [Game](docs/Game.md)\n', '']],
        'docs/Holder.md': [
          ['**game** | [**crate::models::Game**](Game.md) |', '**game** | [**serde_json::Value**](.md) |'],
          ['Option<[**Vec<crate::models::Game>**](Game.md)>', 'Option<[**Vec<serde_json::Value>**](serde_json::Value.md)>'],
        ],
      },
      {},
      ['docs/Game.md'],
    );
  });
});

describe('Rust docs deviations from 6.0.0: a primitive keeps its type beside an alias named like it', () => {
  it('with a schema `number` that is a string, a number stays f32 (6.0: String, its getAlias of `number`)', async () => {
    await expectDeviations('type-named-aliases', {
      'docs/Usage.md': [
        ['**price** | Option<**String**>', '**price** | Option<**f32**>'],
        ['**ratio** | Option<**String**>', '**ratio** | Option<**f32**>'],
      ],
      'docs/DefaultApi.md': [['**limit** | Option<**String**> |', '**limit** | Option<**f32**> |']],
    });
  });
});

describe('Rust docs deviations from 6.0.0: the docs say which schemes the crate sends', () => {
  it('an OpenID Connect scheme, which 6.0 leaves out of the Authorization line, is listed: the crate sends its token', async () => {
    await expectDeviations('openid-connect-auth', {
      'docs/DefaultApi.md': [
        ['[key](../README.md#key)\n', '[key](../README.md#key), [oidc](../README.md#oidc)\n'],
        ['No authorization required', '[oidc](../README.md#oidc)'],
      ],
    });
  });
});

describe('Rust docs deviations from 6.0.0: a $ref inside a named schema is its target', () => {
  it('#/components/schemas/X/properties/p is the property p of X, not a model named P (6.0: crate::models::P, linked p.md)', async () => {
    const entities = 'Option<[**crate::models::CreateClusterRequestEntities**](createCluster_request_entities.md)> |  | [optional]';
    await expectDeviations(
      'component-property-refs',
      {
        'README.md': [
          [' - [ClusterEntities](docs/ClusterEntities.md)\n', ''],
          [' - [CreateClusterRequest](docs/CreateClusterRequest.md)\n', ' - [CreateClusterRequest](docs/CreateClusterRequest.md)\n - [CreateClusterRequestEntities](docs/CreateClusterRequestEntities.md)\n'],
        ],
        'docs/CreateClusterRequest.md': [
          ['**label** | [**crate::models::Label**](label.md) |  | ', '**label** | **String** | The label. | '],
          ['**tags** | Option<[**crate::models::Tags**](tags.md)> |  | [optional]', '**tags** | Option<**Vec<String>**> | Tags. | [optional]'],
          ['**entities** | Option<[**crate::models::Entities**](entities.md)> |  | [optional]', `**entities** | ${entities}`],
        ],
        // An object so reached is hoisted where it is used first (the request body), as an inline twin of it would be.
        'docs/Cluster.md': [['**entities** | Option<[**crate::models::ClusterEntities**](Cluster_entities.md)> |  | [optional]', `**entities** | ${entities}`]],
        'docs/CreateClusterRequestEntities.md': [['# ClusterEntities', '# CreateClusterRequestEntities']],
        // A body `allOf: [$ref]` around a property's schema is that schema (6.0 leaves the composition inline: UNKNOWN_BASE_TYPE).
        'docs/DefaultApi.md': [
          ['> add_device(UNKNOWN_BASE_TYPE)', '> add_device(body)'],
          ['**UNKNOWN_BASE_TYPE** | Option<[**UNKNOWN_BASE_TYPE**](UNKNOWN_BASE_TYPE.md)> |  |  |', '**body** | Option<**String**> |  |  |'],
        ],
        // A twin reached through another schema's property is the same model (6.0 compares the references as written).
        'docs/CreateTransferRequest.md': [['**entities** | Option<[**crate::models::Entities**](entities.md)> |  | [optional]', `**entities** | ${entities}`]],
        'docs/Transfer.md': [['**entities** | Option<[**crate::models::ClusterEntities**](Cluster_entities.md)> |  | [optional]', `**entities** | ${entities}`]],
        'docs/Pager.md': [
          ['**page** | Option<[**crate::models::Page**](page.md)> |  | [optional]', '**page** | Option<**i32**> | The page. | [optional][readonly]'],
          ['**title** | Option<[**crate::models::Label**](label.md)> |  | [optional][readonly]', '**title** | Option<**String**> | The label. | [optional]'],
        ],
      },
      { 'docs/ClusterEntities.md': 'docs/CreateClusterRequestEntities.md' },
    );
  });
});

describe('Rust docs deviations from 6.0.0: a body of incompatible allOf members is any JSON value', () => {
  it('an allOf of a string and an integer as a body is `body: serde_json::Value`, not 6.0s UNKNOWN_BASE_TYPE', async () => {
    const unknown = '**UNKNOWN_BASE_TYPE** | Option<[**UNKNOWN_BASE_TYPE**](UNKNOWN_BASE_TYPE.md)> |  |';
    await expectDeviations('incompatible-allof-body', {
      'docs/DefaultApi.md': [
        ['_value(UNKNOWN_BASE_TYPE)', '_value(body)'],
        [`${unknown}  |`, '**body** | Option<**serde_json::Value**> |  |  |'],
        [`${unknown} [required] |`, '**body** | **serde_json::Value** |  | [required] |'],
      ],
    });
  });
});

describe('Rust docs deviations from 6.0.0: a model keeps its page beside an alias of its name', () => {
  it('an object Name before a string alias name is written (6.0 writes no page, and its crate no type, for crate::models::Name)', async () => {
    await expectDeviations(
      'model-alias-twins',
      { 'README.md': [[' - [Contact](docs/Contact.md)\n', ' - [Contact](docs/Contact.md)\n - [Name](docs/Name.md)\n - [PhoneNumber](docs/PhoneNumber.md)\n']] },
      {},
      [],
      ['docs/Name.md', 'docs/PhoneNumber.md'],
    );
  });
});

describe('Rust docs deviations from 6.0.0: additionalProperties beside a primitive type is ignored', () => {
  it('{type: integer, additionalProperties: true} stays i32 (6.0: a HashMap, which would fail on the integer on the wire)', async () => {
    const map = (values: string): string => `::std::collections::HashMap<String, ${values}>`;
    await expectDeviations('values-beside-primitive', {
      'docs/DefaultApi.md': [[`**filter** | Option<[**${map('serde_json::Value')}**](serde_json::Value.md)> |`, '**filter** | Option<**String**> |']],
      'docs/PlayRequest.md': [
        [`**context_uri** | Option<[**${map('serde_json::Value')}**](serde_json::Value.md)> |`, '**context_uri** | Option<**String**> |'],
        [`**position_ms** | Option<[**${map('serde_json::Value')}**](serde_json::Value.md)> |`, '**position_ms** | Option<**i32**> |'],
      ],
      'docs/Sku.md': [
        [`**categories** | [**${map(map('String'))}**](map.md) |`, `**categories** | **${map('String')}** |`],
        [`**positions** | Option<[**${map(map('i32'))}**](map.md)> |`, `**positions** | Option<**${map('i32')}**> |`],
        [`**typed** | **${map('i32')}** |`, '**typed** | **i32** |'],
        [`**flag** | Option<**${map('String')}**> |`, '**flag** | Option<**bool**> |'],
        [`**list** | Option<[**Vec<${map('serde_json::Value')}>**](map.md)> |`, '**list** | Option<**Vec<String>**> |'],
      ],
    });
  });
});

describe('Rust docs deviations from 6.0.0: items beside a primitive type are ignored', () => {
  it('{type: string, items} stays String (6.0: Vec<String>, which would fail on the string on the wire); a oneOf that allows an array keeps the Vec', async () => {
    await expectDeviations(
      'items-beside-type',
      {
        'README.md': [[' - [Config](docs/Config.md)\n', ' - [Config](docs/Config.md)\n - [ConfigParts](docs/ConfigParts.md)\n']],
        'docs/Config.md': [
          // anyOf: [Part, string] allows no array: the union it says (hoisted as any inline union is).
          ['**parts** | Option<[**Vec<crate::models::Part>**](Part.md)> |', '**parts** | Option<[**crate::models::ConfigParts**](Config_parts.md)> |'],
          ['**size** | Option<**Vec<i32>**> |', '**size** | Option<**i32**> |'],
        ],
        'docs/DefaultApi.md': [['**filters** | [**Vec<String>**](String.md) |', '**filters** | **String** |']],
      },
      {},
      [],
      ['docs/ConfigParts.md'],
    );
  });
});

describe('Rust docs deviations from 6.0.0: a form body of a primitive is taken and sent', () => {
  it('a urlencoded {type: string} body is `body` (6.0 takes no argument, so its crate cannot send the text)', async () => {
    await expectDeviations('form-primitive-body', {
      'docs/TApi.md': [
        ['> detect_text(content_type)', '> detect_text(body, content_type)'],
        ['**content_type** | Option<**String**> |', '**body** | **String** |  | [required] |\n**content_type** | Option<**String**> |'],
        ['> post_count()', '> post_count(body)'],
        [
          '### Parameters\n\nThis endpoint does not need any parameter.\n\n### Return type\n\n (empty response body)\n\n### Authorization\n\nNo authorization required\n\n### HTTP request headers\n\n- **Content-Type**: multipart/form-data',
          '### Parameters\n\n\nName | Type | Description  | Required | Notes\n------------- | ------------- | ------------- | ------------- | -------------\n**body** | Option<**i32**> |  |  |\n\n### Return type\n\n (empty response body)\n\n### Authorization\n\nNo authorization required\n\n### HTTP request headers\n\n- **Content-Type**: multipart/form-data',
        ],
      ],
    });
  });
});

describe('Rust docs deviations from 6.0.0: x-nullable is read in OpenAPI 3.0 too', () => {
  it('a required field marked x-nullable is Option<…> (6.0 ignores the extension there, and its crate fails on the null)', async () => {
    await expectDeviations('x-nullable-openapi3', {
      'docs/DefaultApi.md': [
        ['**note** | **String** |', '**note** | Option<**String**> |'],
        ['**itinerary** | **std::path::PathBuf** |', '**itinerary** | Option<**std::path::PathBuf**> |'],
        ['**label** | **String** |', '**label** | Option<**String**> |'],
      ],
      'docs/Worker.md': [
        ['**itinerary** | **String** |', '**itinerary** | Option<**String**> |'],
        ['**status** | [**crate::models::Status**](Status.md) |', '**status** | Option<[**crate::models::Status**](Status.md)> |'],
      ],
    });
  });
});

describe('Rust docs deviations from 6.0.0: the docs print the array or map the crate holds, not a model no crate declares', () => {
  // How 6.0 prints these real types elsewhere, linked as here: quirks/container-types-printed.
  const map = (values: string): string => `::std::collections::HashMap<String, ${values}>`;
  const anyVec = 'Vec<serde_json::Value>';

  it('type: array without items is Vec<serde_json::Value> (6.0: crate::models::Array, linked array.md)', async () => {
    await expectDeviations('array-without-items', {
      'docs/DefaultApi.md': [
        ['> crate::models::Array get_lists(tags)', `> ${anyVec} get_lists(tags)`],
        ['**tags** | Option<[**crate::models::Array**](.md)> |', `**tags** | Option<[**${anyVec}**](serde_json::Value.md)> |`],
        ['### Return type\n\n[**crate::models::Array**](array.md)', `### Return type\n\n[**${anyVec}**](serde_json::Value.md)`],
      ],
      'docs/Lists.md': [
        ['**loose** | Option<[**crate::models::Array**](array.md)> |', `**loose** | Option<[**${anyVec}**](serde_json::Value.md)> |`],
        ['**needed** | [**crate::models::Array**](array.md) |', `**needed** | [**${anyVec}**](serde_json::Value.md) |`],
        ['**nested** | Option<[**Vec<crate::models::Array>**](array.md)> |', `**nested** | Option<[**Vec<${anyVec}>**](array.md)> |`],
        [`**by_key** | Option<[**${map('crate::models::Array')}**](array.md)> |`, `**by_key** | Option<[**${map(anyVec)}**](array.md)> |`],
      ],
    });
  });

  it('items or values referring to an array or map alias are that alias`s type (6.0: crate::models::Array / Map)', async () => {
    await expectDeviations('container-of-alias-named', {
      'docs/DefaultApi.md': [
        [`> ${map('crate::models::Array')} get_regions(filter)`, `> ${map('Vec<String>')} get_regions(filter)`],
        ['**filter** | Option<[**Vec<crate::models::Array>**](Vec<String>.md)> |', '**filter** | Option<[**Vec<Vec<String>>**](Vec<String>.md)> |'],
        [`### Return type\n\n[**${map('crate::models::Array')}**](array.md)`, `### Return type\n\n[**${map('Vec<String>')}**](array.md)`],
        ['> Vec<crate::models::Map> post_regions(regions)', `> Vec<${map('String')}> post_regions(regions)`],
        ['### Return type\n\n[**Vec<crate::models::Map>**](map.md)', `### Return type\n\n[**Vec<${map('String')}>**](map.md)`],
      ],
      'docs/Regions.md': [
        [`**by_name** | Option<[**${map('crate::models::Array')}**](array.md)> |`, `**by_name** | Option<[**${map('Vec<String>')}**](array.md)> |`],
        [`**by_label** | Option<[**${map('crate::models::Map')}**](map.md)> |`, `**by_label** | Option<[**${map(map('String'))}**](map.md)> |`],
        ['**lists** | Option<[**Vec<crate::models::Array>**](array.md)> |', '**lists** | Option<[**Vec<Vec<String>>**](array.md)> |'],
        ['**maps** | Option<[**Vec<crate::models::Map>**](map.md)> |', `**maps** | Option<[**Vec<${map('String')}>**](map.md)> |`],
        [`**grouped** | Option<[**${map('crate::models::Map')}**](map.md)> |`, `**grouped** | Option<[**${map(map('String'))}**](map.md)> |`],
      ],
    });
  });

  it('items beside type: object referring to an alias are its type (appwrite`s prefs)', async () => {
    await expectDeviations('object-with-items-array', {
      'docs/Trial.md': [
        ['**prefs** | Option<[**Vec<crate::models::Map>**](map.md)> |', `**prefs** | Option<[**Vec<${map('serde_json::Value')}>**](map.md)> |`],
        ['**lists** | Option<[**Vec<crate::models::Array>**](array.md)> |', '**lists** | Option<[**Vec<Vec<String>>**](array.md)> |'],
      ],
    });
  });

  it('items allOf: [$ref to an array alias, …] are the alias`s type', async () => {
    await expectDeviations('allof-wrapped-items', {
      'docs/ChangeTagsRequest.md': [['**lists** | Option<[**Vec<crate::models::Array>**](array.md)> |', '**lists** | Option<[**Vec<Vec<String>>**](array.md)> |']],
    });
  });

  it('a property allOf: [$ref to an array or map alias] is the alias`s type, optional as 6.0 has it', async () => {
    await expectDeviations('allof-wrapped-reference', {
      'docs/Gadget.md': [
        ['**labels** | Option<[**crate::models::Array**](array.md)> |', '**labels** | Option<**Vec<String>**> |'],
        ['**dictionary** | Option<[**crate::models::Map**](map.md)> |', `**dictionary** | Option<**${map('String')}**> |`],
      ],
    });
  });

  it('a body array of items referring to an array alias is a Vec of the alias`s type', async () => {
    const table = '------------- | ------------- | ------------- | ------------- | -------------\n';
    const body = (fn: string, type: string): string => `> ${fn}(request_body)\n\n\n### Parameters\n\n\nName | Type | Description  | Required | Notes\n${table}**request_body** | [**${type}**](array.md) |`;
    await expectDeviations('array-properties-beside', {
      'docs/DefaultApi.md': [
        [body('put_data', 'Vec<crate::models::Array>'), body('put_data', 'Vec<Vec<String>>')],
        [body('send_data', 'Vec<crate::models::Array>'), body('send_data', `Vec<${anyVec}>`)],
      ],
      'docs/Holder.md': [['**many** | Option<[**Vec<crate::models::Array>**](array.md)> |', `**many** | Option<[**Vec<${anyVec}>**](array.md)> |`]],
    });
  });

  it('a $ref to a named array with an enum beside it (nytimes` GeoFacet) is the array (6.0: crate::models::GeoFacet, never written)', async () => {
    await expectDeviations('enum-array-model', {
      'docs/Article.md': [
        ['**geo_facet** | Option<[**crate::models::GeoFacet**](GeoFacet.md)> |', `**geo_facet** | Option<[**${anyVec}**](serde_json::Value.md)> |`],
        ['**facets** | Option<[**crate::models::Facets**](Facets.md)> |', '**facets** | Option<**Vec<String>**> |'],
        ['**all_facets** | Option<[**Vec<crate::models::Facets>**](Facets.md)> |', '**all_facets** | Option<[**Vec<Vec<String>>**](array.md)> |'],
      ],
      'docs/DefaultApi.md': [
        ['**facets** | Option<[**Facets**](.md)> |', '**facets** | Option<[**Vec<String>**](String.md)> |'],
        ['> crate::models::Facets get_facets()', '> Vec<String> get_facets()'],
        ['### Return type\n\n[**crate::models::Facets**](Facets.md)', '### Return type\n\n**Vec<String>**'],
      ],
    });
  });
});

describe('Rust referenceDocs print what 6.0.0 wrote where the wire wins', () => {
  it.each(quirkCases(DIR))('%s', async (name) => {
    const api = await loadApi(`${DIR}/${name}/spec.yaml`, { skipValidation: true });
    expectSameFiles(docFiles(referenceDocs(api, { packageName: 'openapi' })), expectedFiles(`${DIR}/${name}`));
  });
});
