/**
 * `items` written beside a primitive type, as openapi-generator 4.2.1 reads it: its parser makes
 * an array of any schema that writes `items` (apisetu's `{type: string, items: {properties: {}}}`:
 * `[]map[string]interface{}`), whatever the `type` says. (Its isMapSchema likewise takes any
 * schema with `additionalProperties` for a map, rumble's `{type: string, additionalProperties:
 * {type: boolean}}` being `map[string]bool`: emit/kit/values-beside.ts reads that.) Checked with
 * the jar (test/emit/go/safety-deviations/types-beside).
 *
 * The `type` is what is on the wire (JSON Schema ignores `items` and `additionalProperties` for a
 * string; apisetu's example is a date string), and a client typed as an array cannot
 * decode it, so sdkgen's Go client and docs keep the type (README "Exactness", as for a string
 * whose `format` 4.2.1 reads as its type); Go's referenceDocs reads them as 4.2.1 does, with this
 * pass. OpenAPI 3 documents only: a Swagger 2.0 one reaches 4.2.1 through a converter whose
 * handling of them was not checked. (emit/rust/items-beside.ts reads `items` so for 6.0's referenceDocs, and
 * sdkgen's Rust crate keeps the type too, but beside a composition that allows an array.)
 */
import type { Api, Schema } from '../../model/types.js';
import { someSchema, withChildSchemas, withEverySchema } from './schema-walk.js';

/** The schema with every primitive that writes `items` beside its type read as an array. */
function read(schema: Schema): Schema {
  if (schema.kind === 'primitive' && schema.itemsBeside !== undefined) {
    const { description, title, nullable, readOnly, writeOnly, deprecated, default: byDefault, example, constraints, extensions, allOfWrapper } = schema;
    const common = { allOfWrapper, description, title, nullable, readOnly, writeOnly, deprecated, default: byDefault, example, constraints, extensions };
    const kept = Object.fromEntries(Object.entries(common).filter(([, v]) => v !== undefined)) as typeof common;
    return { ...kept, kind: 'array', items: read(schema.itemsBeside) };
  }
  return withChildSchemas(schema, read);
}

/** Whether some schema writes `items` beside a primitive type (most specs: none). */
function written(api: Api): boolean {
  return someSchema(api, (schema) => schema.kind === 'primitive' && schema.itemsBeside !== undefined);
}

/** The API as 4.2.1's parser reads `items` beside a primitive type. */
export function withTypesBesideRead(api: Api): Api {
  if (api.dialect === 'swagger-2.0' || !written(api)) return api;
  return withEverySchema(api, read);
}
