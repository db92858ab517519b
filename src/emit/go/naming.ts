/**
 * Go naming, as openapi-generator 4.2.1's Go generator (AbstractGoCodegen) names things, so our
 * docs print the names its docs print. Words come from change-case's splitter (separators and
 * case changes); only ASCII letters and digits survive, as in openapi-generator's sanitizeName.
 */
import { split } from 'change-case';
import { camelize, operationIdCamel, sanitizeName, underscore } from '../kit/openapi-names.js';
import { isWindowsReserved } from '../kit/windows-names.js';
import { remembered } from '../kit/remembered.js';

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

const goOperationNames = new Map<string, string>();
/**
 * Method name (toOperationId): the operation id (given or derived) first loses `-_:;#` camel-wise
 * (removeNonNameElementToCamelCase), then is sanitized; a reserved word or a leading digit gets
 * `call_`; then camelized (`return` → `CallReturn`, `getHTTPThing` → `GetHTTPThing`).
 */
export function goOperationName(id: string): string {
  return remembered(goOperationNames, id, (id) => {
    let name = sanitizeName(operationIdCamel(id));
    if (name === '') return 'Operation';
    if (GO_RESERVED_WORDS.has(name) || /^\d/.test(name)) name = `call_${name}`;
    return camelize(name);
  });
}

const referenceModelNames = new Map<string, string>();
/**
 * Model name as 4.2.1 gives it (toModelName = camelize(toModel(name))): sanitized, `model_`
 * before a reserved word or a leading digit, underscored (which lower-cases the inside of each
 * word: `HTTPGadget` → `HttpGadget`), camelized.
 */
export function referenceModelName(raw: string): string {
  return remembered(referenceModelNames, raw, (raw) => {
    let name = sanitizeName(raw);
    if (GO_RESERVED_WORDS.has(name) || /^\d/.test(name)) name = `model_${name}`;
    const model = camelize(underscore(name));
    return model === '' ? 'Model' : model;
  });
}

const goModelNames = new Map<string, string>();
/**
 * sdkgen's model name: 4.2.1's, except that Windows device names get `Model` (`aux` →
 * `ModelAux`): the name is also a file name, and Windows refuses those; and so does a name that
 * starts with a digit, which no Go type can: 4.2.1 checks for the digit before camelizing, so a
 * hoisted `_00Metrics_metrics` is its `00MetricsMetrics`, sdkgen's `Model00MetricsMetrics`
 * (README "Exactness"; test/emit/go/safety-deviations/digit-model-names).
 */
export function goModelName(raw: string): string {
  return remembered(goModelNames, raw, (raw) => {
    const model = referenceModelName(raw);
    return isWindowsReserved(model) || /^\d/.test(model) ? `Model${model}` : model;
  });
}

const goPropertyNames = new Map<string, string>();
/**
 * Exported struct field name (toVarName): sanitized; all capitals and underscores stays as it
 * is (`ID`); otherwise camelized keeping inner capitals (`workspace_id` → `WorkspaceId`); a
 * leading digit gets `Var`.
 */
export function goPropertyName(raw: string): string {
  return remembered(goPropertyNames, raw, (raw) => {
    const name = sanitizeName(raw);
    if (/^[A-Z_]*$/.test(name)) return name === '' ? 'Var' : name;
    const camel = camelize(name);
    return /^\d/.test(camel) ? `Var${camel}` : camel;
  });
}

const goParamNames = new Map<string, string>();
/**
 * Parameter name (toParamName): the field name with its first letter lowered (`x-g4-tenant` →
 * `xG4Tenant`, `ID` → `iD`); a reserved word gets `_` (`type` → `type_`).
 */
export function goParamName(raw: string): string {
  return remembered(goParamNames, raw, (raw) => {
    const name = camelize(goPropertyName(raw), true);
    return GO_RESERVED_WORDS.has(name) ? `${name}_` : name;
  });
}
