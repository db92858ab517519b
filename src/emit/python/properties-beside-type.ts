/**
 * `properties` written beside `type: string` (or another primitive) or `type: array`, as
 * swagger-codegen 2.2 reads them: its Swagger parser makes an ObjectProperty of any property that
 * writes `properties`, whatever its `type` (also array items, map values and responses), and a
 * ModelImpl keeps a primitive definition's properties. So npr's XML elements (`ImpressionXml`:
 * `{type: string, properties: {id}}`) are model pages with those rows, and vtex's
 * `{type: array, items: {}, properties, title: items}` is a hoisted model `Items`. A definition or
 * a body that is such an array is an ArrayModel, its properties unread.
 *
 * sdkgen's docs do not follow this: the package keeps the type written (a `str`, a `list`), since
 * a class of those properties would drop the string or list a server sends, and the docs describe
 * the package. Only `referenceDocs` (index.ts) reads the API through this pass, so the oracle tells
 * such a file from a miss (test/emit/python/safety-deviations/properties-beside-type).
 */
import type { Api, MediaContent, NamedSchema, Operation, Property, Schema } from '../../model/types.js';
import { commonFields } from '../kit/schema-common.js';

function properties(list: readonly Property[]): readonly Property[] {
  return list.map((p) => ({ ...p, schema: asProperty(p.schema) }));
}

function extra(value: Schema | true | undefined): Schema | true | undefined {
  return value === undefined || value === true ? value : asProperty(value);
}

/** The schema as an object of the properties written beside its type (2.2's ObjectProperty). */
function asObject(schema: Schema, written: readonly Property[]): Schema {
  const kept = commonFields(schema, ['allOfWrapper', 'description', 'writtenNull', 'title', 'readOnly', 'writeOnly', 'deprecated', 'example', 'extensions']);
  return { ...kept, nullable: schema.nullable, kind: 'object', properties: properties(written), typed: false };
}

/** Where 2.2 reads a Property (a property, array items, map values, a response). */
function asProperty(schema: Schema): Schema {
  if (schema.propertiesBesideType !== undefined) return asObject(schema, schema.propertiesBesideType);
  return within(schema);
}

/** The schema itself as it is, the schemas inside it read as properties. */
function within(schema: Schema): Schema {
  switch (schema.kind) {
    case 'array':
      return { ...schema, items: asProperty(schema.items) };
    case 'map':
      return { ...schema, values: asProperty(schema.values) };
    case 'object':
      return { ...schema, properties: properties(schema.properties), additionalProperties: extra(schema.additionalProperties) };
    case 'allOf':
    case 'oneOf':
    case 'anyOf':
      return {
        ...schema,
        members: schema.members.map(within),
        ...(schema.properties && { properties: properties(schema.properties) }),
        ...(schema.additionalProperties !== undefined && { additionalProperties: extra(schema.additionalProperties) }),
      };
    default:
      return schema;
  }
}

/** A definition (2.2's Model): a primitive one keeps its properties, an array one does not. */
function definition(named: NamedSchema): NamedSchema {
  const s = named.schema;
  return { ...named, schema: s.kind === 'primitive' && s.propertiesBesideType !== undefined ? asObject(s, s.propertiesBesideType) : within(s) };
}

function operation(op: Operation): Operation {
  const contents = (list: readonly MediaContent[], read: (s: Schema) => Schema) => list.map((c) => ({ ...c, schema: read(c.schema) }));
  return {
    ...op,
    // A body is a Model to 2.2 (its array's properties unread); a response a Property.
    requestBody: op.requestBody && { ...op.requestBody, content: contents(op.requestBody.content, within) },
    responses: op.responses.map((r) => ({ ...r, content: contents(r.content, asProperty) })),
  };
}

/** Whether some schema writes properties beside another type (most specs: none, and the API stays as it is). */
function written(api: Api): boolean {
  return JSON.stringify(api).includes('"propertiesBesideType"');
}

/** The API as swagger-codegen 2.2's parser reads properties beside a primitive or array type. */
export function withPropertiesBesideTypeRead(api: Api): Api {
  if (!written(api)) return api;
  return { ...api, operations: api.operations.map(operation), schemas: api.schemas.map(definition) };
}
