/** Hand-built model schemas for unit tests of the typescript target. */
import type { Api, NamedSchema, Property, Schema, SchemaShape } from '../../../src/model/types.js';

const COMMON = { nullable: false, readOnly: false, writeOnly: false, deprecated: false } as const;

export function s(shape: SchemaShape, extra: Partial<Omit<Schema, 'kind'>> = {}): Schema {
  return { ...COMMON, ...extra, ...shape } as Schema;
}

export const str = (extra: Partial<Omit<Schema, 'kind'>> = {}): Schema => s({ kind: 'primitive', type: 'string' }, extra);
export const int = (): Schema => s({ kind: 'primitive', type: 'integer', format: 'int32' });
export const ref = (name: string, extra: Partial<Omit<Schema, 'kind'>> = {}): Schema => s({ kind: 'ref', name }, extra);
export const arr = (items: Schema): Schema => s({ kind: 'array', items });
export const map = (values: Schema): Schema => s({ kind: 'map', values });
export const obj = (properties: Property[], additionalProperties?: Schema | true): Schema =>
  s({ kind: 'object', properties, additionalProperties });
export const prop = (name: string, schema: Schema, required = false): Property => ({ name, schema, required });

export function apiWith(schemas: Record<string, Schema>, extra: Partial<Api> = {}): Api {
  const named: NamedSchema[] = Object.entries(schemas).map(([name, schema]) => ({
    name,
    schema,
    pointer: `/components/schemas/${name}`,
  }));
  return {
    dialect: 'openapi-3.0',
    title: 'Test',
    version: '1.0.0',
    baseUrl: 'http://localhost',
    servers: [],
    tags: [],
    operations: [],
    schemas: named,
    securitySchemes: [],
    ...extra,
  };
}
