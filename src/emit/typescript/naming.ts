/**
 * Every TypeScript name sdkgen derives from a spec string: what a name may be, which names are
 * taken, and how collisions resolve. The rest of the target asks this module and never cases or
 * escapes a name itself.
 */
import { camelCase, pascalCase } from 'change-case';
import { uniqueFileNames } from '../kit/unique-names.js';
import { hasInvisible } from '../invisible.js';

/** Reserved words (ES2015+), strict-mode reserved words and names strict code cannot bind. */
export const JS_RESERVED_WORDS: ReadonlySet<string> = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
  'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void',
  'while', 'with', 'yield', 'let', 'static', 'implements', 'interface', 'package', 'private',
  'protected', 'public', 'await', 'arguments', 'eval',
]);

/** Words TypeScript gives meaning to in type positions or declarations. */
export const TS_KEYWORDS: ReadonlySet<string> = new Set([
  'abstract', 'accessor', 'any', 'as', 'asserts', 'async', 'bigint', 'boolean', 'constructor', 'declare',
  'from', 'get', 'global', 'infer', 'intrinsic', 'is', 'keyof', 'module', 'namespace', 'never', 'number',
  'object', 'of', 'out', 'override', 'readonly', 'require', 'satisfies', 'set', 'string', 'symbol',
  'type', 'undefined', 'unique', 'unknown', 'using',
]);

/**
 * Exports of the runtime (src/emit/typescript/runtime/index.ts; a test keeps the list in step) and
 * of the generated package itself: a model with one of these names would clash in index.ts.
 */
export const RUNTIME_EXPORTS: readonly string[] = [
  'AccessToken', 'ApiError', 'ApiKey', 'ApiResponse', 'BaseApi', 'Configuration', 'ConfigurationParameters',
  'CrossOriginRedirects', 'DEFAULT_MAX_RESPONSE_BYTES', 'DEFAULT_TIMEOUT_MS', 'ErrorContext', 'ErrorStatus',
  'ErrorStatusIn', 'EventStream', 'EventStreamOptions', 'FetchApi', 'FetchParams', 'HttpMethod',
  'InvalidResponseError', 'Middleware', 'NetworkError', 'OperationCall', 'ParameterLocation', 'ParameterStyle',
  'ParameterValue', 'ReconnectOptions', 'RedirectError', 'RequestBodyValue', 'RequestContext', 'RequestOptions',
  'ResponseContext', 'ResponseKind', 'ResponseTooLargeError', 'RetryOptions', 'SecurityRequirement',
  'SecuritySchemeUse', 'ServerChoice', 'ServerDescription', 'ServerSentEvent', 'ServerVariableDescription',
  'TimeoutError', 'UnsafeValueError', 'BASE_PATH', 'SERVERS',
];

/** Globals generated code (or its users) refer to; a model named like one would shadow it. */
export const GLOBAL_NAMES: readonly string[] = [
  'AbortController', 'AbortSignal', 'Array', 'ArrayBuffer', 'BigInt', 'Blob', 'BodyInit', 'Boolean',
  'DOMException', 'Date', 'Error', 'Exclude', 'Extract', 'File', 'FormData', 'Function', 'Headers',
  'HeadersInit', 'Infinity', 'Iterable', 'JSON', 'Map', 'Math', 'NaN', 'NonNullable', 'Number',
  'Object', 'Omit', 'Partial', 'Pick', 'Promise', 'PromiseLike', 'ReadableStream', 'Readonly',
  'ReadonlyArray', 'Record', 'RegExp', 'Request', 'RequestInit', 'Required', 'Response', 'Set',
  'String', 'Symbol', 'SyntaxError', 'TextDecoder', 'TextEncoder', 'TypeError', 'URL',
  'URLSearchParams', 'Uint8Array', 'globalThis',
];

