/**
 * Rust names for everything the docs print, following openapi-generator 6.0's RustClientCodegen:
 * functions and fields are snake_case, models PascalCase; keywords are escaped the way that
 * generator escapes them (`call_` before operations, `_` before fields, `Model` before models).
 * Names are reduced to ASCII identifiers because they also become file names and #anchors.
 */
import { pascalCase } from 'change-case';
import { foldAccents, snakeIdentifier } from '../identifiers.js';
import { fittingName, fitsFileNames } from '../kit/fitting-names.js';
import { isWindowsReserved } from '../kit/windows-names.js';
import { rememberedFunction as remembered } from '../kit/remembered.js';

/** A name function of (name, reference) that remembers its answers (kit/remembered.ts), one memo per reading. */
function rememberedName(name: (written: string, reference: boolean) => string): (written: string, reference?: boolean) => string {
  const safe = remembered((written) => name(written, false));
  const asWritten = remembered((written) => name(written, true));
  return (written, reference = false) => (reference ? asWritten : safe)(written);
}

/**
 * Rust's strict, reserved and 2018+ keywords, with the pre-1.0 ones 6.0's list still holds
 * (`alignof`, `offsetof`, `proc`, `pure`, `sizeof`: a field `_sizeof`, a model `ModelPure`), the
 * words openapi-generator escapes.
 */
export const RUST_KEYWORDS: ReadonlySet<string> = new Set([
  'abstract', 'alignof', 'as', 'async', 'await', 'become', 'box', 'break', 'const', 'continue',
  'crate', 'do', 'dyn', 'else', 'enum', 'extern', 'false', 'final', 'fn', 'for', 'if', 'impl',
  'in', 'let', 'loop', 'macro', 'match', 'mod', 'move', 'mut', 'offsetof', 'override', 'priv',
  'proc', 'pub', 'pure', 'ref', 'return', 'self', 'Self', 'sizeof', 'static', 'struct', 'super',
  'trait', 'true', 'try', 'type', 'typeof', 'unsafe', 'unsized', 'use', 'virtual', 'where',
  'while', 'yield',
]);

/**
 * openapi-generator's snake_case (sanitizeName, then StringUtils.underscore), which 6.0 names
 * functions, parameters and fields with: an acronym stays one word with what follows it when that
 * is not a capitalised word (`SizeInMBs` → `size_in_mbs`, `GETAddClientIDTo` → `g_et_add_client_idto`
 * after its camelCase), a leading `_` stays (`_xgafv`), and so does every `_` sanitizeName left
 * (`integer (format: int8)` → `integer__format_int8`, `updated_at ` → `updated_at_`): lib.rs
 * allows non_snake_case, which Rust's lint would call a doubled `_`. Accents are folded first, so
 * the name is ASCII; with `fold` false they go as sanitizeName drops them (`Resolução` →
 * `resoluo`), as 6.0 names fields and parameters.
 */
export function generatorSnake(name: string, fold = true): string {
  const sanitized = sanitizeName(fold ? foldAccents(name) : name);
  return sanitized
    // 6.0's /([A-Z]+)([A-Z][a-z][a-z]+)/ puts `_` after the capital before `Abc`: the same place
    // found by a look-ahead, linear where the original backtracks on a run of capitals.
    .replace(/([A-Z])(?=[A-Z][a-z]{2})/g, '$1_')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/** openapi-generator's sanitizeName: brackets, dots, dashes, pipes, spaces and slashes become `_`, other symbols go. */
function sanitizeName(name: string): string {
  return name
    .replace(/\[\]/g, '')
    .replace(/[[(]/g, '_')
    .replace(/[\])]/g, '')
    .replace(/[.\-| /\\]/g, '_')
    .replace(/[^A-Za-z0-9_]/g, '');
}

/**
 * 6.0's sanitizeTag: camelize(sanitizeName(tag)), which upper-cases the first letter and each
 * letter after a `_`, keeps the rest as written (`APIs`, `Expense OIOUBL files` →
 * `ExpenseOIOUBLFiles`) and drops every `_`; a leading digit takes `Class`. Untagged operations
 * have the tag `default`. Non-ASCII letters go, as sanitizeName drops them (`café` → `Caf`).
 */
export function apiTag(tag: string | undefined): string {
  const sanitized = sanitizeName(tag ?? 'default');
  const camel = `${sanitized.charAt(0).toUpperCase()}${sanitized.slice(1)}`.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()).replace(/_/g, ''); // `__a` → `A` as /_+([a-z])/, without its backtracking
  return /^\d/.test(camel) ? `Class${camel}` : camel;
}

