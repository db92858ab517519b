import { resolve as resolvePath, dirname } from 'node:path';
import { resolvePointer, pointerToken } from '../model/pointer.js';
import { SpecError } from './errors.js';
import type { RefPolicy } from './ref-policy.js';

export interface RefSite {
  /** JSON pointer of the object holding the `$ref`. */
  readonly at: string;
  readonly ref: string;
}

/** Every `$ref` in a document with the JSON pointer of the object that holds it. */
export function collectRefs(document: unknown): RefSite[] {
  const found: RefSite[] = [];
  const stack: { value: unknown; at: string }[] = [{ value: document, at: '' }];
  while (stack.length > 0) {
    const { value, at } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (!Array.isArray(value) && typeof (value as { $ref?: unknown }).$ref === 'string') {
      found.push({ at, ref: (value as { $ref: string }).$ref });
    }
    for (const [key, child] of Object.entries(value)) stack.push({ value: child, at: `${at}/${pointerToken(key)}` });
  }
  return found.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
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