/**
 * Names an API instance and a request object already answer to, so a method or field named so
 * would change what the object means rather than add to it:
 * - every property of Object.prototype (`constructor`, `toString`, `valueOf`, `hasOwnProperty`,
 *   `__proto__`, ...): a method would shadow the built-in, a field would read it when unset;
 * - `then`, `catch` and `finally`: `await` treats any object with a `then` method as a promise, so
 *   `await new Api()` or an async function returning an API would call the operation instead.
 * A fixed list, so the output does not depend on the Node version sdkgen runs on; naming.test.ts
 * checks it against Object.prototype of the running one.
 */
export const INHERITED_MEMBERS: ReadonlySet<string> = new Set([
  '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
  'constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString',
  'toString', 'valueOf', 'then', 'catch', 'finally',
]);

/**
 * Members of BaseApi that subclasses see; an operation method must not override them (naming.test.ts
 * checks the list against BaseApi.prototype).
 */
export const BASE_API_MEMBERS: ReadonlySet<string> = new Set(['constructor', 'send']);

/**
 * THE RENAME RULE for methods and request fields: a camelCase name that is an inherited member
 * (or, for methods, a BaseApi member) gets `_` in front: `then` → `_then`, `toString` →
 * `_toString`, `send` → `_send`. A name taken after that gets a numeric suffix like any clash.
 */
function unshadowed(name: string, taken: ReadonlySet<string>): string {
  return INHERITED_MEMBERS.has(name) || taken.has(name) ? `_${name}` : name;
}

/**
 * Identifiers JavaScript accepts, less the invisible ones it also accepts (ZWNJ, ZWJ, Hangul
 * fillers): a name holding one is quoted (its escape shows) or cleaned.
 */
const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$]*$/u;
const NOT_IDENTIFIER_PART = /[^\p{ID_Continue}$]|[\u115f\u1160\u3164\uffa0]/gu;

/** An IdentifierName: valid after `.` and as a bare property key (reserved words included). */
export function isIdentifierName(text: string): boolean {
  return IDENTIFIER.test(text) && !hasInvisible(text);
}

/** A name usable in a binding position (variable, class, interface, type alias). */
export function isBindableIdentifier(text: string): boolean {
  return isIdentifierName(text) && !JS_RESERVED_WORDS.has(text) && !TS_KEYWORDS.has(text);
}

/**
 * Makes a cased candidate an identifier: characters that cannot appear become `_`, and `prefix`
 * goes in front when it cannot start one (a digit) or is empty after casing.
 */
function identifierFrom(candidate: string, prefix: string, fallback: string): string {
  const cleaned = candidate.replace(NOT_IDENTIFIER_PART, '_');
  if (cleaned === '' || /^_*$/.test(cleaned)) return fallback;
  return isIdentifierName(cleaned) ? cleaned : `${prefix}${cleaned}`;
}

/** camelCase for values and members: `x-g4-tenant` → `xG4Tenant`, `2fa` → `_2fa`. */
export function camelName(raw: string, fallback: string): string {
  return identifierFrom(camelCase(raw), '_', fallback);
}

/** PascalCase for types: `api_session` → `ApiSession`, `200_response` → `Model200Response`. */
export function typeName(raw: string, prefix = 'Model', fallback = 'Model'): string {
  const name = identifierFrom(pascalCase(raw), prefix, fallback);
  return isBindableIdentifier(name) ? name : `${prefix}${name}`;
}

/**
 * Hands out names unique within one scope. A taken name gets the first free numeric suffix (2, 3,
 * ...), so results depend only on the order of requests. With `ignoreCase`, names differing only
 * in case count as equal: for names that become file names (macOS and Windows fold case).
 */
export class NameScope {
  readonly #taken = new Set<string>();
  readonly #ignoreCase: boolean;

  constructor(reserved: Iterable<string> = [], options: { readonly ignoreCase?: boolean } = {}) {
    this.#ignoreCase = options.ignoreCase ?? false;
    for (const name of reserved) this.#taken.add(this.#key(name));
  }

  has(name: string): boolean {
    return this.#taken.has(this.#key(name));
  }

  /** The first candidate that is free, else the last one with a numeric suffix. */
  claim(...candidates: [string, ...string[]]): string {
    const name = firstFree(candidates, (candidate) => !this.has(candidate));
    this.#taken.add(this.#key(name));
    return name;
  }

