/**
 * How openapi-generator 4.2.1 prints the default of a property with an inline enum in a Go model
 * page: not the value but the name of its enum constant, `<FIELD>_<VALUE>` (`type: background_task.finished`
 * → `TYPE_BACKGROUND_TASK_FINISHED`, `level: 2` → `LEVEL__2`). DefaultCodegen.updateCodegenPropertyEnum
 * swaps the default for toEnumDefaultValue(enum var name, datatypeWithEnum); Go's toEnumName is the
 * field name underscored in capitals, its toEnumVarName the value's. A default outside the enum
 * stays as written. Checked with its jar: test/emit/go/cases/enum-defaults.
 */
import type { Schema } from '../../model/types.js';
import { sanitizeName, symbolName, underscore } from '../kit/openapi-names.js';

type Scalar = string | number | boolean | null;

/** Go's numeric datatypes, whose enum var names are `_` and the number spelled out. */
const NUMERIC = new Set(['int', 'int32', 'int64', 'uint', 'uint32', 'uint64', 'float', 'float32', 'float64']);

/** The text `[default to ...]` shows for this property, or undefined when it is not an inline enum's value. */
export function enumDefaultName(fieldName: string, schema: Schema, dataType: string, value: unknown): string | undefined {
  if (schema.kind !== 'primitive' || schema.enum === undefined) return undefined;
  const values = schema.enum.filter((v): v is Exclude<Scalar, null> => v !== null);
  const index = values.findIndex((v) => String(v) === String(value));
  if (index < 0) return undefined;
  const cut = commonPrefixLength(values);
  const text = String(values[index]);
  const named = cut > 0 && text.length > cut ? text.slice(cut) : text;
  return `${enumTypeName(fieldName)}_${enumVarName(named, dataType)}`;
}

/** Go's toEnumName: the field name underscored, in capitals; `_` first when it starts with a digit. */
function enumTypeName(fieldName: string): string {
  const name = underscore(fieldName).toUpperCase().replace(/\[\]/g, '');
  return /^\d/.test(name) ? `_${name}` : name;
}

/** Go's toEnumVarName (AbstractGoCodegen): numbers spelled out, a lone symbol named, else capitals. */
function enumVarName(value: string, dataType: string): string {
  if (value.length === 0) return 'EMPTY';
  if (NUMERIC.has(dataType)) return `_${value.replace(/-/g, 'MINUS_').replace(/\+/g, 'PLUS_').replace(/\./g, '_DOT_')}`;
  const symbol = symbolName(value);
  if (symbol !== undefined) return symbol.toUpperCase();
  let name = sanitizeName(underscore(value).toUpperCase());
  if (name.startsWith('_')) name = name.slice(1);
  if (name.endsWith('_')) name = name.slice(0, -1);
  return /^\d/.test(name) ? `_${name}` : name;
}

/**
 * removeEnumValuePrefix (on by default in 4.2.1): the prefix all string values share, up to its
 * last separator (`status_on`, `status_off` → `status_`), is left out of the names. Only for
 * two or more values, all strings (Java's toArray(new String[]) refuses anything else).
 */
function commonPrefixLength(values: readonly Exclude<Scalar, null>[]): number {
  if (values.length < 2 || !values.every((v): v is string => typeof v === 'string')) return 0;
  let prefix = values[0]!;
  for (const v of values.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < v.length && prefix[i] === v[i]) i += 1;
    prefix = prefix.slice(0, i);
  }
  // Trailing letters and digits would be part of a name (`status-o` of `status-on`, `status-off`).
  let end = prefix.length;
  while (end > 0 && /[A-Za-z0-9]/.test(prefix.charAt(end - 1))) end -= 1;
  return end;
}
