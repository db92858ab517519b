/**
 * The view templates/go/model.md.hbs renders for one named schema (docs-format.md §2.6).
 */
import type { Property } from '../../model/types.js';
import type { FlattenedProperties } from '../docs/flattened.js';
import { tableCell } from '../docs/escape.js';
import type { GoModel, GoNames } from './api-names.js';
import { propertyCell } from './cells.js';
import { uniqueNames } from '../kit/unique-names.js';
import { goPropertyName } from './naming.js';
import { defaultText, escapedCell } from './text.js';
import { goType } from './types.js';

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

function notes(property: Property): string {
  const optional = property.required ? '' : '[optional] ';
  const readonly = property.schema.readOnly ? '[readonly] ' : '';
  const fallback = property.schema.default === undefined ? '' : `[default to ${tableCell(defaultText(property.schema.default.value))}]`;
  return `${optional}${readonly}${fallback}`;
}

/**
 * The fields of a schema: an object's properties in spec order; allOf gathers its members'
 * (references followed, each property once, first wins), as openapi-generator flattens it.
 * Anything else (enum, array, map, oneOf) has none, and 4.2.1 prints an empty table for it.
 */
export function modelDocView(model: GoModel, flattened: FlattenedProperties, names: GoNames): ModelDocView {
  const props = flattened.ofNamed(model.schema.name);
  const fieldNames = uniqueNames(props.map((p) => goPropertyName(p.name)), { ignoreCase: true });
  return {
    name: model.name,
    properties: props.map((p, i) => ({
      name: fieldNames[i] ?? goPropertyName(p.name),
      type: propertyCell(goType(p.schema, names), p.schema.nullable),
      description: escapedCell(p.schema.description),
      notes: notes(p),
    })),
  };
}
