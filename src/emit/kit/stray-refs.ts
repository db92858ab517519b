/**
 * openapi-generator's parser follows no `$ref` outside the components (into `#/paths/...`, as
 * openSUSE OBS's spec writes them): ModelUtils.getSimpleRef finds no schema name in it, so
 * getSingleSchemaType types the schema `object` (Go: `map[string]interface{}`, linked
 * `object.md`), a response so written is read as no response at all (no return type, no Accept
 * entry) and a parameter so written as none. The model holds such a target inlined and marks where
 * it was written (`strayRef`); this pass makes the API read as 4.2.1 reads it, before the inline
 * model resolver runs, so nothing is hoisted from the unfollowed schemas either.
 *
 * Only where the client stays right: a schema whose target is an object (properties, a map, a
 * free-form object, an allOf, a model that is one of these) becomes `object`, which decodes any
 * JSON object; one whose target is a string, an array or anything else keeps its type (4.2.1's
 * `map[string]interface{}` could not decode it), and a parameter stays (4.2.1 drops it, and a
 * dropped path parameter leaves `{id}` in the URL). `everywhere` does all of it, for writing
 * 4.2.1's own docs (go/index.ts referenceDocs), which is how the oracle counts those as safety
 * deviations (README "Exactness"). A request body written as such a `$ref` stops 4.2.1 altogether.
 * Swagger 2.0 documents go through a converter first, whose handling of these references is not
 * reproduced: they are left as they are. Checked with 4.2.1's jar (test/emit/go/cases/stray-refs);
 * openapi-generator 6.0 reads them alike, and the Rust target runs this pass too (test/emit/rust/quirks/stray-refs).
 */
import type { Api, MediaContent, Operation, Property, ResponseHeader, Schema } from '../../model/types.js';

/** What getSingleSchemaType answers for a reference it cannot name: the type `object`. */
const UNFOLLOWED: Schema = { nullable: false, readOnly: false, writeOnly: false, deprecated: false, kind: 'any', object: false, declared: 'object' };

interface Reading {
  /** Also where 4.2.1's client is wrong: every stray schema, and parameters dropped. */
  readonly everywhere: boolean;
  /** The spec's named schemas, to see what a reference is. */
  readonly named: ReadonlyMap<string, Schema>;
}

/** A target a `map[string]interface{}` decodes: some JSON object (a model followed through its aliases). */
function objectLike(schema: Schema, r: Reading, seen: ReadonlySet<string> = new Set()): boolean {
  if (schema.kind === 'ref') {
    const target = seen.has(schema.name) ? undefined : r.named.get(schema.name);
    return target !== undefined && objectLike(target, r, new Set([...seen, schema.name]));
  }
  if (schema.kind === 'any') return schema.object && schema.declared === undefined && schema.items === undefined;
  return schema.kind === 'object' || schema.kind === 'map' || schema.kind === 'allOf';
}

function properties(list: readonly Property[], r: Reading): readonly Property[] {
  let changed = false;
  const mapped = list.map((p) => {
    const schema = unfollowed(p.schema, r);
    if (schema === p.schema) return p;
    changed = true;
    return { ...p, schema };
  });
  return changed ? mapped : list;
}

function additional(value: Schema | true | undefined, r: Reading): Schema | true | undefined {
  return value === undefined || value === true ? value : unfollowed(value, r);
}

/** The schema as 4.2.1 reads it; the same object when nothing in it changes. */
function unfollowed(schema: Schema, r: Reading): Schema {
  // `allOf: [stray]` stays a composition of it (digitalocean's bodies and `source`): the wrapper is kept.
  // The reference stays marked: the inline model resolver compares such schemas by it, as 4.2.1 does.
  if (schema.strayRef !== undefined && (r.everywhere || objectLike(schema, r))) return { ...UNFOLLOWED, strayRef: schema.strayRef, ...(schema.allOfWrapper && { allOfWrapper: schema.allOfWrapper }) };
  switch (schema.kind) {
    case 'array': {
      const items = unfollowed(schema.items, r);
      return items === schema.items ? schema : { ...schema, items };
    }
    case 'map': {
      const values = unfollowed(schema.values, r);
      return values === schema.values ? schema : { ...schema, values };
    }
    case 'object': {
      const props = properties(schema.properties, r);
      const extra = additional(schema.additionalProperties, r);
      return props === schema.properties && extra === schema.additionalProperties ? schema : { ...schema, properties: props, additionalProperties: extra };
    }
    case 'allOf':
    case 'oneOf':
    case 'anyOf': {
      const members = schema.members.map((m) => unfollowed(m, r));
      const props = schema.properties && properties(schema.properties, r);
      const extra = additional(schema.additionalProperties, r);
      const same = members.every((m, i) => m === schema.members[i]) && props === schema.properties && extra === schema.additionalProperties;
      return same ? schema : { ...schema, members, properties: props, additionalProperties: extra };
    }
    case 'any': {
      const items = schema.items && unfollowed(schema.items, r);
      return items === schema.items ? schema : { ...schema, items };
    }
    default:
      return schema;
  }
}

function operation(op: Operation, r: Reading): Operation {
  const contents = (list: readonly MediaContent[]) => list.map((c) => ({ ...c, schema: unfollowed(c.schema, r) }));
  const headers = (list: readonly ResponseHeader[]) => list.map((h) => ({ ...h, schema: unfollowed(h.schema, r) }));
  const responses = op.responses
    .filter((response) => response.strayRef === undefined)
    .map((response) => ({ ...response, content: contents(response.content), headers: headers(response.headers) }));
  return {
    ...op,
    parameters: op.parameters.filter((p) => !r.everywhere || p.strayRef === undefined).map((p) => ({ ...p, schema: unfollowed(p.schema, r) })),
    requestBody: op.requestBody && { ...op.requestBody, content: contents(op.requestBody.content) },
    responses,
    produces: [...new Set(responses.flatMap((response) => response.content.map((c) => c.mediaType)))],
    ...(op.callbacks && { callbacks: op.callbacks.map((c) => ({ ...c, operations: c.operations.map((o) => operation(o, r)) })) }),
  };
}

/** The API as openapi-generator's parser reads it when `$ref`s point outside the components. */
export function withStrayRefsUnfollowed(api: Api, everywhere = false): Api {
  if (api.dialect === 'swagger-2.0') return api;
  const r: Reading = { everywhere, named: new Map(api.schemas.map((s) => [s.name, s.schema])) };
  return {
    ...api,
    operations: api.operations.map((op) => operation(op, r)),
    schemas: api.schemas.map((s) => ({ ...s, schema: unfollowed(s.schema, r) })),
  };
}
