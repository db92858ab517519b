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
import { someSchema, withChildSchemas, withEverySchema } from '../kit/schema-walk.js';
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

/** Reads every schema of one API, knowing the names of its schemas. */
function reader(declared: ReadonlySet<string>): (schema: Schema) => Schema {
  /**
   * What 6.0 reads: the schema so named when there is one, else a model no document declares
   * (types.ts declaredType: `crate::models::Label`, linked by the raw name).
   */
  const named = (ref: string): Schema => {
    const name = simpleRef(ref);
    // The reference stays, for the inline models' comparison (kit gatherInlineModels, innerRefsCompared).
    const flags = { nullable: false, readOnly: false, writeOnly: false, deprecated: false, innerRef: ref };
    return declared.has(name) ? { ...flags, kind: 'ref', name } : { ...flags, kind: 'any', object: false, declared: name };
  };
  // Written `allOf: [$ref]` (linode's `Linode.image`, readOnly beside the allOf), the composition
  // stays inline around a model 6.0 never hoists: what is written beside allOf is printed; the
  // wrapper stays, for a body so written (params.ts, wrappedDeclared).
  const beside = (schema: Schema, reached: Schema): Schema => {
    const wrapper = schema.allOfWrapper;
    return wrapper === undefined ? reached : { ...reached, description: wrapper.description, readOnly: wrapper.readOnly, allOfWrapper: wrapper };
  };
  const read = (schema: Schema): Schema => (schema.innerRef !== undefined ? beside(schema, named(schema.innerRef)) : withChildSchemas(schema, read));
  return read;
}

/** The API with every reference inside a named schema read as 6.0 reads it (most specs: none). */
export function withInnerRefsNamed(api: Api): Api {
  if (!someSchema(api, (schema) => schema.innerRef !== undefined)) return api;
  return withEverySchema(api, reader(new Set(api.schemas.map((s) => s.name))));
}
