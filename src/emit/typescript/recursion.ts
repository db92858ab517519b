/**
 * Self-reference in generated types. Interfaces may refer to themselves freely, but a type alias
 * is resolved eagerly through unions, intersections and generic aliases like Record: `type A =
 * Record<string, A>` or `type A = B | null; type B = A` do not compile. This finds, once per API,
 * which references would close such a loop.
 */
import type { Api, Schema } from '../../model/types.js';

/** Whether a named schema is emitted as an interface (plain, non-nullable object with properties). */
export function isInterfaceSchema(schema: Schema): boolean {
  return schema.kind === 'object' && !schema.nullable && schema.properties.length > 0;
}

/** Every named schema a schema mentions, at any depth. */
export function allRefs(schema: Schema, into: Set<string> = new Set()): Set<string> {
  switch (schema.kind) {
    case 'ref':
      into.add(schema.name);
      break;
    case 'array':
      allRefs(schema.items, into);
      break;
    case 'map':
      allRefs(schema.values, into);
      break;
    case 'object':
      for (const p of schema.properties) allRefs(p.schema, into);
      if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) {
        allRefs(schema.additionalProperties, into);
      }
      break;
    case 'allOf':
    case 'oneOf':
    case 'anyOf':
      for (const m of schema.members) allRefs(m, into);
      break;
    default:
      break;
  }
  return into;
}

/**
 * Names in eager positions of an alias: the schema itself or union/intersection members. Maps are
 * left out because the printer writes a map that could loop as an index-signature literal, which
 * TypeScript resolves lazily.
 */
function eagerRefs(schema: Schema, into: string[] = []): string[] {
  if (schema.kind === 'ref') into.push(schema.name);
  if (schema.kind === 'allOf' || schema.kind === 'oneOf' || schema.kind === 'anyOf') {
    for (const m of schema.members) eagerRefs(m, into);
  }
  return into;
}

export class RecursionInfo {
  readonly #schemas: ReadonlyMap<string, Schema>;
  readonly #reach = new Map<string, ReadonlySet<string>>();
  /** `alias\0target` for every eager reference that would close a loop of aliases. */
  readonly #broken = new Set<string>();

  constructor(api: Api) {
    this.#schemas = new Map(api.schemas.map((s) => [s.name, s.schema]));
    this.#findLoops(api.schemas.map((s) => s.name));
  }

  /** True when an eager reference from alias `from` to `to` must be printed as `unknown`. */
  isBroken(from: string, to: string): boolean {
    return this.#broken.has(`${from}\0${to}`);
  }

  /** Whether `schema` mentions `target`, directly or through other named schemas. */
  reaches(schema: Schema, target: string): boolean {
    for (const name of allRefs(schema)) {
      if (name === target || this.#reachable(name).has(target)) return true;
    }
    return false;
  }

  #reachable(name: string): ReadonlySet<string> {
    const cached = this.#reach.get(name);
    if (cached !== undefined) return cached;
    // Iterative walk; marks the entry first so loops end.
    const seen = new Set<string>();
    this.#reach.set(name, seen);
    const stack = [name];
    while (stack.length > 0) {
      const schema = this.#schemas.get(stack.pop() ?? '');
      if (schema === undefined) continue;
      for (const ref of allRefs(schema)) {
        if (!seen.has(ref)) {
          seen.add(ref);
          stack.push(ref);
        }
      }
    }
    return seen;
  }

  /** Depth-first over aliases in spec order; each edge back into the current path is broken. */
  #findLoops(names: readonly string[]): void {
    const done = new Set<string>();
    const onPath = new Set<string>();
    const visit = (name: string): void => {
      const schema = this.#schemas.get(name);
      if (schema === undefined || isInterfaceSchema(schema) || done.has(name)) return;
      onPath.add(name);
      for (const target of eagerRefs(schema)) {
        if (onPath.has(target)) this.#broken.add(`${name}\0${target}`);
        else visit(target);
      }
      onPath.delete(name);
      done.add(name);
    };
    for (const name of names) visit(name);
  }
}
