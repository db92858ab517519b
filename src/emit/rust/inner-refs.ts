/**
 * For referenceDocs only: a `$ref` inside a named schema (linode's
 * `#/components/schemas/LKECluster/properties/label`) as openapi-generator 6.0 reads it.
 * ModelUtils.getSimpleRef keeps the reference's last segment, `label`, and no schema has that
 * name, so the property is typed `crate::models::Label`, linked `label.md`, with neither the
 * target's description nor its flags; an object so reached is hoisted where it is declared
 * (`LKECluster_entities`), not where it is used. 6.0's crate would not compile; sdkgen's holds the
 * target as the model inlines it, and its docs say so (a wire-wins deviation, README "Exactness";
 * test/emit/rust/deviations/component-property-refs, 6.0.0's jar output).
 */
import type { Api, MediaContent, Operation, Property, Schema } from '../../model/types.js';

/** The name getSimpleRef gives: the last segment, JSON-pointer and URL escapes undone. */
function simpleRef(ref: string): string {
  const last = ref.slice(ref.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Reads every schema of one API, knowing the names of its schemas. */
function reader(declared: ReadonlySet<string>): (schema: Schema) => Schema {
  /**
   * What 6.0 reads: the schema so named when there is one, else a model no document declares
   * (types.ts declaredType: `crate::models::Label`, linked by the raw name).
   */
  const named = (ref: string): Schema => {
    const name = simpleRef(ref);
    const flags = { nullable: false, readOnly: false, writeOnly: false, deprecated: false };
    return declared.has(name) ? { ...flags, kind: 'ref', name } : { ...flags, kind: 'any', object: false, declared: name };
  };
  const properties = (list: readonly Property[]): readonly Property[] => list.map((p) => ({ ...p, schema: read(p.schema) }));
  const extra = (value: Schema | true | undefined): Schema | true | undefined => (value === undefined || value === true ? value : read(value));
  const read = (schema: Schema): Schema => {
    if (schema.innerRef !== undefined) return named(schema.innerRef);
    switch (schema.kind) {
      case 'array':
        return { ...schema, items: read(schema.items) };
      case 'map':
        return { ...schema, values: read(schema.values) };
      case 'object':
        return { ...schema, properties: properties(schema.properties), additionalProperties: extra(schema.additionalProperties) };
      case 'allOf':
      case 'oneOf':
      case 'anyOf':
        return {
          ...schema,
          members: schema.members.map(read),
          ...(schema.properties && { properties: properties(schema.properties) }),
          ...(schema.additionalProperties !== undefined && { additionalProperties: extra(schema.additionalProperties) }),
        };
      case 'any':
        return schema.items === undefined ? schema : { ...schema, items: read(schema.items) };
      default:
        return schema;
    }
  };
  return read;
}

function operation(op: Operation, read: (schema: Schema) => Schema): Operation {
  const contents = (list: readonly MediaContent[]) => list.map((c) => ({ ...c, schema: read(c.schema) }));
  return {
    ...op,
    parameters: op.parameters.map((p) => ({ ...p, schema: read(p.schema) })),
    requestBody: op.requestBody && { ...op.requestBody, content: contents(op.requestBody.content) },
    responses: op.responses.map((r) => ({ ...r, content: contents(r.content), headers: r.headers.map((h) => ({ ...h, schema: read(h.schema) })) })),
    ...(op.callbacks && { callbacks: op.callbacks.map((c) => ({ ...c, operations: c.operations.map((o) => operation(o, read)) })) }),
  };
}

/** The API with every reference inside a named schema read as 6.0 reads it (most specs: none). */
export function withInnerRefsNamed(api: Api): Api {
  if (!JSON.stringify(api).includes('"innerRef"')) return api;
  const read = reader(new Set(api.schemas.map((s) => s.name)));
  return { ...api, operations: api.operations.map((op) => operation(op, read)), schemas: api.schemas.map((s) => ({ ...s, schema: read(s.schema) })) };
}
