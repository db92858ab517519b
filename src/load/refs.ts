import { resolve as resolvePath, dirname } from 'node:path';
import { pointer, resolvePointer } from '../model/pointer.js';
import { SpecError } from './errors.js';
import type { RefPolicy } from './ref-policy.js';

export interface RefSite {
  /** JSON pointer of the object holding the `$ref`. */
  readonly at: string;
  readonly ref: string;
}

/** An object or array met in the walk, and how to name it; its pointer is built only if it holds a `$ref`. */
interface Visit {
  readonly value: object;
  readonly parent: Visit | undefined;
  readonly key: string;
}

/**
 * Every `$ref` in a document with the JSON pointer of the object that holds it, in pointer order.
 * Only objects and arrays are visited, and a pointer is built only for an object that holds a
 * `$ref`: listing the 10,460 references of GitHub's spec (13 MB) took 68 ms with a pointer built
 * for every value and 49 ms so (medians of five fresh processes each).
 */
export function collectRefs(document: unknown): RefSite[] {
  const found: RefSite[] = [];
  if (document === null || typeof document !== 'object') return found;
  const stack: Visit[] = [{ value: document, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    // An array's keys are its indexes, as its pointer tokens are; only an object holds a $ref.
    const record = visit.value as Record<string, unknown>;
    if (!Array.isArray(record) && typeof record.$ref === 'string') found.push({ at: pointerOf(visit), ref: record.$ref });
    for (const key of Object.keys(record)) {
      const child = record[key];
      if (child !== null && typeof child === 'object') stack.push({ value: child, parent: visit, key });
    }
  }
  return found.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

function pointerOf(visit: Visit): string {
  const keys: string[] = [];
  for (let v: Visit | undefined = visit; v.parent !== undefined; v = v.parent) keys.push(v.key);
  return pointer(...keys.reverse());
}

/**
 * Refuses, before anything is read, each `$ref` of the root document that the policy forbids.
 * Returns whether any reference leaves the document at all. `refs`: the document's, if listed.
 */
export function checkExternalRefs(document: unknown, specPath: string, file: string, policy: RefPolicy, refs = collectRefs(document)): boolean {
  let external = false;
  for (const { at, ref } of refs) {
    const location = ref.split('#')[0]!;
    if (location === '') continue;
    external = true;
    const target = /^[a-z][a-z0-9+.-]+:/i.test(location) ? location : resolvePath(dirname(specPath), location);
    const why = policy.refusal(target);
    if (why) throw new SpecError(file, `${at}/$ref`, `$ref "${ref}" ${why}`);
  }
  return external;
}

/** Refuses the first `#...` reference of one file that points at nothing in that file. */
export function checkLocalPointers(document: unknown, file: string): void {
  for (const { at, ref } of collectRefs(document)) {
    if (ref.startsWith('#') && resolvePointer(document, ref.slice(1)) === undefined) {
      throw new SpecError(file, `${at}/$ref`, `$ref "${ref}" points at nothing`);
    }
  }
}
