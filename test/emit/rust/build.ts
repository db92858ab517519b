/**
 * Small builders for hand-made Api models, so each test states only what it is about. Every
 * field the model requires gets a neutral default.
 */
import type { Api, Operation, Parameter, Property, RequestBody, Response, Schema, SchemaShape } from '../../../src/model/types.js';

export function schema(shape: SchemaShape, extra: Partial<Omit<Schema, 'kind'>> = {}): Schema {
  return { nullable: false, readOnly: false, writeOnly: false, deprecated: false, ...extra, ...shape } as Schema;
}

export const str = (extra: Partial<Omit<Schema, 'kind'>> = {}): Schema => schema({ kind: 'primitive', type: 'string' }, extra);
export const int32 = (extra: Partial<Omit<Schema, 'kind'>> = {}): Schema => schema({ kind: 'primitive', type: 'integer', format: 'int32' }, extra);
export const any = (extra: Partial<Omit<Schema, 'kind'>> = {}): Schema => schema({ kind: 'any', object: false }, extra);
export const ref = (name: string, extra: Partial<Omit<Schema, 'kind'>> = {}): Schema => schema({ kind: 'ref', name }, extra);
export const array = (items: Schema, extra: Partial<Omit<Schema, 'kind'>> = {}): Schema => schema({ kind: 'array', items }, extra);
export const map = (values: Schema, extra: Partial<Omit<Schema, 'kind'>> = {}): Schema => schema({ kind: 'map', values }, extra);
export const object = (properties: Property[], extra: Partial<Omit<Schema, 'kind'>> = {}): Schema =>
  schema({ kind: 'object', properties }, extra);
export const prop = (name: string, s: Schema, required = false): Property => ({ name, schema: s, required });

export function param(name: string, s: Schema, extra: Partial<Parameter> = {}): Parameter {
  return { name, in: 'query', required: false, deprecated: false, schema: s, style: 'form', explode: true, allowReserved: false, ...extra };
}

export function body(s: Schema, extra: Partial<RequestBody> = {}, mediaTypes = ['application/json']): RequestBody {
  return { required: false, content: mediaTypes.map((mediaType) => ({ mediaType, schema: s })), ...extra };
}

export function response(status: string, s?: Schema, mediaTypes = ['application/json']): Response {
  return { status, content: s === undefined ? [] : mediaTypes.map((mediaType) => ({ mediaType, schema: s })), headers: [] };
}

/** An operation whose spec gives `id` as its operationId (the model's id is then that operationId). */
export function operation(id: string, extra: Partial<Operation> = {}): Operation {
  return {
    id,
    operationId: id,
    method: 'get',
    path: '/thing',
    tags: [],
    deprecated: false,
    parameters: [],
    responses: [],
    consumes: [],
    produces: [],
    security: [],
    pointer: '',
    ...extra,
  };
}

export function api(extra: Partial<Api> = {}): Api {
  return {
    dialect: 'openapi-3.0',
    title: 'Test API',
    version: '1.0.0',
    baseUrl: 'http://localhost',
    servers: [],
    tags: [],
    operations: [],
    schemas: [],
    securitySchemes: [],
    ...extra,
  };
}
