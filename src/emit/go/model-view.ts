/**
 * The view templates/go/model.md.hbs renders for one named schema (docs-format.md §2.6).
 */
import type { Property, Schema } from '../../model/types.js';
import { midRowCell } from '../docs/escape.js';
import type { GoNames } from './api-names.js';
import { propertyCell } from './cells.js';
import { parsedDefault } from './default-values.js';
import { enumDefaultName } from './enum-defaults.js';
import type { GoField, GoModelPlan } from './plan.js';
import { defaultText, escapedCell } from './text.js';
import { unalias } from './types.js';

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
/** What a row shows of a schema; `kind` and `type` say how 4.2.1's parser read its default. */
type Shown = Pick<Schema, 'description' | 'readOnly' | 'default'> & { readonly kind?: string; readonly type?: string };

function shown(schema: Schema, names: GoNames): Shown | undefined {
  // An allOf property shows what the allOf node itself says, nothing of its members.
  if (schema.kind === 'allOf') return { description: schema.description, readOnly: schema.readOnly };
  // `allOf: [X]` shows what the wrapper says, whatever X is; its default only with a type beside
  // it (test/emit/go/cases/wrapper-typed-defaults).
  if (schema.allOfWrapper) {
    const { description, readOnly, typedDefault } = schema.allOfWrapper;
    if (typedDefault === undefined) return { description, readOnly };
    return { description, readOnly, default: { value: typedDefault.value }, kind: 'primitive', type: typedDefault.type };
  }
  const target = unalias(schema, names);
  return target.kind === 'ref' ? undefined : target;
}

function notes(field: GoField, names: GoNames): string {
  const { property } = field;
  const own = shown(property.schema, names);
  const optional = property.required ? '' : '[optional] ';
  const readonly = own?.readOnly ? '[readonly] ' : '';
  const given = own === undefined ? undefined : parsedDefault(own);
  const text = given === undefined ? undefined : (enumDefaultName(field.name, own as Schema, field.type.dataType, given.value) ?? defaultText(given.value));
  return `${optional}${readonly}${text === undefined ? '' : `[default to ${midRowCell(text)}]`}`;
}

/**
 * The fields of a model as the plan has them (plan.ts): an object's properties in spec order;
 * allOf, oneOf and anyOf gather their members' (references followed, each property once at its
 * first place, a later member's definition winning), as openapi-generator 4.2.1 flattens them.
 * Anything else (enum, array, map, a schema that is only a `$ref`) has none, and 4.2.1 prints an
 * empty table for it (`allOf: [$ref]` does have its member's).
 */
export function modelDocView(model: GoModelPlan, names: GoNames): ModelDocView {
  const fields = model.shape.kind === 'struct' ? model.shape.fields : [];
  return {
    name: model.name,
    properties: fields.map((f) => ({
      name: f.name,
      type: propertyCell(f.type, f.nullable),
      description: escapedCell(shown(f.property.schema, names)?.description),
      notes: notes(f, names),
    })),
  };
}
