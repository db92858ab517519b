/**
 * Model properties written with `allOf` (`allOf: [$ref, {description}]`, or `allOf: [$ref]` beside
 * a description): how the imitated generators treat them differs on purpose, so each doc style
 * passes its policy instead of copying the test:
 * - 'first-member' (openapi-generator 6.0): typed by the first member (see rust/composed.ts);
 * - 'dropped' (swagger-codegen 2.2): its Swagger parser reads no composition in a property, and
 *   the property disappears from the model doc.
 */
import type { Property, Schema } from '../../model/types.js';

export type AllOfPropertyPolicy = 'first-member' | 'dropped';

/** The first member of a property written with allOf, or undefined for any other property. */
export function allOfFirstMember(schema: Schema): Schema | undefined {
  if (schema.kind === 'allOf') return schema.members[0];
  if (schema.kind === 'ref' && schema.allOfWrapper) return { ...schema, allOfWrapper: undefined };
  return undefined;
}

/**
 * Whether a schema is an allOf (oneOf, anyOf) with `type: object` written beside it and no
 * properties: swagger-codegen 2.2's parser reads the type and not the composition, a plain object.
 */
export function typedComposition(schema: Schema): boolean {
  if (schema.allOfWrapper?.typeObject === true) return true;
  return (schema.kind === 'allOf' || schema.kind === 'oneOf' || schema.kind === 'anyOf') && schema.typeObject === true && schema.properties === undefined;
}

/** A composition with properties beside it (Azure's `allOf: [Base]` + `properties`): an object of those properties to 2.2. */
function compositionWithProperties(schema: Schema): boolean {
  return schema.kind === 'allOf' && schema.properties !== undefined;
}

/**
 * The properties a model doc lists under the policy ('dropped' keeps those 2.2 reads as an object:
 * typedComposition, compositionWithProperties).
 */
export function documentedProperties(properties: readonly Property[], policy: AllOfPropertyPolicy): readonly Property[] {
  if (policy === 'first-member') return properties;
  const read = (s: Schema): boolean => typedComposition(s) || compositionWithProperties(s) || (s.kind !== 'allOf' && !(s.kind === 'ref' && s.allOfWrapper));
  return properties.filter((p) => read(p.schema));
}
