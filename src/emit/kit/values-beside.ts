/**
 * For referenceDocs only: `additionalProperties` written beside a primitive type
 * (SchemaCommon.valuesBeside) as openapi-generator reads it. Its isMapSchema asks for
 * additionalProperties before any type, so such a schema is a map: of the values' schema where one
 * is written (httpbin's `{type: string, additionalProperties: {type: string}}`, vtex's map of
 * maps), of anything for `true` (spotify's `position_ms: {type: integer, additionalProperties:
 * true}`). `false` is where the generators differ, hence the parameter: 4.2.1 still takes the
 * schema for a map, a free-form object (linqr's `Recipient: {type: string, format: email,
 * additionalProperties: false}`), where 6.0 keeps the primitive. JSON Schema ignores the keyword
 * there and the value on the wire is the primitive, which such a map would fail to decode, so
 * sdkgen's clients and docs keep the type written (README "Exactness";
 * test/emit/go/safety-deviations/primitive-maps and types-beside,
 * test/emit/rust/deviations/values-beside-primitive, the jars' output).
 */
import type { Api, Schema } from '../../model/types.js';
import { isModelSchema, rewriteModel } from './model-rewrite.js';

export interface ValuesBesideReading {
  /** 4.2.1: `additionalProperties: false` beside a primitive makes a free-form object; 6.0: nothing. */
  readonly closedIsObject: boolean;
}

/** What `additionalProperties: true` holds: anything (model/schema.ts objectShape). */
const ANY: Schema = { nullable: false, readOnly: false, writeOnly: false, deprecated: false, kind: 'any', object: false };

/** A primitive so written as the map (or free-form object) the generator reads; anything else as it is. */
function asMap(reading: ValuesBesideReading): (record: Record<string, unknown>) => Record<string, unknown> {
  return (record) => {
    if (!isModelSchema(record) || record.kind !== 'primitive' || record.valuesBeside === undefined) return record;
    if (record.valuesBeside === false && !reading.closedIsObject) return record;
    // What only a primitive has goes, and its default: the generator casts it to a map and loses it.
    const { type: _type, format: _format, enum: _enum, pattern: _pattern, valuesBeside: values, default: _default, ...rest } = record;
    if (values === false) return { ...rest, kind: 'any', object: true };
    return { ...rest, kind: 'map', values: values === true ? ANY : values };
  };
}

/** The API with every such primitive read as the generator reads it (most specs: none). */
export function withValuesBesideAsMaps(api: Api, reading: ValuesBesideReading): Api {
  // The text, not someSchema: rewriteModel reaches schemas the schema walk does not (itemsBeside's, say).
  if (!JSON.stringify(api).includes('"valuesBeside"')) return api;
  return rewriteModel(api, asMap(reading)) as Api;
}
