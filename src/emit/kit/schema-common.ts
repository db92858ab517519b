import type { SchemaCommon } from '../../model/types.js';

/**
 * The fields `keys` of a schema's common part that it sets, in the order of `keys`: what a pass
 * keeps when it reads a schema as another kind (`items` beside a type read as an array,
 * kit/items-beside.ts; properties beside a primitive read as an object,
 * python/properties-beside-type.ts). Each generator's parser keeps its own fields when it casts a
 * schema, so the list is the caller's.
 */
export function commonFields<K extends keyof SchemaCommon>(schema: SchemaCommon, keys: readonly K[]): Pick<SchemaCommon, K> {
  const kept: Partial<Pick<SchemaCommon, K>> = {};
  for (const key of keys) if (schema[key] !== undefined) kept[key] = schema[key];
  return kept as Pick<SchemaCommon, K>;
}
