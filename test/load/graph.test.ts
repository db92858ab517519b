import { describe, expect, it, vi } from 'vitest';
import { checkReferenceGraph } from '../../src/load/graph.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../../src/load/limits.js';
import * as pointer from '../../src/model/pointer.js';
import { thrown } from '../support/thrown.js';

vi.mock('../../src/model/pointer.js', { spy: true });

const limits = (over: Partial<ReadLimits> = {}): ReadLimits => ({ ...DEFAULT_LIMITS, ...over });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const doc = (schemas: Record<string, unknown>) => ({ openapi: '3.0.3', components: { schemas } });


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
