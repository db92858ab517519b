/**
 * Hand-built Api objects for the Python emitter's unit tests: small builders with the model's
 * defaults filled in, so each test states only what it is about.
 */
import type { Api, NamedSchema, Operation, Parameter, Property, Schema, SchemaShape } from '../../../src/model/types.js';

const COMMON = { nullable: false, readOnly: false, writeOnly: false, deprecated: false } as const;

export function schema(shape: SchemaShape, extra: Partial<Omit<Schema, 'kind'>> = {}): Schema {
  return { ...COMMON, ...shape, ...extra } as Schema;
}

export const str = (extra: Partial<Omit<Schema, 'kind'>> = {}): Schema => schema({ kind: 'primitive', type: 'string' }, extra);
export const int = (format?: string): Schema => schema({ kind: 'primitive', type: 'integer', format });
export const num = (format?: string): Schema => schema({ kind: 'primitive', type: 'number', format });
export const bool = (): Schema => schema({ kind: 'primitive', type: 'boolean' });
export const fmt = (format: string): Schema => schema({ kind: 'primitive', type: 'string', format });
export const ref = (name: string): Schema => schema({ kind: 'ref', name });
export const arrayOf = (items: Schema): Schema => schema({ kind: 'array', items });
export const mapOf = (values: Schema): Schema => schema({ kind: 'map', values });
export const anything = (): Schema => schema({ kind: 'any', object: false });

export function prop(name: string, s: Schema, required = false): Property {
  return { name, required, schema: s };
}

export function object(properties: Property[]): Schema {
  return schema({ kind: 'object', properties });
}

export function named(name: string, s: Schema): NamedSchema {
  return { name, schema: s, pointer: `/definitions/${name}` };
}

export function param(name: string, s: Schema, extra: Partial<Parameter> = {}): Parameter {
  return {
    name,
    in: 'query',
    required: false,
    deprecated: false,
    schema: s,
    style: 'form',
    explode: true,
    allowReserved: false,
    ...extra,
  };
}

export function operation(extra: Partial<Operation> & Pick<Operation, 'id'>): Operation {
  return {
    method: 'get',
    path: '/things',
    tags: ['Things'],
    deprecated: false,
    parameters: [],
    responses: [],
    consumes: [],
    produces: [],
    security: [],
    pointer: '/paths/~1things/get',
    ...extra,
  };
}

export function api(extra: Partial<Api> = {}): Api {
  return {
    dialect: 'openapi-3.0',
    title: 'Things API',
    version: '1.0.0',
    baseUrl: 'https://example.com/api',
    servers: [],
    tags: [],
    operations: [],
    schemas: [],
    securitySchemes: [],
    ...extra,
  };
}

/** A 200 response whose JSON body has the given schema. */
export function ok(s: Schema): Operation['responses'][number] {
  return { status: '200', description: 'OK', content: [{ mediaType: 'application/json', schema: s }], headers: [] };
}
