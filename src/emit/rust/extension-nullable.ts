/**
 * For referenceDocs alone: `x-nullable` in an OpenAPI 3 document, which openapi-generator 6.0
 * ignores there (slmonitor's NSwag spec: a required `itinerary` file field and a required
 * `itinerary` string property stay plain, a `$ref` to an `x-nullable` model too). sdkgen's loader
 * reads it as `nullable` for every target, so the crate accepts the `null` such a server sends
 * (a required String would fail the whole response): quirks README "Where the wire wins",
 * test/emit/rust/deviations/x-nullable-openapi3. Swagger 2.0 documents reach 6.0 through a
 * converter that maps `x-nullable` to `nullable`, so they keep it. The model holds the extension
 * beside `nullable`: a schema that writes both `nullable: true` and `x-nullable: true` is taken
 * for one that writes the extension only.
 */
import { withChildSchemas, withEverySchema } from '../kit/schema-walk.js';
import type { Api, Schema } from '../../model/types.js';

function read(schema: Schema): Schema {
  const inner = withChildSchemas(schema, read);
  return inner.nullable && inner.extensions?.['x-nullable'] === true ? { ...inner, nullable: false } : inner;
}

/** Whether some schema writes `x-nullable` (most specs: none). */
function written(api: Api): boolean {
  return JSON.stringify(api).includes('"x-nullable"');
}

/** The API as 6.0 reads an OpenAPI 3 document: `x-nullable` is no `nullable`. */
export function withExtensionNullableIgnored(api: Api): Api {
  return api.dialect === 'swagger-2.0' || !written(api) ? api : withEverySchema(api, read);
}
