/**
 * Python names for everything the docs print, following swagger-codegen 2.2.2's
 * PythonClientCodegen: methods, parameters and properties are snake_case, models keep the schema
 * name's capitals (`DBConnection` stays, `api_session` → `ApiSession`). Reserved words are escaped
 * the way that generator escapes them: `call_` before methods, `_` before variables, `Model` before
 * models. Names are reduced to ASCII identifiers because they also become file names and #anchors.
 */
import { foldAccents, snakeIdentifier } from '../identifiers.js';
import { fittingName, fitsFileNames } from '../kit/fitting-names.js';
import { deriveOperationId, type OperationIdRules } from '../../model/operation-id.js';
import { isWindowsReserved } from '../kit/windows-names.js';
import { sanitizeName as kitSanitizeName, operationIdCamel, underscore } from '../kit/openapi-names.js';
import { remembered } from '../kit/remembered.js';

/**
 * Words a generated name may not be, compared lower-cased as swagger-codegen does: Python's
 * keywords, `self`/`property`, and the local variables of the generated
 * method bodies (a parameter named `header_params` would clash). Type names (`date`, `str`,
 * `int`) are not among them, as in 2.2.2: the generated code never calls those builtins where a
 * parameter or property could shadow them, and type names are strings in `swagger_types`.
 */
export const PYTHON_RESERVED: ReadonlySet<string> = new Set([
  'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'exec', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
  'lambda', 'nonlocal', 'not', 'or', 'pass', 'print', 'raise', 'return', 'try', 'while', 'with',
  'yield', 'self', 'property',
  'all_params', 'resource_path', 'path_params', 'query_params', 'header_params', 'form_params',
  'local_var_files', 'body_params', 'auth_settings',
  // The generated package's own names: a parameter `kwargs` would clash with `**kwargs`, a model
  // property named like a model attribute or method would replace it.
  'kwargs', 'cookie_params', 'swagger_types', 'attribute_map', 'to_dict', 'to_str',
]);

/** Names already made (kit/remembered.ts): every name below is a function of its input alone. */
const MODELS = new Map<string, string>();
const MODELS_22 = new Map<string, string>();
const VARIABLES = new Map<string, string>();
const VARIABLES_22 = new Map<string, string>();
const OPERATIONS = new Map<string, string>();
const OPERATIONS_22 = new Map<string, string>();

function isReserved(name: string): boolean {
  return PYTHON_RESERVED.has(name.toLowerCase());
}

/** What an operation is named from: its operationId when the spec gives one, else its path and method. */
export interface OperationNaming {
  readonly id: string;
  readonly operationId?: string | undefined;
  readonly path: string;
  readonly method: string;
}

/** 2.2's getOrGenerateOperationId word rules: its camelize for later path parts, its sanitizeName. */
const DERIVED_ID_RULES: OperationIdRules = { camelize: (part) => camelize(part), sanitize: (id) => sanitizeName(id) };

/**
 * The id 2.2.2 names an operation by. The model derives a missing operationId with its own simpler
 * rules (`/a.b` → `abGet`); where `id` is exactly that derivation, 2.2.2's is taken instead
 * (`a_bGet`). An id given any other way (an Api built in code) is used as it is.
 */
function givenOrDerivedId(op: OperationNaming): string {
  if (op.operationId !== undefined || op.id !== deriveOperationId(op.path, op.method)) return op.operationId ?? op.id;
  return deriveOperationId(op.path, op.method, DERIVED_ID_RULES);
}

/**
 * Method name of an operation, as 2.2.2 makes it: the operationId (or the one getOrGenerateOperationId
 * derives from path and method, `/a.b` GET → `a_bGet`), through removeNonNameElementToCamelCase
 * (split on `-_:;#`, parts capitalised, first letter lower-cased), sanitizeName and underscore. So
 * `GET_AddClientID` → `gETAddClientID` → `g_et_add_client_id`, `EASubscriptionPost` →
 * `e_a_subscription_post`, `usingPOST_1` → `using_post1`.
 */
