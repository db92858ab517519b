/**
 * Go naming, as openapi-generator 4.2.1's Go generator (AbstractGoCodegen) names things, so our
 * docs print the names its docs print. Words come from change-case's splitter (separators and
 * case changes); only ASCII letters and digits survive, as in openapi-generator's sanitizeName.
 */
import { pascalCase, split } from 'change-case';

/**
 * The words AbstractGoCodegen reserves: Go's keywords plus the predeclared type names, `error`
 * and `nil` it adds. 4.2.1 compares case-sensitively, so `Error` stays a model name (the
 * reference README lists `Error`) while `error` is escaped.
 */
export const GO_RESERVED_WORDS: ReadonlySet<string> = new Set([
  'string', 'bool', 'uint', 'uint8', 'uint16', 'uint32', 'uint64',
  'int', 'int8', 'int16', 'int32', 'int64', 'float32', 'float64',
  'complex64', 'complex128', 'rune', 'byte', 'uintptr',
  'break', 'default', 'func', 'interface', 'select',
  'case', 'defer', 'go', 'map', 'struct',
  'chan', 'else', 'goto', 'package', 'switch',
  'const', 'fallthrough', 'if', 'range', 'type',
  'continue', 'for', 'import', 'return', 'var', 'error', 'nil',
]);

/** Words of a spec name: split by change-case, then reduced to ASCII letters and digits. */
export function words(name: string): string[] {
  return split(name)
    .map((w) => w.replace(/[^A-Za-z0-9]/g, ''))
    .filter((w) => w !== '');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** openapi-generator's camelize: each word's first letter raised, the rest kept (`getHTTPThing` → `GetHTTPThing`). */
function upperCamel(parts: readonly string[]): string {
  return parts.map(capitalize).join('');
}

/** Reserved words and leading digits are judged on the sanitized name, before camelizing. */
function needsPrefix(parts: readonly string[]): boolean {
  const sanitized = parts.join('_');
  return GO_RESERVED_WORDS.has(sanitized) || /^\d/.test(sanitized);
}

/**
 * Method name (toOperationId): upper camel of the model's operation id; a reserved word or a
 * leading digit gets the `call_` prefix first (`return` → `CallReturn`).
 */
export function goOperationName(id: string): string {
  const parts = words(id);
  if (parts.length === 0) return 'Operation';
  return upperCamel(needsPrefix(parts) ? ['call', ...parts] : parts);
}

/** Windows device names, which no file may be called (`docs/Aux.md` included), in any case. */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * Model name (toModelName): openapi-generator underscores the name before camelizing, which
 * lower-cases the inside of each word (`DBConnection` → `DbConnection`); change-case's pascalCase
 * does the same. Reserved words and leading digits get `model_` (`return` → `ModelReturn`), and
 * Windows device names `Model` (`aux` → `ModelAux`).
 */
export function goModelName(name: string): string {
  const parts = words(name);
  if (parts.length === 0) return 'Model';
  const prefixed = needsPrefix(parts) ? ['model', ...parts] : parts;
  const model = pascalCase(prefixed.join('_'), { mergeAmbiguousCharacters: true });
  // The name is also the doc's file name (docs/<name>.md): Windows refuses device names.
  return WINDOWS_DEVICES.test(model) ? `Model${model}` : model;
}

/**
 * Exported struct field name (toVarName): upper camel keeping inner capitals
 * (`workspace_id` → `WorkspaceId`); a leading digit gets `Var`. Exported names start upper-case,
 * so they can never be a (lower-case) Go keyword.
 */
export function goPropertyName(name: string): string {
  const parts = words(name);
  if (parts.length === 0) return 'Var';
  const camel = upperCamel(parts);
  return /^\d/.test(camel) ? `Var${camel}` : camel;
}

/**
 * Parameter name (toParamName): lower camel (`x-g4-tenant` → `xG4Tenant`, `theme_id` → `themeId`).
 * The first word is lower-cased whole, so `ID` gives `id` rather than 4.2.1's `iD`. A leading
 * digit gets `var`; a reserved word gets the `_` suffix later openapi-generator versions add
 * (`type` → `type_`), since 4.2.1 printed the bare keyword.
 */
export function goParamName(name: string): string {
  const parts = words(name);
  if (parts.length === 0) return 'param';
  const [first = '', ...rest] = parts;
  const camel = first.toLowerCase() + upperCamel(rest);
  if (/^\d/.test(camel)) return `var${upperCamel(parts)}`;
  return GO_RESERVED_WORDS.has(camel) ? `${camel}_` : camel;
}
