/**
 * A copy-on-write walk over the model's plain data, whatever its shape, for passes that rewrite
 * some of its objects wherever they sit (kit/null-prose.ts, go/parsed-text.ts). An object the
 * model shares (a schema reached twice) stays shared, and nothing is copied where nothing inside
 * changed, so a spec the pass does not concern costs one walk and no copies.
 */
import type { Schema } from '../../model/types.js';

const SCHEMA_KINDS: ReadonlySet<unknown> = new Set(['ref', 'primitive', 'array', 'map', 'object', 'allOf', 'oneOf', 'anyOf', 'any']);

/** Whether an object a visit is given is a schema (one of the model's kinds, with its flags), not a property, operation or value. */
export function isModelSchema(value: Record<string, unknown>): value is Record<string, unknown> & Schema {
  return SCHEMA_KINDS.has(value.kind) && typeof value.nullable === 'boolean';
}

/** `value` with `visit` applied to every object in it, after the objects inside it. */
export function rewriteModel(value: unknown, visit: (record: Record<string, unknown>) => Record<string, unknown>): unknown {
  return rewrite(value, visit, new Map());
}

function rewrite(value: unknown, visit: (record: Record<string, unknown>) => Record<string, unknown>, done: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const known = done.get(value);
  if (known !== undefined) return known;
  // Plain loops that copy only on the first change: this walk visits every object of the model
  // (examples too), and on a large spec (GitHub's) map/some/Object.entries garbage dominated it.
  // An object is marked as entered (for a reference back to it) only once it has an object inside:
  // a leaf cannot lead back to itself, and one that `visit` leaves as it is needs no entry at all
  // (visiting it again gives it back again), so most of the model never enters the map.
  let entered = false;
  let result: unknown = value;
  if (Array.isArray(value)) {
    let items: unknown[] | undefined;
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      if (item === null || typeof item !== 'object') continue;
      if (!entered) {
        done.set(value, value);
        entered = true;
      }
      const next = rewrite(item, visit, done);
      if (next !== item) (items ??= value.slice())[i] = next;
    }
    if (items !== undefined) result = items;
  } else {
    const record = value as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    // for-in, which makes no array of keys: the model is plain data, with no inherited keys.
    for (const key in record) {
      const child = record[key];
      if (child === null || typeof child !== 'object') continue;
      if (!entered) {
        done.set(value, value);
        entered = true;
      }
      const next = rewrite(child, visit, done);
      if (next !== child) (copy ??= { ...record })[key] = next;
    }
    result = visit(copy ?? record);
  }
  if (result !== value) done.set(value, result);
  return result;
}
