/**
 * For referenceDocs only: a primitive with `additionalProperties` beside it (linqr's `Recipient:
 * {type: string, format: email, additionalProperties: false}`) as openapi-generator 4.2.1 reads
 * it. Its parser makes any schema with `additionalProperties` a map, so the property prints as a
 * free-form object for `false`, `[**map[string]interface{}**](.md)`, a parameter `optional.Interface of
 * map[string]interface{}`; as a map of anything for `true`; or as a map of the values' schema
 * where one is written (httpbin's `freeform` query parameter, `optional.Interface of map[string]string`). 4.2.1's client could not decode the string a server sends into that
 * map; sdkgen's keeps the primitive and its docs say so (a safety deviation, README "Exactness";
 * test/emit/go/safety-deviations/primitive-maps). A composition names such a member `object` in
 * both (types.ts memberName): that name types nothing on the wire.
 */
import type { Api, Schema } from '../../model/types.js';
import { rewriteModel } from '../kit/model-rewrite.js';

function isSchema(value: Record<string, unknown>): value is Record<string, unknown> & Schema {
  return typeof value.kind === 'string' && typeof value.nullable === 'boolean';
}

/** A primitive so written as the free-form object 4.2.1 reads; anything else as it is. */
function asMap(record: Record<string, unknown>): Record<string, unknown> {
  if (!isSchema(record) || record.kind !== 'primitive' || record.valuesBeside === undefined) return record;
  const { type: _type, format: _format, enum: _enum, pattern: _pattern, valuesBeside: values, default: _default, ...rest } = record;
  if (values === false || values === undefined) return { ...rest, kind: 'any', object: true };
  // `true` is a map of anything (`map[string]map[string]interface{}`: test/emit/go/safety-deviations/types-beside).
  return { ...rest, kind: 'map', values: values === true ? ANY : values };
}

/** What `additionalProperties: true` holds: anything (model/schema.ts objectShape). */
const ANY: Schema = { nullable: false, readOnly: false, writeOnly: false, deprecated: false, kind: 'any', object: false };

/** The API with every such primitive read as 4.2.1 reads it (most specs: none). */
export function withPrimitiveMapsAsObjects(api: Api): Api {
  // The text, not someSchema: rewriteModel reaches schemas the schema walk does not (itemsBeside's, say).
  if (!JSON.stringify(api).includes('"valuesBeside"')) return api;
  return rewriteModel(api, asMap) as Api;
}
