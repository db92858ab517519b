/**
 * Hand-built Api objects for the Go docs tests, type-checked against the model: each test states
 * only what it is about, the rest is a neutral default.
 */
import type { Api, Operation, Parameter, Response, Schema, SchemaCommon, SchemaShape } from '../../../src/model/types.js';

export function schema(shape: SchemaShape, common: Partial<SchemaCommon> = {}): Schema {
  return { nullable: false, readOnly: false, writeOnly: false, deprecated: false, ...common, ...shape };
}

export const STRING = schema({ kind: 'primitive', type: 'string' });

export function ref(name: string): Schema {
  return schema({ kind: 'ref', name });
}

export function makeApi(partial: Partial<Api> = {}): Api {
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
    ...partial,
  };
}

/** An operation whose spec gives `id` as its operationId (pass `operationId: undefined` for a derived one). */
export function makeOp(partial: Partial<Operation> & Pick<Operation, 'id'>): Operation {
  return {
    operationId: partial.id,
    method: 'get',
    path: '/thing',
    tags: ['Thing'],
    deprecated: false,
    parameters: [],
    responses: [],
    consumes: [],
    produces: [],
    security: [],
    pointer: '',
    ...partial,
  };
}

export function makeParam(name: string, partial: Partial<Parameter> = {}): Parameter {
  return {
    name,
    in: 'query',
    required: false,
    deprecated: false,
    schema: STRING,
    style: 'form',
    explode: true,
    allowReserved: false,
    ...partial,
  };
}

export function jsonResponse(status: string, body: Schema): Response {
  return { status, content: [{ mediaType: 'application/json', schema: body }], headers: [] };
}

export function emptyResponse(status: string): Response {
  return { status, content: [], headers: [] };
}
