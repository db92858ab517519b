import type { Schema } from '../../model/types.js';
import type { Change, DiffContext, Side } from '../context.js';
import type { Direction } from '../types.js';

/**
 * Where the schema walk is: which operation, which direction, the place in words and the JSON
 * pointers on both sides. Each step down (a property, the items) makes a new one.
 */
export interface Walk {
  readonly ctx: DiffContext;
  readonly operation: string;
  readonly direction: Direction;
  /** "the request body", "the 200 response body", "query parameter `limit`". */
  readonly root: string;
  /** Property path below the root: `owner.tags[].name`; '' at the root. */
  readonly path: string;
  readonly basePointer: string;
  readonly revisionPointer: string;
  /** Named-schema pairs already compared in this operation and direction: recursion ends here. */
  readonly visited: Set<string>;
  /** Set while a named pair's findings are being recorded for reuse (see shapes.ts). */
  readonly sink?: Recording | undefined;
}

/** Findings of one named pair, relative to where it is used: replayed at every use. */
export interface Recording {
  readonly items: { readonly id: string; readonly path: string; readonly change: Omit<Change, 'operation' | 'subject'> }[];
  complete: boolean;
}

export function subjectOf(walk: Walk): string {
  if (walk.path === '') return walk.root;
  // `[]`, `[][]`: the items of an array at the root, not a property.
  if (/^(\[\])+$/.test(walk.path)) return `the items of ${walk.root}`;
  return `property \`${walk.path}\` of ${walk.root}`;
}

/** Reports `<direction>-<id>` at the walk's place (or records it, while recording). */
export function reportAt(walk: Walk, id: string, change: Omit<Change, 'operation' | 'subject'> = {}): void {
  emit(walk, id, { basePointer: walk.basePointer, revisionPointer: walk.revisionPointer, ...change });
}

export function emit(walk: Walk, id: string, change: Omit<Change, 'operation' | 'subject'>): void {
  if (walk.sink) walk.sink.items.push({ id, path: walk.path, change });
  else walk.ctx.report(`${walk.direction}-${id}`, { ...change, operation: walk.operation, subject: subjectOf(walk) });
}

/** `owner` + `name` → `owner.name`; `owner` + `[].name` → `owner[].name`. */
export function joinPath(prefix: string, rest: string): string {
  if (rest === '') return prefix;
  if (prefix === '' || rest.startsWith('[')) return `${prefix}${rest}`;
  return `${prefix}.${rest}`;
}

export function step(walk: Walk, token: string, pathPart: string): Walk {
  return { ...walk, path: pathPart, basePointer: `${walk.basePointer}/${token}`, revisionPointer: `${walk.revisionPointer}/${token}` };
}

/** A schema with a `$ref` followed to the named schema (once): what the walk compares. */
export interface Resolved {
  readonly schema: Schema;
  readonly pointer: string;
  readonly name?: string | undefined;
}

/**
 * Follows a reference to its named schema. Flags on the reference itself (OpenAPI 3.1 siblings,
 * `allOf: [X]` with nullable) add to the target's, so moving a schema behind a `$ref` or back
 * changes nothing.
 */
export function resolve(side: Side, schema: Schema, pointer: string): Resolved {
  if (schema.kind !== 'ref') return { schema, pointer };
  const named = side.schemas.get(schema.name);
  if (!named) return { schema: { ...schema, kind: 'any', object: false }, pointer, name: schema.name };
  const target = named.schema;
  if (target.kind === 'ref') return { ...resolve(side, target, named.pointer), name: schema.name };
  return {
    schema: {
      ...target,
      nullable: target.nullable || schema.nullable,
      readOnly: target.readOnly || schema.readOnly,
      writeOnly: target.writeOnly || schema.writeOnly,
      deprecated: target.deprecated || schema.deprecated,
      description: schema.description ?? target.description,
      default: schema.default ?? target.default,
    },
    pointer: named.pointer,
    name: schema.name,
  };
}
