/**
 * For referenceDocs only: a `$ref` inside a named schema (linode's
 * `#/components/schemas/LKECluster/properties/label`, openai's
 * `#/components/schemas/CreateCompletionRequest/properties/logit_bias`) as openapi-generator 6.0
 * and 4.2.1 read it. ModelUtils.getSimpleRef keeps the reference's last segment, `label`, and no
 * schema has that name, so the property is typed after it (6.0's `crate::models::Label`, 4.2.1's
 * `Label`), linked `label.md`, with neither the target's description nor its flags; an object so
 * reached is hoisted where it is declared (`LKECluster_entities`), not where it is used. Neither
 * generator's client would compile; sdkgen's holds the target as the model inlines it, and its
 * docs say so (a safety deviation, README "Exactness"; test/emit/rust/deviations/component-property-refs,
 * test/emit/go/safety-deviations/component-property-refs, the jars' output).
 */
import { withChildSchemas, withEverySchema } from './schema-walk.js';
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
    const flags = { nullable: false, readOnly: false, writeOnly: false, deprecated: false };
    return declared.has(name) ? { ...flags, kind: 'ref', name } : { ...flags, kind: 'any', object: false, declared: name };
  };
  const read = (schema: Schema): Schema => (schema.innerRef !== undefined ? named(schema.innerRef) : withChildSchemas(schema, read));
  return read;
}

/** The API with every reference inside a named schema read as 6.0 reads it (most specs: none). */
export function withInnerRefsNamed(api: Api): Api {
  if (!JSON.stringify(api).includes('"innerRef"')) return api;
  return withEverySchema(api, reader(new Set(api.schemas.map((s) => s.name))));
}
