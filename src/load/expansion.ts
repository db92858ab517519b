import type { Api } from '../model/types.js';
import { pointerToken } from '../model/pointer.js';
import { SpecError } from './errors.js';
import type { ReadLimits } from './limits.js';

/**
 * How much work the document's `$ref`s make for the stages after loading, measured in one pass
 * that remembers every object it has measured, so a few kilobytes of references that name the
 * next level twice (2^40 nodes once followed) or nest deeper than any stack are refused before any
 * stage follows them.
 *
 * Only what a later stage really expands is counted. Validation runs over the document with its
 * `$ref`s in place, and the model builder turns a reference to a named schema
 * (`#/components/schemas/X`, `#/definitions/X`) where it reads a schema into a reference by name:
 * such a reference costs one node, however large X is (X itself is counted once, where it is
 * declared). Everything else the model follows is counted as expanded at every place that names
 * it: references to unnamed schemas (`#/x-defs/A`, `#/components/schemas/X/properties/y`), which
 * it inlines, and parameters, responses, request bodies and headers, which it reads once per use.
 * References in places no stage reads as a schema (examples, extensions, callbacks) are counted
 * as expanded too: over-counting is safe. Swagger 2.0 also gets swagger-parser's rules, whose
 * check of `required` properties walks `allOf` members through every reference, so there a named
 * schema that is an `allOf` member is counted expanded.
 */

/** Expanded size and depth of one object, in one reading. */
interface Measure {
  readonly nodes: number;
  readonly depth: number;
}

/**
 * How a stage reads an object, which decides what its `$ref`s cost: `schema` (a named reference
 * is one node), `member` (a Swagger 2.0 allOf member: every reference expanded), `schemas` (a map
 * or list whose values are schemas), `members` (a Swagger 2.0 allOf list), `components`, `root`,
 * and `other` (every reference expanded).
 */
type Reading = 'root' | 'components' | 'schemas' | 'members' | 'schema' | 'member' | 'other';

/** What the measure needs of the reference graph: where each reference's alias chain ends. */
export type Ends = ReadonlyMap<string, { readonly target: unknown }>;

const SCHEMA_KEYS = new Set(['items', 'additionalProperties']);
const MEMBER_LISTS = new Set(['allOf', 'oneOf', 'anyOf']);

/** How the value under `key` of an object read as `reading` is read (the keys convertSchema follows). */
function childReading(reading: Reading, key: string, dialect: Api['dialect']): Reading {
  switch (reading) {
    case 'root':
      if (dialect === 'swagger-2.0') return key === 'definitions' ? 'schemas' : 'other';
      return key === 'components' ? 'components' : 'other';
    case 'components':
      return key === 'schemas' ? 'schemas' : 'other';
    case 'schemas':
      return 'schema';
    case 'members':
      return 'member';
    case 'schema':
    case 'member':
      if (key === 'properties') return 'schemas';
      if (SCHEMA_KEYS.has(key)) return 'schema';
      if (MEMBER_LISTS.has(key)) return key === 'allOf' && dialect === 'swagger-2.0' ? 'members' : 'schemas';
      return 'other';
    case 'other':
      // A parameter's, header's or media type's schema; a Swagger 2.0 body parameter's or response's.
      return key === 'schema' ? 'schema' : 'other';
  }
}

interface Site {
  /** What the object's `$ref` names (the end of its alias chain); absent when the reference is by name. */
  readonly target?: unknown;
  readonly targetReading: Reading;
}

/** An object on the walk's path: its keys read so far, then the target its `$ref` expands into, if any. */
interface Frame {
  readonly node: object;
  readonly reading: Reading;
  readonly keys: readonly string[];
  readonly extra: Site | undefined;
  next: number;
  nodes: number;
  depth: number;
}

export class Expansion {
  private readonly measured = new Map<Reading, Map<object, Measure>>();
  /** What the model builder reads as a reference by name (src/model/schema.ts namedTarget). */
  private readonly namedPrefix: string;
  /**
   * The objects a walk can reach more than once: the ends of references. Any other object has
   * one parent and is reached once per reading of its nearest such end, so only these need
   * remembering (and only they can close a loop); `heaviest` needs every object's measure.
   */
  private readonly remembered: (node: object) => boolean;

  /**
   * Objects the walk may enter before it gives up (whole() is then Infinity nodes). Only a walk
   * that does not remember every object needs it: a YAML alias makes one object a child of many
   * parents, which such a walk enters once per parent, and each entry counts at least one node.
   */
  private readonly budget: number;

  /** `limit`: the --max-nodes the document is held to, absent to remember every object. */
  constructor(
    private readonly document: unknown,
    private readonly ends: Ends,
    private readonly dialect: Api['dialect'],
    limit?: number,
  ) {
    this.namedPrefix = dialect === 'swagger-2.0' ? '#/definitions/' : '#/components/schemas/';
    const targets = new Set<unknown>([...ends.values()].map((end) => end.target));
    this.remembered = limit === undefined ? () => true : (node) => targets.has(node);
    this.budget = limit ?? Number.POSITIVE_INFINITY;
  }

  /** The whole document's measure (computed once). */
  whole(): Measure {
    if (this.document === null || typeof this.document !== 'object') return { nodes: 1, depth: 0 };
    return this.measure(this.document, 'root');
  }