export function operationName(op: OperationNaming | string, reference = false): string {
  const id = typeof op === 'string' ? op : givenOrDerivedId(op);
  return remembered(reference ? OPERATIONS_22 : OPERATIONS, id, () => methodName(id, reference));
}

function methodName(id: string, reference: boolean): string {
  const name = underscore(sanitizeName(foldAccents(operationIdCamel(id)))).replace(/^_{2,}/, '_') || 'operation';
  // swagger-codegen's toOperationId prefixes reserved words with `call_`; a leading digit would
  // not be a Python identifier either, so it gets the same prefix. A leading `__` would be
  // name-mangled inside the class, so it is one `_`. `reference`: 2.2.2's own name (its reserved
  // words only, a digit kept), for the oracle alone (referenceDocs).
  if (reference) return GENERATOR_RESERVED.has(name.toLowerCase()) ? `call_${name}` : name;
  return isReserved(name) || /^\d/.test(name) ? `call_${name}` : name;
}

/**
 * Name of a parameter or model property, as 2.2.2's toVarName: sanitizeName (`[`, `(`, `.`, `-`
 * and spaces become `_`, anything else not a word character goes: `prefs/color_blind` →
 * `prefscolor_blind`, `enum (with default)` → `enum__with_default`, `resolução` → `resoluo`), an
 * all-capitals name lower-cased, underscore, leading `_` dropped; `_` before reserved words and
 * names starting with a digit (`from` → `_from`). `None`, `True`, `False` end up lower-case, which
 * Python lets a name be.
 */
export function variableName(name: string, reference = false): string {
  return remembered(reference ? VARIABLES_22 : VARIABLES, name, () => freshVariableName(name, reference));
}

function freshVariableName(name: string, reference: boolean): string {
  // 2.2's sanitizeName calls a lone `$` `value` (Lufthansa's `{"$": …, "@LanguageCode": …}`).
  const sanitized = sanitizeName(name);
  const snake = underscore(/^[A-Z_]*$/.test(sanitized) ? sanitized.toLowerCase() : sanitized).replace(/^_+/, '') || 'param';
  // `reference`: 2.2.2's reserved words only (`async` stays `async`), for referenceDocs.
  const reserved = reference ? GENERATOR_RESERVED.has(snake.toLowerCase()) : isReserved(snake);
  return reserved || /^\d/.test(snake) ? `_${snake}` : snake;
}

/**
 * The words 2.2.2's PythonClientCodegen reserves (compared lower-cased): its method locals,
 * `property`, and Python 2's keywords. A model so named gets `Model` (`print` → ModelPrint), while
 * `Date`, `Float`, `Str` or `Async` stay as they are: as class names they clash with nothing.
 * 2.2.2 escapes methods and variables by this list too (referenceDocs' names).
 */
const GENERATOR_RESERVED: ReadonlySet<string> = new Set([
  'all_params', 'resource_path', 'path_params', 'query_params', 'header_params', 'form_params',
  'local_var_files', 'body_params', 'auth_settings', 'property', 'and', 'del', 'from', 'not',
  'while', 'as', 'elif', 'global', 'or', 'with', 'assert', 'else', 'if', 'pass', 'yield', 'break',
  'except', 'import', 'print', 'class', 'exec', 'in', 'raise', 'continue', 'finally', 'is',
  'return', 'def', 'for', 'lambda', 'try', 'self',
]);

/** 2.2's DefaultCodegen.sanitizeName: the kit's, without 4.2.1's rule that turns slashes into `_`. */
export function sanitizeName(name: string): string {
  return kitSanitizeName(name, { slashes: false });
}

/**
 * Model (class) name of a named schema, as 2.2.2's toModelName: sanitizeName, `model_` before a
 * reserved word or a leading digit, camelize. Capitals are kept (`LDAPConfig`), and so is a
 * trailing `_` (`Item_Attribute_` → `ItemAttribute_`). Where 2.2.2's name would not be a Python
 * class or a portable file name (empty, `1`, `None`, `NUL`), it gets `Model` in front.
 */
