/**
 * `items` beside a primitive type or a composition, as openapi-generator 6.0 reads it: the parser
 * behind it (swagger-parser v3's OpenAPIDeserializer) makes an ArraySchema of any schema that
 * writes `items`, whatever its `type` or `oneOf`/`anyOf`/`allOf` say. So oxforddictionaries'
 * `{type: string, items: {type: string}}` parameter is a `Vec<String>`, and docker's `Cmd`
 * (`{oneOf: [array, string], items: {type: string}}`) a `Vec<String>` rather than a hoisted
 * `ContainerConfig_Cmd` model. This pass rewrites such schemas into arrays before the inline
 * models are gathered, for the docs and the crate alike (a `Vec` serializes as the JSON array the
 * `items` describe). OpenAPI 3.0 documents only: Swagger 2.0 ones reach 6.0 through a converter
 * whose handling of them was not checked. (`items` beside `type: object` is AnyShape.items, read
 * in types.ts.) Checked with 6.0.0's jar (test/emit/rust/quirks/items-beside-type).
 */
import { someSchema, withChildSchemas, withEverySchema } from '../kit/schema-walk.js';
import type { Api, Schema } from '../../model/types.js';

/** The schema with every `itemsBeside` in it read as an array. */
function read(schema: Schema): Schema {
  if (schema.itemsBeside !== undefined) {
    const { description, title, nullable, readOnly, writeOnly, deprecated, default: byDefault, example, constraints, extensions, allOfWrapper, arrayEnum } = schema;
    const common = { allOfWrapper, description, title, nullable, readOnly, writeOnly, deprecated, default: byDefault, example, constraints, extensions, arrayEnum };
    const kept = Object.fromEntries(Object.entries(common).filter(([, v]) => v !== undefined)) as typeof common;
    return { ...kept, kind: 'array', items: read(schema.itemsBeside) };
  }
  return withChildSchemas(schema, read);
}

/** Whether some schema writes `items` beside another type (most specs: none, and the API stays as it is). */
function written(api: Api): boolean {
  return someSchema(api, (schema) => schema.itemsBeside !== undefined);
}

/** The API as 6.0's parser reads `items` beside a primitive type or a composition. */
export function withItemsBesideAsArrays(api: Api): Api {
  if (api.dialect === 'swagger-2.0' || !written(api)) return api;
  return withEverySchema(api, read);
}
