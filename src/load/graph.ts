import { SpecError } from './errors.js';
import type { ReadLimits } from './limits.js';
import { pointerToken, resolvePointer } from '../model/pointer.js';
import { collectRefs, type RefSite } from './refs.js';

/**
 * The shape a bundled document takes once its `$ref`s are followed, measured in one pass that
 * remembers every object it has measured. Validation (swagger-parser dereferences before it
 * validates) and the model builder (which inlines references to unnamed schemas) expand that
 * shape; a few kilobytes of references that name the next level twice expand to 2^40 nodes, and a
 * long chain of references nests deeper than any stack. Both are refused here, in time linear in
 * the document, before any stage expands them.
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
  checkExpansion(document, resolved, file, limits);
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

/** Expanded size and depth of one object, references followed. */
interface Measure {
  readonly nodes: number;
  readonly depth: number;
}

interface Frame {
  readonly node: object;
  readonly children: unknown[];
  next: number;
  nodes: number;
  depth: number;
}

/**
 * Measures the document as a dereferencing walk would see it: every `$ref` replaced by what it
 * names, a reference back into the walk's own path (a recursive schema) counted as one node.
 * Each object is measured once and remembered, so the pass is linear however often it is named.
 */
function checkExpansion(document: unknown, ends: ReadonlyMap<string, Outcome>, file: string, limits: ReadLimits): void {
  const measured = new Map<object, Measure>();
  const onPath = new Set<object>();
  const children = (node: object): unknown[] => {
    const values = Object.values(node);
    const ref = Array.isArray(node) ? undefined : (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string') values.push(ends.get(ref)?.target);
    return values;
  };
  if (document === null || typeof document !== 'object') return;
  const stack: Frame[] = [{ node: document, children: children(document), next: 0, nodes: 1, depth: 0 }];
  onPath.add(document);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++];
      if (child === null || typeof child !== 'object') {
        frame.nodes += 1;
        frame.depth = Math.max(frame.depth, 1);
        continue;
      }
      const known = measured.get(child);
      if (known !== undefined || onPath.has(child)) {
        frame.nodes += known?.nodes ?? 1;
        frame.depth = Math.max(frame.depth, (known?.depth ?? 0) + 1);
        continue;
      }
      onPath.add(child);
      stack.push({ node: child, children: children(child), next: 0, nodes: 1, depth: 0 });
      continue;
    }
    stack.pop();
    onPath.delete(frame.node);
    measured.set(frame.node, { nodes: frame.nodes, depth: frame.depth });
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.nodes += frame.nodes;
      parent.depth = Math.max(parent.depth, frame.depth + 1);
    }
  }
  const whole = measured.get(document)!;
  if (whole.nodes > limits.maxNodes) {
    const at = heaviest(document, ends, measured, (m) => m.nodes);
    throw new SpecError(file, at, `$refs expand the document to more than ${limits.maxNodes} nodes (about ${approximately(whole.nodes)}; raise the limit with --max-nodes)`);
  }
  if (whole.depth > limits.maxDepth) {
    const at = heaviest(document, ends, measured, (m) => m.depth);
    throw new SpecError(file, at, `$refs nest the document deeper than ${limits.maxDepth} levels (${whole.depth}; raise it with --max-depth)`);
  }
}

/**
 * The `$ref` to blame: from the root, always into the child that weighs most, until a reference
 * is reached. Names the first reference on the way into the bulk of the expansion.
 */
function heaviest(document: unknown, ends: ReadonlyMap<string, Outcome>, measured: ReadonlyMap<object, Measure>, weight: (m: Measure) => number): string {
  let at = '';
  let node = document;
  for (let steps = 0; node !== null && typeof node === 'object' && steps < 100_000; steps++) {
    const ref = Array.isArray(node) ? undefined : (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ends.has(ref)) return `${at}/$ref`;
    let best: [string, object] | undefined;
    for (const [key, child] of Object.entries(node)) {
      if (child === null || typeof child !== 'object') continue;
      const w = weight(measured.get(child) ?? { nodes: 0, depth: 0 });
      if (best === undefined || w > weight(measured.get(best[1]) ?? { nodes: 0, depth: 0 })) best = [key, child];
    }
    if (best === undefined) break;
    at = `${at}/${pointerToken(best[0])}`;
    node = best[1];
  }
  return at;
}

function approximately(count: number): string {
  return count < 1e9 ? String(count) : count.toExponential(1).replace('e+', 'e');
}
