/**
 * The view templates/go/model.md.hbs renders for one named schema (docs-format.md §2.6).
 */
import type { Property, Schema } from '../../model/types.js';
import type { FlattenedProperties } from '../docs/flattened.js';
import { tableCell } from '../docs/escape.js';
import type { GoModel, GoNames } from './api-names.js';
import { propertyCell } from './cells.js';
import { uniqueNames } from '../kit/unique-names.js';
import { goPropertyName } from './naming.js';
import { defaultText, escapedCell } from './text.js';
import { propertyType, unalias } from './types.js';

export interface PropertyRow {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  /** `[optional] `, `[readonly] `, `[default to v]`, in that order and spacing (§2.6). */
  readonly notes: string;
}

export interface ModelDocView {
  readonly name: string;
  readonly properties: readonly PropertyRow[];
}

/**
 * The schema whose description, readOnly and default a property row shows: a `$ref` to a model
 * loses its siblings (nothing shows), a `$ref` to an alias shows the alias target's, and a
 * multi-member allOf shows nothing.
 */
function shown(schema: Schema, names: GoNames): Pick<Schema, 'description' | 'readOnly' | 'default'> | undefined {
  // An allOf property shows what the allOf node itself says, nothing of its members.
  if (schema.kind === 'allOf') return { description: schema.description, readOnly: schema.readOnly };
  // `allOf: [X]` shows what the wrapper says, whatever X is.
  if (schema.allOfWrapper) return { description: schema.allOfWrapper.description, readOnly: schema.allOfWrapper.readOnly };
  const target = unalias(schema, names);
  return target.kind === 'ref' ? undefined : target;
}

/** `Pointer to ` is printed for a nullable property; a reference's nullable is its target's or its allOf wrapper's. */
function nullable(schema: Schema, names: GoNames): boolean {
  if (schema.kind !== 'ref') return schema.nullable;
  // A reference is nullable when its target is (a hoisted inline object keeps its own nullable).
  const target = names.schema(schema.name)?.schema.nullable === true;
  return target || (schema.allOfWrapper?.nullable ?? schema.nullable);
}

function notes(property: Property, names: GoNames): string {
  const own = shown(property.schema, names);
  const optional = property.required ? '' : '[optional] ';
  const readonly = own?.readOnly ? '[readonly] ' : '';
  const fallback = own?.default === undefined ? '' : `[default to ${tableCell(defaultText(own.default.value))}]`;
  return `${optional}${readonly}${fallback}`;
}

/**
 * The fields of a schema: an object's properties in spec order; allOf, oneOf and anyOf gather
 * their members' (references followed, each property once at its first place, a later member's
 * definition winning), as openapi-generator 4.2.1 flattens them. Anything else (enum, array,
 * map) has none, and 4.2.1 prints an empty table for it; so has a schema that is only a `$ref`
 * to another (`allOf: [$ref]` does have its member's).
 */
export function modelDocView(model: GoModel, flattened: FlattenedProperties, names: GoNames): ModelDocView {
  const top = model.schema.schema;
  const props = top.kind === 'ref' && !top.allOfWrapper ? [] : flattened.ofNamed(model.schema.name);
  const fieldNames = uniqueNames(props.map((p) => goPropertyName(p.name)), { ignoreCase: true });
  return {
    name: model.name,
    properties: props.map((p, i) => ({
      name: fieldNames[i] ?? goPropertyName(p.name),
      type: propertyCell(propertyType(p.schema, names), nullable(p.schema, names)),
      description: escapedCell(shown(p.schema, names)?.description),
      notes: notes(p, names),
    })),
  };
}
