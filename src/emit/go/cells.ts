/**
 * How a Go type is written in a docs cell (docs-format.md §2.3, §2.4, §2.6), as 4.2.1's
 * templates write it: bold when primitive, else bold and linked to `<link>.md` — the page may not
 * exist (`time.Time.md`, `int64.md`, `.md`); the link checker lists those known targets. A file
 * is both a file and a primitive in parameter tables, so it prints twice.
 */
import { htmlEscape, inertDestination, tableCell } from '../docs/escape.js';
import { remembered } from '../kit/remembered.js';
import type { GoType } from './types.js';

function bold(text: string): string {
  return `**${text}**`;
}

/**
 * `[**x**](link.md)`; the link as `{{x}}` prints it (HTML-escaped), and, since it sits in a table
 * row, with line breaks neutralised and `|` escaped so a raw schema name cannot break the row,
 * and never a script link (`javascript:...` becomes `./javascript:...`).
 */
function linked(text: string, link: string): string {
  return `[${bold(text)}](${remembered(destinations, link, (l) => inertDestination(tableCell(htmlEscape(l))))}.md)`;
}

/** Each link's escaped destination, made once: a model is linked from every property and parameter that has its type. */
const destinations = new Map<string, string>();

/** A required parameter: `**string**`, `[**ApiSession**](ApiSession.md)`, `***os.File*****os.File**`. */
export function requiredParamCell(type: GoType): string {
  const file = type.file ? bold(type.dataType) : '';
  return type.primitive ? `${file}${bold(type.dataType)}` : file || linked(type.dataType, type.link);
}

/** x-optional-data-type: `optional.String`, `optional.Int64`, `optional.Time`. */
function optionalScalar(dataType: string): string {
  const name = dataType === 'time.Time' ? 'Time' : dataType.charAt(0).toUpperCase() + dataType.slice(1);
  return `optional.${name}`;
}

/** An optional parameter's field in the <Op>Opts struct. */
export function optionalParamCell(type: GoType): string {
  const file = type.file ? bold(`optional.Interface of ${type.dataType}`) : '';
  return type.primitive ? `${file}${bold(optionalScalar(type.dataType))}` : file || linked(`optional.Interface of ${type.dataType}`, type.link);
}

/** A model property, with `Pointer to ` before it when the property is nullable. */
export function propertyCell(type: GoType, nullable: boolean): string {
  return `${nullable ? 'Pointer to ' : ''}${type.primitive ? bold(type.dataType) : linked(type.dataType, type.link)}`;
}

/** The return type line; ` (empty response body)` (leading space) when there is none. */
export function returnCell(type: GoType | undefined): string {
  if (type === undefined) return ' (empty response body)';
  return type.primitive ? bold(type.dataType) : linked(type.dataType, type.link);
}
