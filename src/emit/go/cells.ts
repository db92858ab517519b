/**
 * How a Go type is written in a docs cell (docs-format.md §2.3, §2.4, §2.6): bold, and a link
 * to the model page when the type is, or holds, a generated model. 4.2.1 also linked arrays of
 * scalars and time.Time to pages that do not exist (`(int64.md)`, `(time.Time.md)`); those stay
 * plain bold here so every link resolves.
 */
import type { GoType } from './types.js';

function bold(text: string): string {
  return `**${text}**`;
}

function linked(text: string, type: GoType): string {
  return type.model === undefined ? bold(text) : `[${bold(text)}](${type.model}.md)`;
}

/** A required parameter: `**string**`, `[**ApiSession**](ApiSession.md)`; a file prints `****os.File**` as 4.2.1 does. */
export function requiredParamCell(type: GoType): string {
  return type.kind === 'file' ? `***${type.dataType}**` : linked(type.dataType, type);
}

/** The optional wrapper's name for a scalar: `optional.String`, `optional.Int64`, `optional.Time`. */
function optionalScalar(dataType: string): string {
  const name = dataType === 'time.Time' ? 'Time' : dataType.charAt(0).toUpperCase() + dataType.slice(1);
  return `optional.${name}`;
}

/** An optional parameter's field in the <Op>Opts struct. */
export function optionalParamCell(type: GoType): string {
  if (type.kind === 'scalar') return bold(optionalScalar(type.dataType));
  return linked(`optional.Interface of ${type.dataType}`, type);
}

/** A model property, with `Pointer to ` before it when the property is nullable. */
export function propertyCell(type: GoType, nullable: boolean): string {
  return `${nullable ? 'Pointer to ' : ''}${linked(type.dataType, type)}`;
}

/** The return type line; ` (empty response body)` (leading space) when there is none. */
export function returnCell(type: GoType | undefined): string {
  return type === undefined ? ' (empty response body)' : linked(type.dataType, type);
}
