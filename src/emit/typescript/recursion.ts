/**
 * Self-reference in generated types. Interfaces may refer to themselves freely, but a type alias
 * is resolved eagerly through unions, intersections and generic aliases like Record: `type A =
 * Record<string, A>` or `type A = B | null; type B = A` do not compile. This finds, once per API,
 * which references would close such a loop.
 */
import type { Api, Schema } from '../../model/types.js';
import { stronglyConnected } from '../graph.js';

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
  /** Each named schema's loop: names that mention each other, directly or not, share it. */
  readonly #loop = new Map<string, number>();
  /** `alias\0target` for every eager reference that would close a loop of aliases. */
  readonly #broken = new Set<string>();

  constructor(api: Api) {
    this.#schemas = new Map(api.schemas.map((s) => [s.name, s.schema]));
    const names = api.schemas.map((s) => s.name);
    stronglyConnected(names, (name) => [...allRefs(this.#schemas.get(name) ?? ANY)]).forEach((loop, id) => {
      for (const name of loop) this.#loop.set(name, id);
    });
    this.#findLoops(names);
  }

  /** True when an eager reference from alias `from` to `to` must be printed as `unknown`. */
  isBroken(from: string, to: string): boolean {
    return this.#broken.has(`${from}\0${to}`);
  }

  /**
   * Whether `schema`, a part of named schema `target`'s own definition, mentions `target`
   * directly or through other named schemas: it does exactly when it names a schema of
   * `target`'s loop. One lookup per name, where following the references would cost a walk of
   * everything reachable (quadratic for a long chain of maps).
   */
  reaches(schema: Schema, target: string): boolean {
    const loop = this.#loop.get(target);
    for (const name of allRefs(schema)) {
      if (name === target || (loop !== undefined && this.#loop.get(name) === loop)) return true;
    }
    return false;
  }

  /**
   * Depth-first over aliases in spec order; each edge back into the current path is broken.
   * Iterative, so a chain of 20,000 aliases cannot exhaust the stack.
   */
  #findLoops(names: readonly string[]): void {
    const done = new Set<string>();
    const onPath = new Set<string>();
    const enter = (name: string): { name: string; targets: string[]; next: number } | undefined => {
      const schema = this.#schemas.get(name);
      if (schema === undefined || isInterfaceSchema(schema) || done.has(name)) return undefined;
      onPath.add(name);
      return { name, targets: eagerRefs(schema), next: 0 };
    };
    for (const root of names) {
      const first = enter(root);
      const path = first === undefined ? [] : [first];
      while (path.length > 0) {
        const frame = path[path.length - 1]!;
        if (frame.next < frame.targets.length) {
          const target = frame.targets[frame.next++]!;
          if (onPath.has(target)) this.#broken.add(`${frame.name}\0${target}`);
          else {
            const child = enter(target);
            if (child !== undefined) path.push(child);
          }
          continue;
        }
        path.pop();
        onPath.delete(frame.name);
        done.add(frame.name);
      }
    }
  }
}

const ANY: Schema = { kind: 'any', object: false, nullable: false, readOnly: false, writeOnly: false, deprecated: false };
