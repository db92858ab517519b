/**
 * The view behind templates/rust/model.md.hbs: one model's property table (docs-format.md §4.6).
 * Enums and oneOf/anyOf models have no properties; 6.0 prints their table empty, and so do we.
 */
import type { Property } from '../../model/types.js';
import { tableCell } from '../docs/escape.js';
import { uniqueNames } from '../kit/unique-names.js';
import { fieldName } from './naming.js';
import type { RustModel, RustSchemas } from './schemas.js';
import { defaultText, specCell } from './text.js';
import { propertyDescription, propertyReadOnly, propertyType } from './composed.js';
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

function notes(p: Property, schemas: RustSchemas): string {
  const optional = p.required ? '' : '[optional]';
  const readonly = propertyReadOnly(p.schema, schemas) ? '[readonly]' : '';
  const fallback = p.schema.default === undefined ? '' : `[default to ${tableCell(defaultText(p.schema.default.value))}]`;
  return `${optional}${readonly}${fallback}`;
}

/**
 * The properties a model's struct has: its own, or for `allOf` those of every member, the way
 * openapi-generator flattens a composition (the first declaration of a name wins).
 */
export function modelDocView(model: RustModel, schemas: RustSchemas): ModelDocView {
  const props = schemas.flattened.ofNamed(model.specName);
  const names = uniqueNames(props.map((p) => fieldName(p.name)), { separator: '_' });
  return {
    name: model.name,
    properties: props.map((p, i) => ({
      name: names[i] ?? fieldName(p.name),
      type: typeCell(propertyType(p.schema, schemas), 'property', p.required, undefined),
      description: specCell(propertyDescription(p.schema, schemas)),
      notes: notes(p, schemas),
    })),
  };
}
