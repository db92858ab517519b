/**
 * Which default openapi-generator 6.0.0 prints (`[default to …]`), and how: what its parser kept
 * of the spec's `default`. The OpenAPI 3.0 reader (swagger-parser's OpenAPIDeserializer) reads a
 * default by the schema's written `type` and drops one of another JSON type, for parameters and
 * properties alike: an integer must be a JSON integer that fits 32 bits (`"12345"`, 3000000000 and
 * graphhopper's 9223372036854776000 are dropped), a number a JSON number, an array an array, an
 * object (a map too) an object, a boolean a boolean or a string (read by Java's parseBoolean: only
 * `true`, in any case, is true); a schema without a type keeps none. A string keeps a scalar, but
 * a `date-time` is re-read as Java's OffsetDateTime and printed as it prints (`…T00:00:00Z` →
 * `…T00:00Z`), a `date` as java.util.Date (`Fri Apr 12 00:00:00 UTC 1985`, the oracle's JVM
 * running in UTC), a `uuid` as java.util.UUID (lower case); one that does not parse is dropped,
 * and so is a `binary` one. The Swagger 2.0 reader differs: its parameters keep a default of
 * any JSON type (dates re-read the same way), its model properties drop date and date-time ones
 * (what else its typed property reader drops or reformats is not reproduced: a number without
 * format, arrays, objects). A `null` default is none in both.
 */
import type { Schema } from '../../model/types.js';

export type DefaultPlace = 'parameter' | 'property';

/** The default 6.0 prints for `schema` (the one that carries it), or undefined for none. */
export function readDefault(schema: Schema, dialect: string, place: DefaultPlace): { readonly value: unknown } | undefined {
  const written = schema.default;
  if (written === undefined || written.value === null) return undefined;
  const { value } = written;
  const format = schema.kind === 'primitive' ? schema.format : undefined;
  if (dialect === 'swagger-2.0') {
    if (format !== 'date' && format !== 'date-time') return written;
    if (place === 'property' || typeof value !== 'string') return undefined;
    return kept(format === 'date' ? javaDate(value) : javaDateTime(value));
  }
  switch (schema.kind) {
    case 'primitive':
      return primitiveDefault(schema.type, format, value);
    case 'array':
      return Array.isArray(value) ? written : undefined;
    case 'map':
      return isObject(value) ? written : undefined;
    case 'object':
      return schema.typed === true && isObject(value) ? written : undefined;
    case 'any':
      return schema.object && isObject(value) ? written : undefined;
    default:
      // A `$ref` is read where it points (composed.ts); a composition has no type of its own.
      return undefined;
  }
}

function primitiveDefault(type: string, format: string | undefined, value: unknown): { readonly value: unknown } | undefined {
  switch (type) {
    case 'integer':
      return Number.isInteger(value) && (value as number) >= -(2 ** 31) && (value as number) <= 2 ** 31 - 1 ? { value } : undefined;
    case 'number':
      return typeof value === 'number' ? { value: javaNumber(value) } : undefined;
    case 'boolean':
      if (typeof value === 'boolean') return { value };
      return typeof value === 'string' ? { value: value.toLowerCase() === 'true' } : undefined;
    default:
      if (typeof value !== 'string') return typeof value === 'number' || typeof value === 'boolean' ? { value: String(value) } : undefined;
      if (format === 'date-time') return kept(javaDateTime(value));
      if (format === 'date') return kept(javaDate(value));
      if (format === 'uuid') return kept(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? value.toLowerCase() : undefined);
      return format === 'binary' ? undefined : { value };
  }
}

function kept(text: string | undefined): { readonly value: string } | undefined {
  return text === undefined ? undefined : { value: text };
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A JSON number as 6.0 prints it: `new BigDecimal(Double.toString(x))`. An integer prints as
 * written; a fraction from 10^-3 up as JavaScript prints it too (`1.5`); a smaller one is
 * Double.toString's `1.0E-4` read back by BigDecimal, plain down to 10^-6 (`0.00010`,
 * `0.000015`), else `1.0E-7`. (`12.0` reads as 12 here, where Java prints `12.0`: JSON.parse
 * keeps no trace of the `.0`.)
 */
function javaNumber(value: number): string | number {
  if (Number.isInteger(value) || !Number.isFinite(value) || Math.abs(value) >= 1e-3) return value;
  const [mantissa = '', exponent = ''] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const unscaled = digits.length === 1 ? `${digits}0` : digits;
  const power = -Number(exponent);
  const sign = value < 0 ? '-' : '';
  if (power <= 6) return `${sign}0.${'0'.repeat(power - 1)}${unscaled}`;
  return `${sign}${unscaled.charAt(0)}.${unscaled.slice(1)}E-${power}`;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** OffsetDateTime.parse, then its toString: seconds and fraction only when not zero, `Z` for +00:00. */
function javaDateTime(text: string): string | undefined {
  const m = DATE_TIME.exec(text);
  if (m === null) return undefined;
  const [, year, month, day, hour, minute, second = '00', fraction = '', , sign, offsetHours = '00', offsetMinutes = '00'] = m;
  if (!validDate(Number(year), Number(month), Number(day)) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  if (Number(offsetHours) > 18 || Number(offsetMinutes) > 59 || (Number(offsetHours) === 18 && Number(offsetMinutes) > 0)) return undefined;
  const nanos = fraction.padEnd(9, '0');
  const digits = /0{6}$/.test(nanos) ? nanos.slice(0, 3) : /0{3}$/.test(nanos) ? nanos.slice(0, 6) : nanos;
  const seconds = second === '00' && Number(nanos) === 0 ? '' : `:${second}${Number(nanos) === 0 ? '' : `.${digits}`}`;
  const offset = sign === undefined || (offsetHours === '00' && offsetMinutes === '00') ? 'Z' : `${sign}${offsetHours}:${offsetMinutes}`;
  return `${year}-${month}-${day}T${hour}:${minute}${seconds}${offset}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `yyyy-MM-dd` read by a lenient Calendar (2020-02-30 is March 1st), printed by Date.toString in
 * UTC: `Sun Mar 01 00:00:00 UTC 2020`. Anything else is no date.
 */
function javaDate(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const dd = String(date.getUTCDate()).padStart(2, '0');
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${dd} 00:00:00 UTC ${date.getUTCFullYear()}`;
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}
