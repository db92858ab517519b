/**
 * The view behind templates/rust/model.md.hbs: one model's property table (docs-format.md §4.6).
 * Enums have no properties; 6.0 prints their table empty, and so do we. A oneOf/anyOf lists its
 * members' properties (plan.ts).
 */
import { midRowCell } from '../docs/escape.js';
import { enumDefaultName } from './enum-default.js';
import type { PlannedField, PlannedModel } from './plan.js';
import { defaultText, specCell } from './text.js';
import { typeCell } from './types.js';

export interface PropertyRowView {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  /** `[optional]`, `[readonly]`, `[default to v]`, run together; empty for a plain required field. */
  readonly notes: string;
}

export interface ModelDocView {
  readonly name: string;
  readonly properties: readonly PropertyRowView[];
}

function notes(f: PlannedField): string {
  const optional = f.required ? '' : '[optional]';
  const readonly = f.readOnly ? '[readonly]' : '';
  const { schema } = f.property;
  const value = enumDefaultName(f.name, schema) ?? (f.default === undefined ? undefined : defaultText(f.default.value));
  // Mid-row, after `[default to `: a leading `*` or `#` opens nothing there (uspto's `*:*`).
  const fallback = value === undefined ? '' : `[default to ${midRowCell(value)}]`;
  return `${optional}${readonly}${fallback}`;
}

/**
 * The fields of the model's struct in the plan: its own properties, or for `allOf` those of every
 * member, the way openapi-generator flattens a composition (the first declaration of a name wins).
 */
export function modelDocView(model: PlannedModel): ModelDocView {
  return {
    name: model.name,
    properties: model.fields.map((f) => ({
      name: f.name,
      type: typeCell(f.docType, 'property', f.required, undefined),
      description: specCell(f.description),
      notes: notes(f),
    })),
  };
}
