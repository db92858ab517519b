/**
 * The Go types the code declares, from the plan's types (plan.ts): the same spelling as the docs,
 * except in the two places where the type 4.2.1's docs print cannot exist in Go, which its own
 * client fails to compile on:
 * - an optional parameter whose docs type is not one of antihax/optional's (`optional.Map[string]
 *   interface{}`) is an `optional.Interface`, as the docs already say of every non-primitive one;
 * - a struct field that would contain its own struct by value (an invalid recursive type) is a
 *   pointer.
 */
import type { GoType } from '../types.js';

/** The value types github.com/antihax/optional v1.0.0 declares, by the Go type they hold. */
const OPTIONAL_TYPES: ReadonlyMap<string, string> = new Map([
  ['bool', 'Bool'], ['byte', 'Byte'], ['complex128', 'Complex128'], ['complex64', 'Complex64'],
  ['float32', 'Float32'], ['float64', 'Float64'], ['int', 'Int'], ['int16', 'Int16'],
  ['int32', 'Int32'], ['int64', 'Int64'], ['int8', 'Int8'], ['rune', 'Rune'], ['string', 'String'],
  ['time.Time', 'Time'], ['uint', 'Uint'], ['uint16', 'Uint16'], ['uint32', 'Uint32'],
  ['uint64', 'Uint64'], ['uint8', 'Uint8'], ['uintptr', 'Uintptr'],
]);

/** The field type of an optional parameter in its `<Op>Opts` struct. */
export function optionalFieldType(type: GoType): string {
  const name = type.primitive && !type.file ? OPTIONAL_TYPES.get(type.dataType) : undefined;
  return `optional.${name ?? 'Interface'}`;
}

/** Go's predeclared types: never declared by the package. */
const PREDECLARED = new Set([
  'bool', 'byte', 'complex64', 'complex128', 'error', 'float32', 'float64', 'int', 'int8', 'int16',
  'int32', 'int64', 'rune', 'string', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'interface{}',
]);

/** The named types a type mentions: `map[string][]Pet` → `Pet`; package-qualified ones excluded. */
export function namedTypes(dataType: string): string[] {
  const inner = dataType.replace(/^(?:\*|\[\]|map\[string\])+/, '');
  if (inner.includes('.') || PREDECLARED.has(inner)) return [];
  return [inner];
}

/** The standard packages a type needs imported. */
export function typeImports(dataType: string): string[] {
  return [...(dataType.includes('time.Time') ? ['time'] : []), ...(dataType.includes('os.File') ? ['os'] : [])];
}

/**
 * Whether a name can be declared as a Go type: what 4.2.1 prints for a type it could not name
 * (`OneOfFlatTipRoundTip`, `UNKNOWN_BASE_TYPE`, `Array`) is an identifier, but check anyway.
 */
export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}
