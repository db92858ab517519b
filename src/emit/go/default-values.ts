/**
 * A schema's default as openapi-generator 4.2.1 has it after its parser (swagger-parser v3) cast
 * it to the schema's type: an integer default that is not a whole number within Java's int, or a
 * number default written as a string, is lost; a date is a java.util.Date, printed by its
 * toString in UTC (`Fri Apr 12 00:00:00 UTC 1985`); a date-time an OffsetDateTime, printed in
 * its ISO form (`.52Z` → `.520Z`); either one that does not parse is lost; `null` is none but for
 * a string's. Checked with its jar: test/emit/go/cases/default-values, null-defaults.
 */
import type { Schema } from '../../model/types.js';

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The default 4.2.1 prints for `schema`, or undefined where its parser drops it. */
export function parsedDefault(schema: Pick<Schema, 'default'> & { kind?: string; type?: string; format?: string; object?: boolean; declared?: string }): { readonly value: unknown } | undefined {
  const given = schema.default;
  // A schema without a type keeps no default (test/emit/go/cases/untyped-defaults); `type: object` does.
  if (schema.kind === 'any' && schema.object === false && schema.declared === undefined) return undefined;
  // `default: null` is no default to the parser, but a string's, which it reads as the text `null`
  // (test/emit/go/cases/null-defaults).
  if (given?.value === null && !(schema.kind === 'primitive' && schema.type === 'string')) return undefined;
  if (given === undefined || schema.kind !== 'primitive') return given;
  const value = given.value;
  if (schema.type === 'integer') return typeof value === 'number' && Number.isInteger(value) && value >= INT_MIN && value <= INT_MAX ? given : undefined;
  if (schema.type === 'number') return typeof value === 'number' ? given : undefined;
  if (schema.type === 'string' && schema.format === 'date') return typeof value === 'string' ? mapped(javaDate(value)) : undefined;
  if (schema.type === 'string' && schema.format === 'date-time') return typeof value === 'string' ? mapped(offsetDateTime(value)) : undefined;
  return given;
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