export function modelName(name: string, reference = false): string {
  return remembered(reference ? MODELS_22 : MODELS, name, () => freshModelName(name, reference));
}

function freshModelName(name: string, reference: boolean): string {
  const sanitized = sanitizeName(name);
  const prefixed = GENERATOR_RESERVED.has(sanitized.toLowerCase()) || /^\d/.test(sanitized) ? `model_${sanitized}` : sanitized;
  const camel = camelize(prefixed);
  // `reference`: 2.2.2's name as it is (``, `None`, `NUL`), for referenceDocs.
  if (reference) return camel;
  const unusable = camel === '' || /^\d/.test(camel) || ['None', 'True', 'False'].includes(camel) || isWindowsReserved(camel);
  return unusable ? `Model${camel}` : camel;
}

/**
 * How Python names are made unique (kit/unique-names.ts): `_2` suffixes, and names equal but for
 * case count as one, since they also become doc file names and lower-case GitHub anchors.
 */
export const PYTHON_UNIQUE = { separator: '_', ignoreCase: true } as const;

/**
 * swagger-codegen 2.2's DefaultCodegen.camelize: slashes become dots, each dot-separated part gets
 * a capital, the first word character is upper-cased, and every `_x` becomes `X` (a trailing `_`
 * stays). Other letters keep their case: `APIs` stays `APIs`, `type2017_boulder` → `Type2017Boulder`.
 */
export function camelize(word: string): string {
  // The Java loops rewrite one match at a time; their net effect is computed in one pass each, so
  // a hostile name costs linear time: every `/` becomes `.`, a run of `_` before a character
  // becomes that character upper-cased, and a run at the end (or before a line break) one `_`.
  const parts = word
    .replace(/\//g, '.')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
    .replace(/\w/, (c) => c.toUpperCase());
  let out = '';
  for (let i = 0; i < parts.length; i += 1) {
    if (parts[i] !== '_') {
      out += parts[i];
      continue;
    }
    let j = i;
    while (parts[j] === '_') j += 1;
    const next = parts[j];
    if (next === undefined || /[\n\r\u2028\u2029]/.test(next)) {
      out += '_';
      i = j - 1;
    } else {
      out += next.toUpperCase();
      i = j;
    }
  }
  return out;
}

/**
 * 2.2.2's sanitizeTag (each space-separated word capitalised, then everything but `[A-Za-z0-9_]`
 * dropped; no tag is `default`): the key its operations are grouped under, in a TreeMap, so the
 * classes are listed in this key's order (`Individuals` before `IndividualsAddresses`).
 */
export function sanitizeTag(tag: string | undefined): string {
  return (tag ?? 'default')
    .split(' ')
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
    .replace(/[^a-zA-Z0-9_]/g, '');
}

/**
 * The API class of a tag, as 2.2.2's Python client names it: sanitizeTag (each space-separated
 * word capitalised, then everything but `[A-Za-z0-9_]` dropped), camelize, `Api`. So `APIs` →
 * `APIsApi`, `flight-destinations` → `FlightdestinationsApi`, `OAuth 2` → `OAuth2Api`. A name
 * left starting with a digit gets `_`, which 2.2.2 does not add: its class would not compile.
 */
export function apiClassName(tag: string | undefined): string {
  const sanitized = sanitizeTag(tag);
  const name = sanitized === '' ? 'DefaultApi' : `${camelize(sanitized)}Api`;
  // A tag can make a class whose test module no file system can hold. Asked for per operation, so
  // the fitting (a snake_case spelling per candidate) is made once per name.
  return remembered(fittedClassNames, /^\d/.test(name) ? `_${name}` : name, (n) => fittingName(n, (c) => fitsFileNames(`test_${snakeIdentifier(c)}.py`, `${c}.md`), 'Api'));
}
const fittedClassNames = new Map<string, string>();

