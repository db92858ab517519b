/**
 * The default of an inline enum property as openapi-generator 6.0.0's Rust model docs print it:
 * not the value but `<Enum>_<Variant>` (`[default to LifecycleState_PendingApproval]`), its
 * updateCodegenPropertyEnum naming the enum after the field (camelize(`lifecycle_state`)) and the
 * variant by toEnumVarName (camelize(sanitizeName(value)), `_` before a leading digit or a
 * reserved word, `Empty` for "", a lone symbol by getSymbolName). A default that is none of the values is printed as it is.
 */
import type { Schema } from '../../model/types.js';
import { camelize, sanitizeName, symbolName } from '../kit/openapi-names.js';
import { RUST_KEYWORDS } from './naming.js';

/** `<Enum>_<Variant>` for an inline enum's default, or undefined when the rule does not apply. */
export function enumDefaultName(fieldName: string, schema: Schema): string | undefined {
  if (schema.default === undefined) return undefined;
  const value = schema.default.value;
  // An object's enum too (docker's `enum: [{}]`, default `{}`): 6.0 compares the default's JSON
  // text with each value as a Java map prints it (`{path=data}`), so only `{}` matches, and the
  // variant, sanitizeName of `{}`, is empty (`AdditionalProperties_`).
  const text = JSON.stringify(value);
  if (schema.objectEnum !== undefined && schema.objectEnum.some((v) => javaText(v) === text)) return `${camelize(fieldName)}_${variantName(text)}`;
  if (schema.kind !== 'primitive' || schema.enum === undefined) return undefined;
  if (!schema.enum.some((v) => v === value)) return undefined;
  return `${camelize(fieldName)}_${variantName(String(value))}`;
}

/** A JSON value as Java's Map/List toString prints it once parsed: `{a=1, b=[x, y]}`. */
function javaText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(javaText).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}=${javaText(v)}`).join(', ')}}`;
  return String(value);
}

function variantName(value: string): string {
  if (value === '') return 'Empty';
  // A lone symbol by DefaultCodegen's name for it (`>=` → Greater_Than_Or_Equal_To), as in 4.2.1.
  const symbol = symbolName(value);
  if (symbol !== undefined) return symbol;
  // What sanitizeName empties (`~~`) names nothing: 6.0 prints `<Enum>_`.
  const sanitized = sanitizeName(value);
  const camel = trimUnderscores(camelize(sanitized));
  // A leading digit or a reserved word (the sanitized value asked in lower case: `false`, `Match`,
  // `_self_`, `sizeof`) takes `_`.
  const reserved = RUST_KEYWORDS.has(trimUnderscores(sanitized).toLowerCase());
  return /^\d/.test(camel) || reserved ? `_${camel}` : camel;
}

/** `_` taken off both ends, in a loop (`/^_+|_+$/` retried at every `_` is quadratic). */
function trimUnderscores(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charAt(start) === '_') start += 1;
  while (end > start && text.charAt(end - 1) === '_') end -= 1;
  return text.slice(start, end);
}