  /** What the `$ref` of `node`, read as `reading`, expands into; a reference by name expands into nothing. */
  private site(node: object, reading: Reading): Site | undefined {
    if (Array.isArray(node)) return undefined;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref !== 'string') return undefined;
    const name = ref.startsWith(this.namedPrefix) ? ref.slice(this.namedPrefix.length) : '';
    const named = name !== '' && !name.includes('/');
    if (named && reading === 'schema') return { targetReading: 'schema' };
    return { target: this.ends.get(ref)?.target, targetReading: named ? 'schema' : reading };
  }

  private frame(node: object, reading: Reading): Frame {
    const site = this.site(node, reading);
    return { node, reading, keys: Object.keys(node), extra: site !== undefined && 'target' in site ? site : undefined, next: 0, nodes: 1, depth: 0 };
  }

  private memo(reading: Reading): Map<object, Measure> {
    let map = this.measured.get(reading);
    if (map === undefined) this.measured.set(reading, (map = new Map()));
    return map;
  }

  /**
   * Iterative, each remembered (object, reading) once; a reference back into the walk's own path
   * (a recursive schema) counts as one node, as every stage stops there.
   */
  private measure(root: object, rootReading: Reading): Measure {
    const known = this.memo(rootReading).get(root);
    if (known !== undefined) return known;
    const onPathOf = new Map<Reading, Set<object>>();
    const onPath = (reading: Reading): Set<object> => {
      let set = onPathOf.get(reading);
      if (set === undefined) onPathOf.set(reading, (set = new Set()));
      return set;
    };
    const stack: Frame[] = [this.frame(root, rootReading)];
    onPath(rootReading).add(root);
    let entered = 1;
    let result: Measure = { nodes: 1, depth: 0 };
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const index = frame.next++;
      let child: unknown;
      let reading: Reading;
      if (index < frame.keys.length) {
        const key = frame.keys[index]!;
        child = (frame.node as Record<string, unknown>)[key];
        reading = childReading(frame.reading, key, this.dialect);
      } else if (index === frame.keys.length && frame.extra !== undefined) {
        child = frame.extra.target;
        reading = frame.extra.targetReading;
      } else {
        stack.pop();
        result = { nodes: frame.nodes, depth: frame.depth };
        if (this.remembered(frame.node)) {
          onPathOf.get(frame.reading)?.delete(frame.node);
          this.memo(frame.reading).set(frame.node, result);
        }
        const parent = stack[stack.length - 1];
        if (parent) {
          parent.nodes += frame.nodes;
          parent.depth = Math.max(parent.depth, frame.depth + 1);
        }
        continue;
      }
      if (child === null || typeof child !== 'object') {
        frame.nodes += 1;
        if (frame.depth < 1) frame.depth = 1;
        continue;
      }
      if (this.remembered(child)) {
        const done = this.memo(reading).get(child);
        if (done !== undefined || onPath(reading).has(child)) {
          frame.nodes += done?.nodes ?? 1;
          frame.depth = Math.max(frame.depth, (done?.depth ?? 0) + 1);
          continue;
        }
        onPath(reading).add(child);
      }
      if (++entered > this.budget) return { nodes: Number.POSITIVE_INFINITY, depth: 0 };
      stack.push(this.frame(child, reading));
    }
    return result;
  }

  /**
   * The `$ref` to blame: from the root, always into the child that weighs most, until a reference
   * that expands is reached. Names the first reference on the way into the bulk of the expansion.
   */
  heaviest(weight: (m: Measure) => number): string {
    let at = '';
    let node = this.document;
    let reading: Reading = 'root';
    for (let steps = 0; node !== null && typeof node === 'object' && steps < 100_000; steps++) {
      const site = this.site(node, reading);
      if (site !== undefined && 'target' in site) return `${at}/$ref`;
      let best: { key: string; child: object; reading: Reading; weight: number } | undefined;
      for (const [key, child] of Object.entries(node)) {
        if (child === null || typeof child !== 'object') continue;
        const childRead = childReading(reading, key, this.dialect);
        const w = weight(this.memo(childRead).get(child) ?? { nodes: 0, depth: 0 });
        if (best === undefined || w > best.weight) best = { key, child, reading: childRead, weight: w };
      }
      if (best === undefined) break;
      at = `${at}/${pointerToken(best.key)}`;
      node = best.child;
      reading = best.reading;
    }
    return at;
  }
}

/** Refuses a document whose references expand past --max-nodes or nest past --max-depth. */
export function checkExpansion(document: unknown, ends: Ends, dialect: Api['dialect'], file: string, limits: ReadLimits): void {
  // Remembering only the ends of references, which is all a document without YAML aliases needs.
  const quick = new Expansion(document, ends, dialect, limits.maxNodes).whole();
  if (quick.nodes <= limits.maxNodes && quick.depth <= limits.maxDepth) return;
  // Measured again remembering every object: the size to report and the way to the heaviest reference need it.
  const expansion = new Expansion(document, ends, dialect);
  const whole = expansion.whole();
  if (whole.nodes > limits.maxNodes) {
    const at = expansion.heaviest((m) => m.nodes);
    throw new SpecError(file, at, `$refs expand the document to more than ${limits.maxNodes} nodes (about ${approximately(whole.nodes)}; raise the limit with --max-nodes)`);
  }
  if (whole.depth > limits.maxDepth) {
    const at = expansion.heaviest((m) => m.depth);
    throw new SpecError(file, at, `$refs nest the document deeper than ${limits.maxDepth} levels (${whole.depth}; raise it with --max-depth)`);
  }
}

function approximately(count: number): string {
  return count < 1e9 ? String(count) : count.toExponential(1).replace('e+', 'e');
}
