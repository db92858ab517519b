/**
 * For referenceDocs only: 6.0's getSingleSchemaType passes the OpenAPI type name of a primitive
 * through getAlias, the map of the spec's primitive aliases by schema name. So where a schema is
 * named like a type (nexmo reports' `number`, a string), every `type: number` is typed by that
 * alias (`price`, a number, prints **String**). 6.0's crate could not decode the number so
 * declared; sdkgen's keeps the number and its docs say so (a wire-wins deviation, README
 * "Exactness"; test/emit/rust/deviations/type-named-aliases, 6.0.0's jar output).
 */
import type { PrimitiveShape, Schema } from '../../model/types.js';

type Primitive = Extract<Schema, { kind: 'primitive' }>;

/** 6.0's getPrimitiveType for a primitive schema (the names its type map is keyed by). */
export function openApiTypeName(schema: PrimitiveShape): string {
  switch (schema.type) {
    case 'integer':
      return schema.format === 'int64' ? 'long' : 'integer';
    case 'number':
      return schema.format === 'float' ? 'float' : schema.format === 'double' ? 'double' : 'number';
    case 'boolean':
      return 'boolean';
    case 'string':
      switch (schema.format) {
        case 'date':
          return 'date';
        case 'date-time':
          return 'DateTime';
        case 'uuid':
          return 'UUID';
        case 'uri':
          return 'URI';
        case 'byte':
          return 'ByteArray';
        case 'binary':
          return 'file';
        case 'password':
          return 'password';
        default:
          return 'string';
      }
  }
}

/** getAllAliases: each named primitive without an enum, by name, as the OpenAPI type name it stands for. */
export function typeAliases(named: Iterable<{ readonly name: string; readonly schema: Schema }>): ReadonlyMap<string, string> {
  const aliases = new Map<string, string>();
  for (const { name, schema } of named) {
    if (schema.kind === 'primitive' && schema.enum === undefined) aliases.set(name, openApiTypeName(schema as Primitive));
  }
  return aliases;
}
