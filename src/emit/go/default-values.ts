/**
 * A schema's default as openapi-generator 4.2.1 has it after its parser (swagger-parser v3) cast
 * it to the schema's type: an integer default that is not a whole number within Java's int, or a
 * number default written as a string, is lost; a date is a java.util.Date, printed by its
 * toString in UTC (`Fri Apr 12 00:00:00 UTC 1985`); a date-time an OffsetDateTime, printed in
 * its ISO form (`.52Z` → `.520Z`); either one that does not parse is lost; `null` is none but for
 * a string's. A boolean's is Boolean.parseBoolean of a string and lost when a number (`0`); a
 * string's is lost when an array or object (`["Not Available"]`), text when a number; an array's
 * when not an array (art19's `sort` of `default: created_at`); an object's when a string; a
 * oneOf's, anyOf's or allOf's, and one written beside a `$ref` (motaword's `{$ref: ListOrderType,
 * default: desc}`) are not read at all. Checked with its jar: test/emit/go/cases/default-values,
 * null-defaults, default-types.
 */
import type { Schema } from '../../model/types.js';

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The default 4.2.1 prints for `schema`, or undefined where its parser drops it. */
export function parsedDefault(
  schema: Pick<Schema, 'default'> & { kind?: string; type?: string; format?: string; object?: boolean; declared?: string; siblingType?: string; typeObject?: boolean },
): { readonly value: unknown } | undefined {
  const given = schema.default;
  // A schema without a type keeps no default (test/emit/go/cases/untyped-defaults); `type: object` does.
  if (schema.kind === 'any' && schema.object === false && schema.declared === undefined) return undefined;
  // `default: null` is no default to the parser, but a string's, which it reads as the text `null`
  // (test/emit/go/cases/null-defaults).
  if (given?.value === null && !(schema.kind === 'primitive' && schema.type === 'string')) return undefined;
  if (given === undefined || schema.kind !== 'primitive') return given === undefined ? given : castByShape(schema, given);
  const value = given.value;
  if (schema.type === 'boolean') return typeof value === 'boolean' ? given : typeof value === 'string' ? { value: value.toLowerCase() === 'true' } : undefined;
  if (schema.type === 'string' && (Array.isArray(value) || (typeof value === 'object' && value !== null))) return undefined;
  if (schema.type === 'integer') return typeof value === 'number' && Number.isInteger(value) && value >= INT_MIN && value <= INT_MAX ? given : undefined;
  if (schema.type === 'number') return typeof value === 'number' ? given : undefined;
  if (schema.type === 'string' && schema.format === 'date') return typeof value === 'string' ? mapped(javaDate(value)) : undefined;
  if (schema.type === 'string' && schema.format === 'date-time') return typeof value === 'string' ? mapped(offsetDateTime(value)) : undefined;
  return given;
}

/** The default of a schema that is no primitive, as the parser cast it (or never read it). */
function castByShape(schema: { kind?: string; object?: boolean; siblingType?: string; typeObject?: boolean }, given: { readonly value: unknown }): { readonly value: unknown } | undefined {
  const value = given.value;
  switch (schema.kind) {
    case 'ref':
      return schema.siblingType === undefined ? undefined : given;
    case 'oneOf':
    case 'anyOf':
    case 'allOf':
      return schema.typeObject === true ? given : undefined;
    case 'array':
      return Array.isArray(value) ? given : undefined;
    case 'map':
      return typeof value === 'string' ? undefined : given;
    case 'any':
      return schema.object === true && typeof value === 'string' ? undefined : given;
    default:
      return given;
  }
}

function mapped(text: string | undefined): { readonly value: string } | undefined {
  return text === undefined ? undefined : { value: text };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A `yyyy-MM-dd` date (nothing after it), then Date.toString in UTC. */
function javaDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return undefined;
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${two(date.getUTCDate())} 00:00:00 UTC ${date.getUTCFullYear()}`;
}

/**
 * OffsetDateTime.parse (ISO_OFFSET_DATE_TIME, case-insensitive) and its toString: minutes always,
 * seconds when they or the fraction are not zero, the fraction in groups of three digits, `Z`
 * for a zero offset.
 */
function offsetDateTime(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/i.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = '00', fraction = '', offset = 'Z'] = match;
  let end = fraction.length;
  while (end > 0 && fraction.charAt(end - 1) === '0') end -= 1;
  const digits = fraction.slice(0, end);
  const shown = digits === '' ? '' : `.${digits.padEnd(digits.length <= 3 ? 3 : digits.length <= 6 ? 6 : 9, '0')}`;
  const seconds = second === '00' && shown === '' ? '' : `:${second}${shown}`;
  const zone = /^z$|^[+-]00:00$/i.test(offset) ? 'Z' : offset;
  return `${year}-${month}-${day}T${hour}:${minute}${seconds}${zone}`;
}
