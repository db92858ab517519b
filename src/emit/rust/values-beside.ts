/**
 * For referenceDocs alone: `additionalProperties` beside a primitive type, as openapi-generator 6.0
 * reads it. Its isMapSchema asks for additionalProperties before any type, so spotify's
 * `position_ms: {type: integer, additionalProperties: true}` is a
 * `HashMap<String, serde_json::Value>` to 6.0 (docs and crate), and vtex's
 * `{type: object, additionalProperties: {type: integer, additionalProperties: {type: integer}}}` a
 * map of maps. JSON Schema ignores the keyword there: the value on the wire is the integer, which
 * such a map would fail to decode, so sdkgen's crate and docs keep the type written (quirks README
 * "Where the wire wins", test/emit/rust/deviations/values-beside-primitive).
 */
import { someSchema, withChildSchemas, withEverySchema } from '../kit/schema-walk.js';
import type { Api, Schema } from '../../model/types.js';

const ANY_VALUE: Schema = { kind: 'any', object: false, nullable: false, readOnly: false, writeOnly: false, deprecated: false };

/** The schema with every `valuesBeside` in it read as a map. */
function read(schema: Schema): Schema {
  if (schema.kind === 'primitive' && schema.valuesBeside !== undefined && schema.valuesBeside !== false) {
    const { description, title, nullable, readOnly, writeOnly, deprecated, example, extensions, allOfWrapper, valuesBeside } = schema;
    const common = { allOfWrapper, description, title, nullable, readOnly, writeOnly, deprecated, example, extensions };
    const kept = Object.fromEntries(Object.entries(common).filter(([, v]) => v !== undefined)) as typeof common;
    return { ...kept, kind: 'map', values: valuesBeside === true ? ANY_VALUE : read(valuesBeside) };
  }
  return withChildSchemas(schema, read);
}

/** Whether some schema writes additionalProperties beside a primitive type (most specs: none). */
function written(api: Api): boolean {
  return someSchema(api, (schema) => schema.valuesBeside !== undefined);
}

/** The API as 6.0 reads additionalProperties beside a primitive type. */
export function withValuesBesideAsMaps(api: Api): Api {
  return written(api) ? withEverySchema(api, read) : api;
}
