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
 * The default as 2.2's Swagger parser reads it: as text (Jackson's asText: a JSON null is `null`,
 * a number or boolean its JSON text, an object or list nothing), which each property class then
 * parses (test/emit/python/quirks/defaults-as-text).
 */
function defaultAsText(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** Java's Integer.parseInt (int32) or Long.parseLong (int64): an optional sign and digits, in range. */
function javaWhole(text: string, format: 'int32' | 'int64'): string | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const whole = BigInt(text);
  const bits = format === 'int32' ? 31n : 63n;
  return whole < -(2n ** bits) || whole >= 2n ** bits ? undefined : whole.toString();
}

/** Java's Double.parseDouble of decimal text (surrounding whitespace, a sign, an `f`/`d` suffix). */
function javaDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^[+-]?(NaN|Infinity)$/.test(trimmed)) return Number(trimmed.replace(/^\+/, ''));
  // `\d+(?:\.\d*)?` rather than `\d+\.?\d*`, whose two digit runs split a long number n ways.
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?$/.test(trimmed) ? Number(trimmed.replace(/[fFdD]$/, '')) : undefined;
}

/** String formats 2.2's parser gives a property class of their own (DateProperty, UUIDProperty, ...), not a StringProperty. */
const STRING_CLASSES_APART: ReadonlySet<string> = new Set(['date', 'date-time', 'uuid', 'byte', 'binary']);

/**
 * The default the way Python's toDefaultValue prints it: strings quoted (`'''` when multi-line),
 * booleans as True/False (Boolean.valueOf: only `true`, in any case, is True, so a null default
 * is False), int32/int64 integers as parsed (`"007"` is 7), float/double numbers as Java's
 * Double.toString (`0.0`). An integer or number without a format is a property class that
 * toDefaultValue does not know (BaseIntegerProperty, DecimalProperty): no default, nor for dates,
 * UUIDs, bytes, binaries and objects, nor for text its class cannot parse (`null`, `1.5` for an integer).
 */
function propertyDefault(schema: Schema): string | undefined {
  if (schema.kind !== 'primitive' || schema.default === undefined) return undefined;
  const text = defaultAsText(schema.default.value);
  if (schema.type === 'string') {
    // Dates, UUIDs, bytes and binaries are property classes apart from StringProperty, which toDefaultValue does not know.
    if (schema.format !== undefined && STRING_CLASSES_APART.has(schema.format)) return undefined;
    return /[\r\n]/.test(text) ? `'''${text}'''` : `'${text}'`;
  }
  if (schema.type === 'boolean') return text.toLowerCase() === 'true' ? 'True' : 'False';
  if (schema.type === 'integer') return schema.format === 'int32' || schema.format === 'int64' ? javaWhole(text, schema.format) : undefined;
  if (schema.format !== 'float' && schema.format !== 'double') return undefined;
  const decimal = javaDecimal(text);
  return decimal === undefined ? undefined : javaDouble(decimal);
}

function propertyView(p: PlanProperty): PropertyView {
  // `[readonly]` is left out: swagger-codegen 2.2.2 never printed it for Looker's read-only
  // properties (reference/python-looker-3.0/ApiSession.md shows `can` with `[optional]` only).
  const optional = p.required ? '' : '[optional] ';
  const fallback = propertyDefault(p.schema);
  return {
    name: p.name,
    typeCell: typeMarkdown(p.documentedType, 'property'),
    // An allOf around one member keeps the member's description; its own is the wrapper's.
    description: cellText((p.schema.allOfWrapper?.typeObject === true ? p.schema.allOfWrapper.description : p.schema.description) ?? ''),
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
