/**
 * The view of docs/<Model>.md (docs-format.md §3.7): one row per property in spec order.
 */
import type { Schema } from '../../model/types.js';
import { tableCell } from '../docs/escape.js';
import type { PlanModel, PlanProperty } from './plan.js';
import { cellText } from './text.js';
import { typeMarkdown } from './types.js';

export interface PropertyView {
  readonly name: string;
  readonly typeCell: string;
  readonly description: string;
  readonly notes: string;
}

export interface ModelDocView {
  readonly name: string;
  readonly properties: readonly PropertyView[];
}

/**
 * The default the way Python's toDefaultValue prints it: strings quoted (`'''` when multi-line),
 * booleans as True/False, numbers as written; others (dates, objects) have none in 2.2.2.
 */
function propertyDefault(schema: Schema): string | undefined {
  const value = schema.default?.value;
  if (schema.kind !== 'primitive' || value === undefined || value === null) return undefined;
  if (schema.type === 'string' && typeof value === 'string') {
    if (schema.format === 'date' || schema.format === 'date-time') return undefined;
    return /[\r\n]/.test(value) ? `'''${value}'''` : `'${value}'`;
  }
  if (schema.type === 'boolean') return String(value) === 'false' ? 'False' : 'True';
  return typeof value === 'number' ? String(value) : undefined;
}

function propertyView(p: PlanProperty): PropertyView {
  // `[readonly]` is left out: swagger-codegen 2.2.2 never printed it for Looker's read-only
  // properties (reference/python-looker-3.0/ApiSession.md shows `can` with `[optional]` only).
  const optional = p.required ? '' : '[optional] ';
  const fallback = propertyDefault(p.schema);
  return {
    name: p.name,
    typeCell: typeMarkdown(p.type, 'property'),
    description: cellText(p.schema.description ?? ''),
    // The default is a Python literal printed raw (`[default to 'on save']` in real docs).
    notes: fallback === undefined ? optional : `${optional}[default to ${tableCell(fallback)}]`,
  };
}

/**
 * The properties a model doc lists. swagger-codegen documents an allOf child with its own
 * properties only and leaves the inherited ones to the parent's doc; we list the inherited ones
 * too (first definition of a name wins) so each doc is complete on its own. Enums, aliases and
 * other shapes without properties get an empty table, which is what the template gives a model
 * without vars.
 */
export function modelDocView(model: PlanModel): ModelDocView {
  return { name: model.className, properties: model.properties.filter((p) => p.documented).map(propertyView) };
}
