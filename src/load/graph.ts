import { SpecError } from './errors.js';
import { dialectOf } from './dialect.js';
import { checkExpansion } from './expansion.js';
import type { ReadLimits } from './limits.js';
import { resolvePointer } from '../model/pointer.js';
import { collectRefs, type RefSite } from './refs.js';

/**
 * The reference graph of a bundled document: every `$ref` resolves, alias chains end, and what the
 * references make later stages expand stays within --max-nodes and --max-depth (expansion.ts).
 * All of it in time linear in the document, before any stage follows a reference.
 */

/** Where a `$ref` chain ends: the first object that is not itself only a reference. */
interface Outcome {
  /** The last reference of the chain, which names `target` directly. */
  readonly finalRef: string;
  readonly target: unknown;
}

/** Why a chain has no end: the reference that names nothing, or a loop of aliases. */
type Failure = { readonly missing: string } | { readonly cycle: true };

export interface RefGraph {
  /** Each `#...` reference to the end of its alias chain (every reference resolves). */
  readonly ends: ReadonlyMap<string, Outcome>;
}

/**
 * After bundling every reference must be internal and point at something; a chain of references
 * that only alias each other (A → B → A) has no meaning and is refused. Recursive schemas are fine:
 * their cycle passes through a real schema object. Each chain is followed once for all the
 * references that share it, so 20,000 aliases in a row cost 20,000 steps, not 200 million.
 * `refs`: the document's references, when they were listed already.
 */
export function checkReferenceGraph(document: unknown, file: string, limits: ReadLimits, refs: readonly RefSite[] = collectRefs(document)): RefGraph {
  const ends = new Map<string, Outcome | Failure>();
  for (const { at, ref } of refs) {
    if (!ref.startsWith('#')) throw new SpecError(file, `${at}/$ref`, `$ref "${ref}" was left unresolved`);
    const end = follow(document, ref, ends, file);
    if ('missing' in end) throw new SpecError(file, `${at}/$ref`, `$ref "${end.missing}" points at nothing`);
    if ('cycle' in end) throw new SpecError(file, `${at}/$ref`, `$ref "${ref}" is a cycle of references that never reaches a definition`);
  }
  const resolved = ends as Map<string, Outcome>;
  checkExpansion(document, resolved, dialectOf(document, file), file, limits);
  return { ends: resolved };
}

/** Follows one reference to the end of its alias chain, recording the end for every hop. */
function follow(document: unknown, ref: string, ends: Map<string, Outcome | Failure>, file: string): Outcome | Failure {
  const chain: string[] = [];
  const passed = new Set<unknown>();
  let current = ref;
  let end: Outcome | Failure;
  for (;;) {
    const known = ends.get(current);
    if (known !== undefined) {
      end = known;
      break;
    }
    chain.push(current);
    const target = resolvePointer(document, current.slice(1));
    if (target === undefined) {
      end = { missing: current };
      break;
    }
    const next = aliasOf(target);
    if (next === undefined) {
      end = { finalRef: current, target };
      break;
    }
    if (passed.has(target)) {
      end = { cycle: true };
      break;
    }
    passed.add(target);
    if (!next.startsWith('#')) throw new SpecError(file, `${current.slice(1)}/$ref`, `$ref "${next}" was left unresolved`);
    current = next;
  }
  for (const hop of chain) ends.set(hop, end);
  return end;
}

/** The `$ref` of an object that is nothing but a reference. */
function aliasOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const ref = (value as { $ref?: unknown }).$ref;
  return typeof ref === 'string' ? ref : undefined;
}