  #key(name: string): string {
    return this.#ignoreCase ? name.toLowerCase() : name;
  }
}

function firstFree(candidates: readonly [string, ...string[]], isFree: (name: string) => boolean): string {
  for (const candidate of candidates) if (isFree(candidate)) return candidate;
  const base = candidates[candidates.length - 1] ?? candidates[0];
  for (let n = 2; ; n += 1) if (isFree(`${base}${n}`)) return `${base}${n}`;
}

/** The scope for exported type and class names of a package (they all meet in index.ts). */
export function packageScope(): NameScope {
  return new NameScope([...RUNTIME_EXPORTS, ...GLOBAL_NAMES]);
}

/** A model's type name; one that would shadow a global or runtime export gets `Model` in front. */
export function modelTypeName(schemaName: string): string {
  const name = typeName(schemaName);
  return RESERVED_TYPE_NAMES.has(name) ? `Model${name}` : name;
}

/**
 * The type names of the models, in spec order, claimed in the package scope after the API
 * classes. Each is also a doc file name (docs/<Model>.md beside docs/<Class>.md), so they are made
 * unique regardless of case by the rule every target shares (kit/unique-names.ts).
 */
export function modelNames(scope: NameScope, schemaNames: readonly string[], classNames: readonly string[]): string[] {
  return uniqueFileNames(schemaNames.map(modelTypeName), classNames).map((name) => scope.claim(name));
}

const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([...RUNTIME_EXPORTS, ...GLOBAL_NAMES]);

/**
 * An API class name (from docs' apiClassName) made safe, `1stApi` → `_1stApi`, and unique both
 * among the package's names and, ignoring case, among class files (`files`).
 */
export function className(scope: NameScope, files: NameScope, candidate: string): string {
  const base = typeName(candidate, '_', 'DefaultApi');
  const name = firstFree([base], (n) => !scope.has(n) && !files.has(n));
  files.claim(name);
  return scope.claim(name);
}

/**
 * The request interface of a method: `SessionIdGetRequest`, or `...OperationRequest` when a model
 * already has that name (openapi-generator's typescript-fetch does the same).
 */
export function requestTypeName(scope: NameScope, methodName: string): string {
  const base = typeName(methodName, '_', 'Operation');
  return scope.claim(`${base}Request`, `${base}OperationRequest`);
}

/**
 * An operation's method name: camelCase of its id. Reserved words are fine as method names
 * (`api.delete()`); inherited and BaseApi members are renamed by the rule above.
 */
export function methodName(scope: NameScope, operationId: string): string {
  return scope.claim(unshadowed(camelName(operationId, 'operation'), BASE_API_MEMBERS));
}

/** A variant of an operation's method (`getPetRaw`), renamed by the rule above and unique among the class's methods. */
export function variantName(scope: NameScope, method: string, suffix: string): string {
  return scope.claim(unshadowed(`${method}${suffix}`, BASE_API_MEMBERS));
}

/** The error union of a method and its type guard: `GetPetError` and `isGetPetError`, or `...OperationError` when taken. */
export function errorNames(scope: NameScope, methodName: string): { errorType: string; errorGuard: string } {
  const base = typeName(methodName, '_', 'Operation');
  const errorType = scope.claim(`${base}Error`, `${base}OperationError`);
  return { errorType, errorGuard: scope.claim(`is${errorType.startsWith('_') ? errorType.slice(1) : errorType}`) };
}

/** The frozen array of a named enum's values: `PetStatusValues`. */
export function enumValuesName(scope: NameScope, modelName: string): string {
  return scope.claim(`${modelName}Values`);
}

/** A field of a request object: camelCase of the wire name, renamed by the rule above. */
export function fieldName(scope: NameScope, wireName: string, fallback = 'param'): string {
  return scope.claim(unshadowed(camelName(wireName, fallback), NO_NAMES));
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** The scope that keeps API class file names apart. */
export function fileScope(): NameScope {
  return new NameScope([], { ignoreCase: true });
}