/** The API class of a tag, 6.0's toApiName(sanitizeTag(tag)): `<tag>Api`, `DefaultApi` when nothing is left. */
export function apiClassName(tag: string | undefined): string {
  const camel = apiTag(tag);
  return fittedClassName(camel === '' ? 'DefaultApi' : `${camel}Api`);
}

/**
 * A class whose src/apis/<snake_case>.rs no file system can hold (6.0 then stops), shortened with
 * room for the `_2` a module twin takes. Asked for per operation (plan.ts), so made once per name.
 */
const fittedClassName = remembered((name) => fittingName(name, (c) => fitsFileNames(`${moduleName(c)}_2.rs`, `${c}.md`), 'Api'));

/** 6.0's snake_case of `name`, or sdkgen's of `fallback` when 6.0's leaves no letter or digit (a name of symbols only). */
function snakeOr(name: string, fallback: string, fold = true): string {
  const snake = generatorSnake(name, fold);
  return /[a-z0-9]/.test(snake) ? snake : snakeIdentifier(fallback);
}

/**
 * 6.0's removeNonNameElementToCamelCase, which every operationId goes through first: split at
 * `-`, `_`, `:`, `;` and `#`, each part capitalized, joined, the first character lower-cased
 * (`GETAdd` → `gETAdd`, `search_2017_x` → `search2017X`). Other separators stay for sanitizeName,
 * which makes them `_` (`1.Createanewtransaction` → `1_Createanewtransaction`).
 */
