import type { Schema } from '../model/types.js';
import type { Side } from './context.js';

/**
 * The named schemas that are equal in both documents all the way down (their own text and every
 * schema they reach). Walks skip these, which keeps diffing a large spec with a few changes fast.
 * A schema is changed when it differs itself or reaches one that does; recursion is no problem
 * because change spreads backwards along references from the schemas that differ.
 */
export function unchangedSchemas(base: Side, revision: Side): Set<string> {
  const changed = new Set<string>();
  const users = new Map<string, Set<string>>();
  for (const [name, named] of base.schemas) {
    const other = revision.schemas.get(name);
    if (!other || JSON.stringify(named.schema) !== JSON.stringify(other.schema)) changed.add(name);
    for (const target of references(named.schema)) {
      if (!users.has(target)) users.set(target, new Set());
      users.get(target)!.add(name);
    }
  }
  for (const name of revision.schemas.keys()) if (!base.schemas.has(name)) changed.add(name);
  const queue = [...changed];
  while (queue.length > 0) {
    for (const user of users.get(queue.pop()!) ?? []) {
      if (!changed.has(user)) {
        changed.add(user);
        queue.push(user);
      }
    }
  }
  return new Set([...base.schemas.keys()].filter((name) => !changed.has(name)));
}

function references(schema: Schema, found: Set<string> = new Set()): Set<string> {
  switch (schema.kind) {
    case 'ref':
      found.add(schema.name);
      break;
    case 'array':
      references(schema.items, found);
      break;
    case 'map':
      references(schema.values, found);
      break;
    case 'object':
      for (const p of schema.properties) references(p.schema, found);
      if (typeof schema.additionalProperties === 'object') references(schema.additionalProperties, found);
      break;
    case 'allOf':
    case 'oneOf':
    case 'anyOf':
      for (const m of schema.members) references(m, found);
      break;
    default:
      break;
  }
  return found;
}
