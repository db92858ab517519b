/**
 * For referenceDocs alone: `x-nullable` in an OpenAPI 3 document, which openapi-generator 6.0
 * ignores there (slmonitor's NSwag spec: a required `itinerary` file field and a required
 * `itinerary` string property stay plain, a `$ref` to an `x-nullable` model too). sdkgen's loader
 * reads it as `nullable` for every target, so the crate accepts the `null` such a server sends
 * (a required String would fail the whole response): quirks README "Where the wire wins",
 * test/emit/rust/deviations/x-nullable-openapi3. Swagger 2.0 documents reach 6.0 through a
 * converter that maps `x-nullable` to `nullable`, so they keep it. The model marks a schema
 * nullable by the extension alone (SchemaCommon.nullableByExtension, which Go's referenceDocs read too).
 */
import { someSchema, withChildSchemas, withEverySchema } from '../kit/schema-walk.js';
import type { Api, Schema } from '../../model/types.js';

function read(schema: Schema): Schema {
  const inner = withChildSchemas(schema, read);
  return inner.nullableByExtension === true ? { ...inner, nullable: false } : inner;
}

/** Whether some schema is nullable by `x-nullable` alone (most specs: none). */
function written(api: Api): boolean {
  return someSchema(api, (schema) => schema.nullableByExtension === true);
}

/** The API as 6.0 reads an OpenAPI 3 document: `x-nullable` is no `nullable`. */
export function withExtensionNullableIgnored(api: Api): Api {
  return api.dialect === 'swagger-2.0' || !written(api) ? api : withEverySchema(api, read);
}
