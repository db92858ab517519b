/**
 * For referenceDocs only: a `$ref` inside a named schema (linode's
 * `#/components/schemas/LKECluster/properties/label`) as openapi-generator 4.2.1 (Go) and 6.0
 * (Rust) read it. ModelUtils.getSimpleRef keeps the reference's last segment, `label`, and no
 * schema has that name, so the property is typed as a model of that name (Go `[**Label**](label.md)`,
 * `type` being `ModelType`; Rust `crate::models::Label`), linked by the raw name, with neither the
 * target's description nor its flags; an object so reached is hoisted where it is declared
 * (`LKECluster_entities`), not where it is used. Neither client would compile; sdkgen's holds the
 * target as the model inlines it, and its docs say so (a safety deviation, README "Exactness";
 * test/emit/go/deviations/component-property-refs, 4.2.1's jar output, and
 * test/emit/rust/deviations/component-property-refs, 6.0.0's).
 */
import { someSchema, withChildSchemas, withEverySchema } from './schema-walk.js';
import type { Api, Schema } from '../../model/types.js';

/** The name getSimpleRef gives: the last segment, JSON-pointer and URL escapes undone. */
function simpleRef(ref: string): string {
  const last = ref.slice(ref.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * How a generator reads `allOf: [$ref]` around such a reference: 4.2.1 keeps only the wrapper's
 * flags (`Pointer to [**Image**](image.md) | | [optional] [readonly]`), 6.0 also prints the
 * description and readOnly written beside allOf (linode's `Linode.image`).
 */
export interface InnerRefReading {
  readonly proseBesideAllOf: boolean;
}

/** Reads every schema of one API, knowing the names of its schemas. */
function reader(declared: ReadonlySet<string>, reading: InnerRefReading): (schema: Schema) => Schema {
  /**
   * What 4.2.1 and 6.0 read: the schema so named when there is one, else a model no document declares
   * (Go and Rust types.ts declaredType: `Label`, `crate::models::Label`, linked by the raw name).
   */
  const named = (ref: string, wrapped: Schema): Schema => {
    const name = simpleRef(ref);
    // `allOf: [$ref]` stays the composition it was, its own flags kept (a body so written is
    // 4.2.1's and 6.0's UNKNOWN_BASE_TYPE: Rust params.ts wrappedDeclared). The reference stays
    // too, for the inline models' comparison (kit gatherInlineModels, innerRefsCompared).
    const wrapper = wrapped.allOfWrapper;
    const prose = wrapper !== undefined && reading.proseBesideAllOf ? { description: wrapper.description, readOnly: wrapper.readOnly } : {};
    const flags = { nullable: wrapper?.nullable ?? false, readOnly: false, writeOnly: false, deprecated: false, innerRef: ref, ...prose, ...(wrapper === undefined ? {} : { allOfWrapper: wrapper }) };
    return declared.has(name) ? { ...flags, kind: 'ref', name } : { ...flags, kind: 'any', object: false, declared: name };
  };
  const read = (schema: Schema): Schema => (schema.innerRef !== undefined ? named(schema.innerRef, schema) : withChildSchemas(schema, read));
  return read;
}

/** The API with every reference inside a named schema read as the generator reads it (most specs: none). */
export function withInnerRefsNamed(api: Api, reading: InnerRefReading): Api {
  if (!someSchema(api, (schema) => schema.innerRef !== undefined)) return api;
  return withEverySchema(api, reader(new Set(api.schemas.map((s) => s.name)), reading));
}
