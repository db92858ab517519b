/**
 * openapi-generator 4.2.1's own string helpers (DefaultCodegen.sanitizeName, StringUtils.camelize
 * and underscore), ported rule for rule. Every name a 4.2.1-style target prints goes through them,
 * so porting them once is what keeps names like `GPSMetersApi`, `HttpGadget` and
 * `OneOfFlatTiproundTip` exact.
 */
import type { OperationIdRules } from '../../model/operation-id.js';

/**
 * sanitizeName: `[]` dropped, `[`, `(`, `.`, `-`, space, `/` and `\` become `_`, `]` and `)` vanish, then
 * every character outside `[A-Za-z0-9_]` (Java's `\W`) is removed. `$` alone is `value`.
 * `slashes: false` is swagger-codegen 2.2's older rule, where `/` and `\` are simply removed.
 */
export function sanitizeName(name: string, { slashes = true }: { readonly slashes?: boolean } = {}): string {
  if (name === '$') return 'value';
  const common = name
    .replace(/\[\]/g, '')
    .replace(/\[/g, '_')
    .replace(/\]/g, '')
    .replace(/\(/g, '_')
    .replace(/\)/g, '')
    .replace(/\./g, '_')
    .replace(/-/g, '_')
    .replace(/ /g, '_');
  // 4.2.1: `/api/films/get` → `_api_films_get` (an operationId with a path in it, a tag `image/png`).
  return (slashes ? common.replace(/[/\\]/g, '_') : common).replace(/\W/g, '');
}

/**
 * `_x` (and `-x`) → `X`, one at a time, as camelize's loops do; `_` before a non-lower char just
 * goes, and so does a `_` with nothing after it (4.2.1 writes `Foo_`, `tag_`, `page_` as `Foo`,
 * `TagApi`, `page`: checked with its jar, test/emit/go/cases/trailing-underscores).
 */
// Compiled once: camelize runs for every name of a large spec. Neither is global, so exec keeps no state.
const SEPARATED: Readonly<Record<'-' | '_', RegExp>> = { '-': /-(.)/s, _: /_(.?)/s };

function joinSeparated(word: string, separator: '-' | '_'): string {
  let result = word;
  const pattern = SEPARATED[separator];
  for (let m = pattern.exec(result); m; m = pattern.exec(result)) {
    const original = m[1] ?? '';
    const upper = original.toUpperCase();
    result =
      original === upper
        ? result.replace(separator, '')
        : `${result.slice(0, m.index)}${upper}${result.slice(m.index + m[0].length)}`;
  }
  return result;
}

/** StringUtils.camelize: `inline_response_200` → `InlineResponse200`, `GPS_meters` → `GPSMeters`. */
export function camelize(input: string, lowercaseFirstLetter = false): string {
  // Slashes are package separators: `a/b` → `a.b`, each dot-separated part capitalized.
  let word = input.replace(/\/(.?)/g, '.$1');
  word = word
    .split('.')
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  // Uppercase the class name: Java's /(\.?)(\w)([^.]*)$/ finds the first word character of the
  // last dot-free run, and after the join above there are no dots left, so it is the first word
  // character. Said directly, since that pattern backtracks quadratically on a long run.
  word = word.replace(/\w/, (first) => first.toUpperCase());
  word = joinSeparated(word, '_');
  word = joinSeparated(word, '-');
  if (lowercaseFirstLetter && word.length > 0) {
    // Up to and including the first ASCII letter is lower-cased.
    let i = 0;
    while (i + 1 < word.length && !/[A-Za-z]/.test(word.charAt(i))) i += 1;
    word = word.slice(0, i + 1).toLowerCase() + word.slice(i + 1);
  }
  return word;
}

/**
 * DefaultCodegen's specialCharReplacements: the name of a value that is one of these symbols
 * (getSymbolName), as enum var names spell it.
 */
const SYMBOL_NAMES: ReadonlyMap<string, string> = new Map([
  ['$', 'Dollar'], ['^', 'Caret'], ['|', 'Pipe'], ['=', 'Equal'], ['*', 'Star'], ['-', 'Minus'], ['&', 'Ampersand'],
  ['%', 'Percent'], ['#', 'Hash'], ['@', 'At'], ['!', 'Exclamation'], ['+', 'Plus'], [':', 'Colon'], ['>', 'Greater_Than'],
  ['<', 'Less_Than'], ['.', 'Period'], ['_', 'Underscore'], ['?', 'Question_Mark'], [',', 'Comma'], ["'", 'Quote'],
  ['"', 'Double_Quote'], ['/', 'Slash'], ['\\', 'Back_Slash'], ['(', 'Left_Parenthesis'], [')', 'Right_Parenthesis'],
  ['{', 'Left_Curly_Bracket'], ['}', 'Right_Curly_Bracket'], ['[', 'Left_Square_Bracket'], [']', 'Right_Square_Bracket'],
  ['~', 'Tilde'], ['`', 'Backtick'], ['<=', 'Less_Than_Or_Equal_To'], ['>=', 'Greater_Than_Or_Equal_To'], ['!=', 'Not_Equal'],
]);

/** getSymbolName: `>=` → `Greater_Than_Or_Equal_To`; undefined for anything but one of the symbols. */
export function symbolName(value: string): string | undefined {
  return SYMBOL_NAMES.get(value);
}

/** StringUtils.underscore: `HTTPGadget` → `http_gadget`, `gizmo-part` → `gizmo_part`. */
export function underscore(input: string): string {
  return input
    .replace(/\./g, '/')
    .replace(/\$/g, '__')
    // openapi-generator 4.2.1's /([A-Z]+)([A-Z][a-z])/ puts `_` after the capital before `Ab`
    // (`CNAMEs` → `cnam_es`, checked with its StringUtils): the same place found by a look-ahead,
    // linear where the original backtracks on a run of capitals.
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1_')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .replace(/ /g, '_')
    .toLowerCase();
}

/**
 * removeNonNameElementToCamelCase, applied to every operationId the spec gives: split on
 * `-_:;#`, capitalize each part, lower-case the very first letter (`get_user-info` → `getUserInfo`).
 */
export function operationIdCamel(id: string): string {
  const joined = id
    .split(/[-_:;#]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return joined.length > 0 ? joined.charAt(0).toLowerCase() + joined.slice(1) : joined;
}

/**
 * getOrGenerateOperationId's word rules with the real camelize and sanitizeName, for the model's
 * one derivation (model/operation-id.ts deriveOperationId): `/addresses.{format}` GET gives
 * `addresses_formatGet` where the model's simpler rules give `addressesformatGet`.
 */
export const OPENAPI_GENERATOR_OPERATION_ID_RULES: OperationIdRules = { camelize: (part) => camelize(part), sanitize: sanitizeName };
