/**
 * The walk every pass that rewrites schemas of the model shares (emit/kit/items-beside.ts,
 * emit/kit/inner-refs.ts): each schema directly inside one, and every schema of an API. A pass
 * says what it does to one schema and hands the rest of the walk to `withChildSchemas`.
 * `someSchema` asks first whether a pass has anything to do: it reads the same schemas, copies
 * nothing and stops at the first match, so a spec without the mark (most) costs one read-only walk.
 */
import type { Api, MediaContent, Operation, Property, Schema } from '../../model/types.js';

type Read = (schema: Schema) => Schema;

function properties(list: readonly Property[], read: Read): readonly Property[] {
  return list.map((p) => ({ ...p, schema: read(p.schema) }));
}

function extra(value: Schema | true | undefined, read: Read): Schema | true | undefined {
  return value === undefined || value === true ? value : read(value);
}

/**
 * The schema with each schema directly inside it replaced by `read` of it: array items, map
 * values, property schemas, additionalProperties, composition members, and `items` written
 * beside `type: object` (AnyShape.items).
 */
export function withChildSchemas(schema: Schema, read: Read): Schema {
  switch (schema.kind) {
    case 'array':
      return { ...schema, items: read(schema.items) };
    case 'map':
      return { ...schema, values: read(schema.values) };
    case 'object':
      return { ...schema, properties: properties(schema.properties, read), additionalProperties: extra(schema.additionalProperties, read) };
    case 'allOf':
    case 'oneOf':
    case 'anyOf':
      return {
        ...schema,
        members: schema.members.map(read),
        ...(schema.properties && { properties: properties(schema.properties, read) }),
        ...(schema.additionalProperties !== undefined && { additionalProperties: extra(schema.additionalProperties, read) }),
      };
    case 'any':
      return schema.items === undefined ? schema : { ...schema, items: read(schema.items) };
    default:
      return schema;
  }
}

/**
 * Whether `test` holds for one of the schemas `withChildSchemas` reads, asked in the order it
 * reads them and stopping at the first (schema-walk.test.ts holds the two together).
 */
export function someChildSchema(schema: Schema, test: (schema: Schema) => boolean): boolean {
  const extraHolds = (value: Schema | true | undefined): boolean => value !== undefined && value !== true && test(value);
  switch (schema.kind) {
    case 'array':
      return test(schema.items);
    case 'map':
      return test(schema.values);
    case 'object':
      return schema.properties.some((p) => test(p.schema)) || extraHolds(schema.additionalProperties);
    case 'allOf':
    case 'oneOf':
    case 'anyOf':
      return schema.members.some(test) || (schema.properties ?? []).some((p) => test(p.schema)) || extraHolds(schema.additionalProperties);
    case 'any':
      return schema.items !== undefined && test(schema.items);
    default:
      return false;
  }
}

function operation(op: Operation, read: Read): Operation {
  const contents = (list: readonly MediaContent[]) => list.map((c) => ({ ...c, schema: read(c.schema) }));
  return {
    ...op,
    parameters: op.parameters.map((p) => ({ ...p, schema: read(p.schema) })),
    requestBody: op.requestBody && { ...op.requestBody, content: contents(op.requestBody.content) },
    responses: op.responses.map((r) => ({ ...r, content: contents(r.content), headers: r.headers.map((h) => ({ ...h, schema: read(h.schema) })) })),
    ...(op.callbacks && { callbacks: op.callbacks.map((c) => ({ ...c, operations: c.operations.map((o) => operation(o, read)) })) }),
  };
}

/** The API with every schema of its operations (parameters, bodies, responses, headers, callbacks) and every named schema read. */
export function withEverySchema(api: Api, read: Read): Api {
  return { ...api, operations: api.operations.map((op) => operation(op, read)), schemas: api.schemas.map((s) => ({ ...s, schema: read(s.schema) })) };
}

/** Whether `test` holds for a schema `withEverySchema` would read, at any depth; stops at the first. */
export function someSchema(api: Api, test: (schema: Schema) => boolean): boolean {
  const found = (schema: Schema): boolean => test(schema) || someChildSchema(schema, found);
  const inOperation = (op: Operation): boolean =>
    op.parameters.some((p) => found(p.schema)) ||
    (op.requestBody?.content.some((c) => found(c.schema)) ?? false) ||
    op.responses.some((r) => r.content.some((c) => found(c.schema)) || r.headers.some((h) => found(h.schema))) ||
    (op.callbacks?.some((c) => c.operations.some(inOperation)) ?? false);
  return api.operations.some(inOperation) || api.schemas.some((s) => found(s.schema));
}
