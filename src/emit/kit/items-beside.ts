/**
 * `items` beside a primitive type or a composition, as openapi-generator reads it: the parser
 * behind it (swagger-parser v3's OpenAPIDeserializer) makes an ArraySchema of any schema that
 * writes `items`, whatever its `type` or `oneOf`/`anyOf`/`allOf` say. 4.2.1 (Go) so reads apisetu's
 * `{type: string, items: {properties: {}}}` as `[]map[string]interface{}` and docker's `Cmd` as
 * `[]string` (test/emit/go/safety-deviations/types-beside). So oxforddictionaries'
 * `{type: string, items: {type: string}}` parameter is a `Vec<String>`, and docker's `Cmd`
 * (`{oneOf: [array, string], items: {type: string}}`) a `Vec<String>` rather than a hoisted
 * `ContainerConfig_Cmd` model. This pass rewrites such schemas into arrays before the inline
 * models are gathered. OpenAPI 3.0 documents only: Swagger 2.0 ones reach 6.0 through a converter
 * whose handling of them was not checked. (`items` beside `type: object` is AnyShape.items, read
 * in types.ts.) Checked with 6.0.0's jar (test/emit/rust/quirks/items-beside-type,
 * test/emit/rust/deviations/items-beside-primitive).
 *
 * The wire wins for sdkgen's clients and docs (Rust quirks/README.md "Where the wire wins", Go
 * README "Exactness"): JSON Schema ignores `items` unless the value is an array, so a
 * `type: string` with items is a string on the wire, and a `Vec` could not decode it. The array
 * reading is kept where the value may really be an array, a composition one of whose members is
 * (docker's `Cmd`, `oneOf: [array, string]`: the `Vec` holds the array the `items` describe, and
 * the string form is what 6.0 and sdkgen both give up); a composition none of whose members is an
 * array (`anyOf: [Part, string]`) and a primitive keep what they say. referenceDocs
 * (`asGenerator`) read every such schema as the generator does.
 */
import { someSchema, withChildSchemas, withEverySchema } from './schema-walk.js';
import type { Api, Schema } from '../../model/types.js';
import { commonFields } from './schema-common.js';

type Named = ReadonlyMap<string, Schema>;

/** Whether a value of the schema may be a JSON array (a `$ref` followed; `seen` stops a cycle). */
function mayBeArray(schema: Schema, named: Named, seen: ReadonlySet<string> = new Set()): boolean {
  switch (schema.kind) {
    case 'array':
      return true;
    case 'ref': {
      const target = named.get(schema.name);
      return target !== undefined && !seen.has(schema.name) && mayBeArray(target, named, new Set([...seen, schema.name]));
    }
    case 'oneOf':
    case 'anyOf':
      return schema.members.some((m) => mayBeArray(m, named, seen));
    case 'allOf':
      return schema.members.length > 0 && schema.members.every((m) => mayBeArray(m, named, seen));
    default:
      return false;
  }
}

export interface ItemsBesideReading {
  /** Read as the generator does (referenceDocs), not as the wire has it. */
  readonly asGenerator: boolean;
}

/** Whether the schema's `itemsBeside` is read as an array: as the generator reads it, else only where a composition allows one. */
function readAsArray(schema: Schema, named: Named, reading: ItemsBesideReading): boolean {
  if (schema.itemsBeside === undefined) return false;
  if (schema.kind === 'oneOf' || schema.kind === 'anyOf' || schema.kind === 'allOf') return reading.asGenerator || mayBeArray(schema, named);
  return reading.asGenerator;
}

/** What a schema read as an array keeps of itself. */
const ARRAY_KEEPS = ['allOfWrapper', 'description', 'title', 'nullable', 'readOnly', 'writeOnly', 'deprecated', 'default', 'example', 'constraints', 'extensions', 'arrayEnum'] as const;

/** The schema with every `itemsBeside` in it read as an array where readAsArray says so. */
function read(schema: Schema, named: Named, reading: ItemsBesideReading): Schema {
  if (readAsArray(schema, named, reading) && schema.itemsBeside !== undefined) {
    const kept = commonFields(schema, ARRAY_KEEPS);
    return { ...kept, kind: 'array', items: read(schema.itemsBeside, named, reading) };
  }
  return withChildSchemas(schema, (child) => read(child, named, reading));
}

/** The API as the generator's parser reads `items` beside a primitive type or a composition (`asGenerator`), or as the wire has it. */
export function withItemsBesideAsArrays(api: Api, reading: ItemsBesideReading): Api {
  if (api.dialect === 'swagger-2.0') return api;
  const named: Named = new Map(api.schemas.map((s) => [s.name, s.schema]));
  if (!someSchema(api, (schema) => readAsArray(schema, named, reading))) return api;
  return withEverySchema(api, (schema) => read(schema, named, reading));
}
