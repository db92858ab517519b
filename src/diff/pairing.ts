import type { Operation, Parameter } from '../model/types.js';

/**
 * Pairing: which operation, parameter or member of the base is which of the revision. Keys are
 * built so that what does not change the API (order, the names of path variables, the case of
 * header names) does not change the pairing.
 */

/** `/pets/{id}` and `/pets/{petId}` are one path: the variable's name is not on the wire. */
export function normalisedPath(path: string): string {
  return path.replace(/\{[^{}]*\}/g, '{}');
}

export function operationKey(op: Operation): string {
  return `${op.method} ${normalisedPath(op.path)}`;
}

/** Header names are case-insensitive on the wire; the others are not. */
export function parameterKey(p: Pick<Parameter, 'in' | 'name'>): string {
  return `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
}

export interface Paired<T> {
  readonly both: [T, T][];
  readonly removed: T[];
  readonly added: T[];
}

/** Pairs two lists by key; both keep the order of their own list (base order for pairs). */
export function pairBy<T>(base: readonly T[], revision: readonly T[], key: (item: T) => string): Paired<T> {
  const rev = new Map(revision.map((item) => [key(item), item]));
  const baseKeys = new Set(base.map(key));
  const both: [T, T][] = [];
  const removed: T[] = [];
  for (const item of base) {
    const match = rev.get(key(item));
    if (match === undefined) removed.push(item);
    else both.push([item, match]);
  }
  return { both, removed, added: revision.filter((item) => !baseKeys.has(key(item))) };
}

/** The names of the path variables in order: `/a/{x}/b/{y}` → [x, y]. */
export function pathVariables(path: string): string[] {
  return [...path.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
}
