/**
 * For referenceDocs alone: the models 6.0 writes no page for because a primitive alias of the
 * same model name comes after them (telnyx's object `Name` and string `name`, `PhoneNumber` and
 * `phone_number`). 6.0 keeps its processed models in a TreeMap ordered by model name, so the later
 * schema of one name replaces the earlier one's entry; an alias (a string, number or boolean that
 * is no enum) is then skipped as "not generated as model", and the model with it. Every use of the
 * model still prints `crate::models::Name`, a type 6.0's crate does not have: sdkgen writes the
 * page and the struct (a name that would not compile, README "Exactness"; deviations/model-alias-twins).
 */
import type { Api } from '../../model/types.js';
import { modelName } from './naming.js';
import type { RustSchemas } from './schemas.js';

export function aliasShadowedModels(api: Api, schemas: RustSchemas): ReadonlySet<string> {
  if (!schemas.reference) return new Set();
  const position = new Map(api.schemas.map((s, i) => [s.name, i]));
  const lastAlias = new Map<string, number>();
  api.schemas.forEach((s, i) => {
    const alias = s.schema.kind === 'primitive' && (s.schema.enum?.length ?? 0) === 0;
    if (alias) lastAlias.set(modelName(s.name, true), i);
  });
  const shadowed = new Set<string>();
  for (const m of schemas.models) {
    const alias = lastAlias.get(m.name);
    if (alias !== undefined && alias > (position.get(m.specName) ?? Infinity)) shadowed.add(m.specName);
  }
  return shadowed;
}
