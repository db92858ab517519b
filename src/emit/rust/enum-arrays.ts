/**
 * A `$ref` to a named array written with an `enum` beside it (nytimes' `GeoFacet: {enum: [""],
 * items: {}, oneOf: [array, string]}`, read as an array: kit/items-beside.ts). openapi-generator 6.0's
 * unaliasSchema keeps a reference to a schema with an enum ("top-level enum class"), so it types
 * the use by the model name, `crate::models::GeoFacet`, linked by the raw name (`GeoFacet.md`;
 * a parameter `[**GeoFacet**](.md)`), in containers too; but it writes no model for an array
 * alias, so that page never exists and its crate would not build. As a model's, the reference shows
 * no description (composed.ts). referenceDocs print 6.0's name and link (RustType.docs); sdkgen's
 * own docs print the array the crate holds, as for `type: array` without items (types.ts; quirks
 * README, "Where the wire wins": test/emit/rust/deviations/enum-array-model).
 */
import type { Schema } from '../../model/types.js';
import { modelName } from './naming.js';
import type { RustSchemas } from './schemas.js';
import type { RustType } from './types.js';

/** Whether `schema` refers to such an array. */
export function isEnumArrayRef(schema: Schema, schemas: RustSchemas): boolean {
  if (schema.kind !== 'ref') return false;
  const target = schemas.written(schema.name);
  return target?.kind === 'array' && target.arrayEnum === true && schemas.resolve(schema).kind === 'inline';
}

/** The type referenceDocs read for `t`, the type of `schema`, when it refers to such an array; else undefined. */
export function enumArrayDocs(schema: Schema, t: RustType, schemas: RustSchemas): RustType | undefined {
  if (!schemas.reference || schema.kind !== 'ref' || !isEnumArrayRef(schema, schemas)) return undefined;
  const name = modelName(schema.name, schemas.reference);
  return { type: `crate::models::${name}`, leaf: { kind: 'model', name, doc: schemas.linkName(schema.name, name) }, container: false, nullable: t.nullable };
}
