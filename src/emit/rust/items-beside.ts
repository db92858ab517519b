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
import type { Api, MediaContent, Operation, Property, Schema } from '../../model/types.js';

function properties(list: readonly Property[]): readonly Property[] {
  return list.map((p) => ({ ...p, schema: read(p.schema) }));
}

function extra(value: Schema | true | undefined): Schema | true | undefined {
  return value === undefined || value === true ? value : read(value);
}

/** The schema with every `itemsBeside` in it read as an array. */
function read(schema: Schema): Schema {
  if (schema.itemsBeside !== undefined) {
    const { description, title, nullable, readOnly, writeOnly, deprecated, default: byDefault, example, constraints, extensions, allOfWrapper } = schema;
    const common = { allOfWrapper, description, title, nullable, readOnly, writeOnly, deprecated, default: byDefault, example, constraints, extensions };
    const kept = Object.fromEntries(Object.entries(common).filter(([, v]) => v !== undefined)) as typeof common;
    return { ...kept, kind: 'array', items: read(schema.itemsBeside) };
  }
  switch (schema.kind) {
    case 'array':
      return { ...schema, items: read(schema.items) };
    case 'map':
      return { ...schema, values: read(schema.values) };
    case 'object':
      return { ...schema, properties: properties(schema.properties), additionalProperties: extra(schema.additionalProperties) };
    case 'allOf':
    case 'oneOf':
    case 'anyOf':
      return {
        ...schema,
        members: schema.members.map(read),
        ...(schema.properties && { properties: properties(schema.properties) }),
        ...(schema.additionalProperties !== undefined && { additionalProperties: extra(schema.additionalProperties) }),
      };
    case 'any':
      return schema.items === undefined ? schema : { ...schema, items: read(schema.items) };
    default:
      return schema;
  }
}

function operation(op: Operation): Operation {
  const contents = (list: readonly MediaContent[]) => list.map((c) => ({ ...c, schema: read(c.schema) }));
  return {
    ...op,
    parameters: op.parameters.map((p) => ({ ...p, schema: read(p.schema) })),
    requestBody: op.requestBody && { ...op.requestBody, content: contents(op.requestBody.content) },
    responses: op.responses.map((r) => ({ ...r, content: contents(r.content), headers: r.headers.map((h) => ({ ...h, schema: read(h.schema) })) })),
    ...(op.callbacks && { callbacks: op.callbacks.map((c) => ({ ...c, operations: c.operations.map(operation) })) }),
  };
}

/** Whether some schema writes `items` beside another type (most specs: none, and the API stays as it is). */
function written(api: Api): boolean {
  return JSON.stringify(api).includes('"itemsBeside"');
}

/** The API as 6.0's parser reads `items` beside a primitive type or a composition. */
export function withItemsBesideAsArrays(api: Api): Api {
  if (api.dialect === 'swagger-2.0' || !written(api)) return api;
  return { ...api, operations: api.operations.map(operation), schemas: api.schemas.map((s) => ({ ...s, schema: read(s.schema) })) };
}