function operationIdCamelized(id: string): string {
  const parts = id.split(/[-_:;#]/);
  // Java's split drops trailing empty strings, which join to nothing all the same.
  const joined = parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
  return joined.charAt(0).toLowerCase() + joined.slice(1);
}

/**
 * Function name of an operation from the model's `op.id`: `sessionIdDelete` → `session_id_delete`;
 * 6.0's camelized id (operationIdCamelized), sanitized, then snake_case: `GETAdd` → `g_et_add`.
 * A keyword takes `call_` as in 6.0; so does a name starting with a digit
 * (`1.Createanewtransaction` → `call_1_createanewtransaction`), which 6.0 keeps as it is and Rust
 * refuses: only `reference` (referenceDocs) keeps it (README "Exactness").
 */
export function operationName(id: string, reference = false): string {
  const camel = operationIdCamelized(foldAccents(id));
  const name = snakeOr(camel, id) || 'operation';
  return RUST_KEYWORDS.has(name) || (!reference && /^\d/.test(name)) ? `call_${name}` : name;
}

/**
 * Name of a parameter or model property, 6.0's toVarName: `x-g4-tenant` → `x_g4_tenant`, `type` →
 * `_type`; a leading `@` is `at_` (`@odata.type` → `at_odata_type`), and a name all in capitals
 * once sanitized is kept as written (`X`, `DNIS`, `X-API-KEY` → `X_API_KEY`; lib.rs allows it);
 * `$` alone is `value`. Letters outside ASCII go (`Resolução` → `resoluo`, `Größe` → `gre`), as
 * 6.0's sanitizeName drops them; a name left with no letter or digit takes sdkgen's (snakeOr).
 */
export const fieldName = rememberedName(function fieldName(written: string, reference: boolean): string {
  // 6.0's sanitizeName answers `value` for a name that is `$` alone (lufthansa's `{"$": text}`).
  if (written === '$') return 'value';
  const name = written.replace(/^@/, 'at_');
  const sanitized = sanitizeName(name);
  // 6.0 keeps `_` alone too, which Rust refuses as a name: a capital is required here.
  if (/^[A-Z_]*$/.test(sanitized) && /[A-Z]/.test(sanitized)) return sanitized;
  // A name that sanitizes to nothing (sendgrid's `""`) is nothing to 6.0 (`****` in the docs),
  // which no struct field can be: only referenceDocs keeps it (safety, README "Exactness").
  const snake = reference ? generatorSnake(name, false) : snakeOr(name, name, false) || 'field';
  if (RUST_KEYWORDS.has(snake)) return `_${snake}`;
  return /^\d/.test(snake) ? `var_${snake}` : snake;
});

/**
 * Model (struct or enum) name of a named schema: `api_session` → `ApiSession`. It is also the
 * doc's file name, so Windows device names take the same `Model` prefix as keywords.
 */
export const modelName = rememberedName(function modelName(name: string, reference: boolean): string {
  // 6.0's toModelName: camelize(underscore(name)), so an acronym joins what follows it the way
  // the snake_case does (`IBMDb2Settings` → `ibmdb2_settings` → `Ibmdb2Settings`).
  const words = generatorSnake(name).split('_').filter((w) => w !== '');
  if (reference) return referenceModelName(name, words);
  const pascal = words.length === 0 ? pascalCase(foldAccents(name), { mergeAmbiguousCharacters: true }).replace(/[^A-Za-z0-9]/g, '') : words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  if (pascal === '') return 'Model';
  // 6.0 asks its reserved words in lower case: `Match` and `Type` are escaped like `match`.
  const escape = RUST_KEYWORDS.has(pascal.toLowerCase()) || /^\d/.test(pascal) || isWindowsReserved(pascal);
  return escape ? `Model${pascal}` : pascal;
});

/**
 * A model name exactly as 6.0 gives it, for referenceDocs alone: 6.0 asks whether the name *as
 * written* starts with a digit, so the inline models vtex's empty titles produce (`_1`, `_14_inner`)
 * are `1` and `14Inner`, and an empty title is the name `` (`.md`); it knows no Windows device
 * names. None of these is a Rust type or a safe file name (README "Exactness").
 */
function referenceModelName(name: string, words: readonly string[]): string {
  const pascal = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return RUST_KEYWORDS.has(pascal.toLowerCase()) || /^\d/.test(name) ? `Model${pascal}` : pascal;
}

/**
 * The module (and file) name of a model or API class: `GetSessionResponse` →
 * `get_session_response`. A keyword or device name takes a `model_` prefix (`type.rs` would need
 * `r#type` everywhere; `con.rs` cannot exist on Windows).
 */
export function moduleName(typeName: string): string {
  const snake = snakeIdentifier(typeName) || 'model';
  return RUST_KEYWORDS.has(snake) || /^\d/.test(snake) || isWindowsReserved(snake) ? `model_${snake}` : snake;
}

/** An enum variant from a value: `in_progress` → `InProgress`; empty or symbols only → `Empty`. */
export function variantName(value: string): string {
  const pascal = pascalCase(foldAccents(value), { mergeAmbiguousCharacters: true }).replace(/[^A-Za-z0-9]/g, '');
  if (pascal === '') return 'Empty';
  return /^\d/.test(pascal) || RUST_KEYWORDS.has(pascal) ? `Variant${pascal}` : pascal;
}

/** Cargo package names are ASCII letters, digits, `-` and `_`. */
export function crateName(packageName: string): string {
  return packageName.replace(/[^A-Za-z0-9_-]/g, '_') || 'openapi';
}
