/**
 * The Go types the code declares, from the plan's types (plan.ts): the same spelling as the docs,
 * except where the type 4.2.1's docs print cannot exist in Go, which its own client fails to
 * compile on: a struct field that would contain its own struct by value (an invalid recursive
 * type) is a pointer. An optional parameter of a type antihax/optional has no value type for
 * (4.2.1's `optional.Map[string]interface{}`, `optional.Array`, `optional.Any`) is an
 * `optional.Interface`, in the docs too (params.ts `declaredOptionals`).
 */
import type { GoType } from '../types.js';
import { OPTIONAL_TYPES } from '../optional-types.js';

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
