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

/** Java's Double.toString: `0.0`, `2.5`, `1.2345678E7`, `1.0E-4`. */
export function javaDouble(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(n);
  if (abs >= 1e-3 && abs < 1e7) {
    const plain = String(n);
    return plain.includes('.') ? plain : `${plain}.0`;
  }
  const [mantissa = '', exponent = '0'] = n.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}

/**
 * The default the way Python's toDefaultValue prints it: strings quoted (`'''` when multi-line),
 * booleans as True/False, int32/int64 integers as written, float/double numbers as Java's
 * Double.toString (`0.0`). An integer or number without a format is a property class that
 * toDefaultValue does not know (BaseIntegerProperty, DecimalProperty): no default, nor for dates
 * and objects.
 */
function propertyDefault(schema: Schema): string | undefined {
  const value = schema.default?.value;
  if (schema.kind !== 'primitive' || value === undefined || value === null) return undefined;
  if (schema.type === 'string' && typeof value === 'string') {
    if (schema.format === 'date' || schema.format === 'date-time') return undefined;
    return /[\r\n]/.test(value) ? `'''${value}'''` : `'${value}'`;
  }
  if (schema.type === 'boolean') return String(value) === 'false' ? 'False' : 'True';
  if (typeof value !== 'number') return undefined;
  if (schema.type === 'integer') return schema.format === 'int32' || schema.format === 'int64' ? String(value) : undefined;
  return schema.format === 'float' || schema.format === 'double' ? javaDouble(value) : undefined;
}

function propertyView(p: PlanProperty): PropertyView {
  // `[readonly]` is left out: swagger-codegen 2.2.2 never printed it for Looker's read-only
  // properties (reference/python-looker-3.0/ApiSession.md shows `can` with `[optional]` only).
  const optional = p.required ? '' : '[optional] ';
  const fallback = propertyDefault(p.schema);
  return {
    name: p.name,
    typeCell: typeMarkdown(p.documentedType, 'property'),
    description: cellText(p.schema.description ?? ''),
    // The default is a Python literal printed raw (`[default to 'on save']` in real docs).
    notes: fallback === undefined ? optional : `${optional}[default to ${tableCell(fallback)}]`,
  };
}

/**
 * The properties a model doc lists: the plan's rows, which are 2.2.2's (for an allOf, the
 * referenced members' properties and the last inline member's, see composed.ts; a name defined
 * again takes the later definition at its first place). Enums, aliases and other shapes without
 * properties get an empty table, which is what the template gives a model without vars.
 */
export function modelDocView(model: PlanModel): ModelDocView {
  return { name: model.className, properties: model.rows.map(propertyView) };
}
