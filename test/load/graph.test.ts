import { describe, expect, it, vi } from 'vitest';
import { checkReferenceGraph } from '../../src/load/graph.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../../src/load/limits.js';
import * as pointer from '../../src/model/pointer.js';

vi.mock('../../src/model/pointer.js', { spy: true });

const limits = (over: Partial<ReadLimits> = {}): ReadLimits => ({ ...DEFAULT_LIMITS, ...over });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const doc = (schemas: Record<string, unknown>) => ({ openapi: '3.0.3', components: { schemas } });

/** `levels` schemas, each naming the next `fanOut` times under `kind`, above one small object. */
function composed(levels: number, kind: string, fanOut = 2): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < levels; i++) schemas[`S${i}`] = { [kind]: Array.from({ length: fanOut }, () => ref(`S${i + 1}`)) };
  schemas[`S${levels}`] = { type: 'object', properties: { leaf: { type: 'string' } } };
  return doc(schemas);
}

function thrown(run: () => unknown): { pointer: string; message: string } {
  try {
    run();
  } catch (error) {
    return { pointer: (error as { pointer: string }).pointer, message: (error as Error).message };
  }
  throw new Error('nothing was thrown');
}

describe('following references', () => {
  it('follows a chain of 20,000 aliases once: each link is resolved one time, not once per alias before it', () => {
    const n = 20_000;
    const schemas: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) schemas[`S${i}`] = ref(`S${i + 1}`);
    schemas[`S${n}`] = { type: 'string' };
    vi.mocked(pointer.resolvePointer).mockClear();
    const graph = checkReferenceGraph(doc(schemas), 'spec.json', limits());
    // One lookup per distinct reference; following each chain afresh would take n²/2 = 200 million.
    expect(vi.mocked(pointer.resolvePointer).mock.calls.length).toBe(n);
    expect(graph.ends.get('#/components/schemas/S1')).toEqual({ finalRef: `#/components/schemas/S${n}`, target: { type: 'string' } });
  });

  it('refuses a chain that ends in a loop of aliases, naming the first reference that enters it', () => {
    const error = thrown(() => checkReferenceGraph(doc({ A: ref('B'), B: ref('C'), C: ref('B'), D: { type: 'string' } }), 'spec.json', limits()));
    expect(error).toEqual({ pointer: '/components/schemas/A/$ref', message: '$ref "#/components/schemas/B" is a cycle of references that never reaches a definition' });
  });

  it('refuses a chain that ends nowhere, naming the link that points at nothing', () => {
    const error = thrown(() => checkReferenceGraph(doc({ A: ref('B'), B: ref('Nope') }), 'spec.json', limits()));
    expect(error).toEqual({ pointer: '/components/schemas/A/$ref', message: '$ref "#/components/schemas/Nope" points at nothing' });
  });

  it('accepts recursive schemas: their loop passes through a real schema', () => {
    const tree = { type: 'object', properties: { children: { type: 'array', items: ref('Tree') }, parent: ref('Tree') } };
    expect(() => checkReferenceGraph(doc({ Tree: tree, Forest: { type: 'array', items: ref('Tree') } }), 'spec.json', limits({ maxNodes: 30 }))).not.toThrow();
  });
});

describe('the expanded size', () => {
  it.each(['allOf', 'oneOf', 'anyOf'])('40 levels of %s that each name the next twice are refused at the first reference, naming --max-nodes', (kind) => {
    const error = thrown(() => checkReferenceGraph(composed(40, kind), 'spec.json', limits()));
    expect(error.pointer).toBe(`/components/schemas/S0/${kind}/0/$ref`);
    expect(error.message).toMatch(/^\$refs expand the document to more than 10000000 nodes \(about [0-9.]+e1[0-9]; raise the limit with --max-nodes\)$/);
  });

  it('counts what a dereferencing walk would see, and the limit is where it says', () => {
    // S2 is 4 nodes (the object, its type, properties, leaf and leaf's type make 5); each level
    // above holds an array of two references to the level below.
    const small = composed(2, 'allOf');
    const error = thrown(() => checkReferenceGraph(small, 'spec.json', limits({ maxNodes: 10 })));
    const total = Number(/about (\d+)/.exec(error.message)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(() => checkReferenceGraph(small, 'spec.json', limits({ maxNodes: total }))).not.toThrow();
    expect(() => checkReferenceGraph(small, 'spec.json', limits({ maxNodes: total - 1 }))).toThrow(/more than \d+ nodes/);
  });

  it('refuses references that nest deeper than --max-depth once followed, naming the first', () => {
    const schemas: Record<string, unknown> = {};
    for (let i = 0; i < 100; i++) schemas[`S${i}`] = { type: 'object', properties: { next: ref(`S${i + 1}`) } };
    schemas.S100 = { type: 'string' };
    const error = thrown(() => checkReferenceGraph(doc(schemas), 'spec.json', limits({ maxDepth: 200 })));
    expect(error.pointer).toBe('/components/schemas/S0/properties/next/$ref');
    expect(error.message).toMatch(/^\$refs nest the document deeper than 200 levels \(30\d; raise it with --max-depth\)$/);
    expect(() => checkReferenceGraph(doc(schemas), 'spec.json', limits({ maxDepth: 400 }))).not.toThrow();
  });
});
