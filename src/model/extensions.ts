/**
 * A JSON.stringify replacer that leaves out schemas' vendor extensions (SchemaCommon.extensions)
 * and `additionalProperties: false` (ObjectShape.closed). Only openapi-generator 6.0 tells schemas
 * apart by them; every other comparison of schemas by their text (4.2.1's and 2.2's
 * matchGenerated, Python's twin models, the diff's matching) ignores them. Where a schema was
 * written (SchemaCommon.strayRef, innerRef) goes too (withoutStrayRef). Only a schema's own key goes: an
 * example or default value may hold an `extensions` key of its own.
 */
export function withoutExtensions(this: unknown, key: string, value: unknown): unknown {
  if (!EXTENSION_KEYS.has(key)) return value;
  return ((key === 'extensions' || key === 'closed' || key === 'strayRef' || key === 'innerRef') && isSchema(this)) || isSwagger22Marker(this, key) ? undefined : value;
}

/** Marks of how a schema was written that only one reading looks at: swagger-codegen 2.2's (the Python docs), 4.2.1's parser's (nullableByExtension, go/parsed-text.ts; valuesBeside, kit/values-beside.ts). */
const SWAGGER22_SCHEMA_MARKS: ReadonlySet<string> = new Set(['typeObject', 'typeFromEnum', 'typeOmitted', 'emptyProperties', 'nullableByExtension', 'valuesBeside']);

/**
 * Whether `key` of `holder` is such a mark (a schema's, AllOfWrapper.typeObject,
 * Property.formExample): no comparison of schemas by their text sees them, so what every other
 * target compares is what it was before they were kept.
 */
function isSwagger22Marker(holder: unknown, key: string): boolean {
  if (holder === null || typeof holder !== 'object') return false;
  if (SWAGGER22_SCHEMA_MARKS.has(key) && isSchema(holder)) return true;
  const h = holder as { kind?: unknown; nullable?: unknown; readOnly?: unknown; schema?: unknown; required?: unknown };
  if (key === 'typeObject' && h.kind === undefined && typeof h.nullable === 'boolean' && typeof h.readOnly === 'boolean') return true;
  return key === 'formExample' && typeof h.required === 'boolean' && isSchema(h.schema);
}

/**
 * Every key withoutStrayRef may leave out (it keeps any other key, by its first line): a text
 * written without that replacer which holds none of them as a key is the text it would write.
 */
export const STRAY_REF_KEYS: ReadonlySet<string> = new Set(['strayRef', 'innerRef', 'formExample', ...SWAGGER22_SCHEMA_MARKS]);

/**
 * A JSON.stringify replacer that leaves out SchemaCommon.strayRef and innerRef (and the
 * swagger-codegen 2.2 marks, isSwagger22Marker): a schema reached by a `$ref` into `#/paths/...`
 * or inside a named schema is its target to every comparison (kit/stray-refs.ts reads such
 * references as 4.2.1 does before any comparison runs).
 */
export function withoutStrayRef(this: unknown, key: string, value: unknown): unknown {
  if (!STRAY_REF_KEYS.has(key)) return value;
  return ((key === 'strayRef' || key === 'innerRef') && isSchema(this)) || isSwagger22Marker(this, key) ? undefined : value;
}

/** Every key withoutExtensions may leave out (it keeps any other key, by its first line): withoutStrayRef's and its own two. */
const EXTENSION_KEYS: ReadonlySet<string> = new Set(['extensions', 'closed', ...STRAY_REF_KEYS]);

/**
 * A test of JSON text for any of `keys` as a key. Written as JSON writes a key, `"closed":`, which
 * no string value can hold (a `"` in one is written `\"`): no match means no such key anywhere.
 */
export function keysIn(keys: Iterable<string>): RegExp {
  return new RegExp(`"(?:${[...keys].join('|')})":`);
}

/** Whether JSON text holds a key withoutExtensions may leave out. */
export const EXTENSION_KEYS_IN_TEXT = keysIn(EXTENSION_KEYS);

/**
 * JSON.stringify(value, replacer), the same text, without calling the replacer for every key
 * where the plain text holds none of `keys`, the only keys the replacer changes (then it would
 * change nothing): the inline model resolvers write out every object they compare (megabytes for
 * GitHub's spec), and hardly any holds one.
 */
export function jsonLeavingOut(value: unknown, keys: RegExp, replacer: (this: unknown, key: string, value: unknown) => unknown): string {
  const plain = JSON.stringify(value);
  return keys.test(plain) ? JSON.stringify(value, replacer) : plain;
}

/** JSON.stringify(value, withoutExtensions), through jsonLeavingOut. */
export function jsonWithoutExtensions(value: unknown): string {
  return jsonLeavingOut(value, EXTENSION_KEYS_IN_TEXT, withoutExtensions);
}

function isSchema(holder: unknown): boolean {
  if (holder === null || typeof holder !== 'object') return false;
  const h = holder as { kind?: unknown; nullable?: unknown };
  return typeof h.kind === 'string' && typeof h.nullable === 'boolean';
}
