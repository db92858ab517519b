import { describe, expect, it } from 'vitest';
import { checkReferenceGraph } from '../../src/load/graph.js';
import { Expansion } from '../../src/load/expansion.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../../src/load/limits.js';
import { composed, composedUnnamed, nested, nestedUnnamed, ref, spec, swaggerComposed } from '../hostile/graph-specs.js';
import { thrown } from '../support/thrown.js';

const limits = (over: Partial<ReadLimits> = {}): ReadLimits => ({ ...DEFAULT_LIMITS, ...over });

/**
 * The whole document's measure, every limit out of the way; the same whether the walk remembers
 * every object or, as checkExpansion's first walk does, only the ends of references.
 */
function measure(document: Record<string, unknown>): { nodes: number; depth: number } {
  const graph = checkReferenceGraph(document, 'spec.json', limits({ maxNodes: Number.MAX_SAFE_INTEGER, maxDepth: Number.MAX_SAFE_INTEGER }));
  const dialect = 'swagger' in document ? 'swagger-2.0' : 'openapi-3.0';
  const whole = new Expansion(document, graph.ends, dialect).whole();
  expect(new Expansion(document, graph.ends, dialect, Number.MAX_SAFE_INTEGER).whole()).toEqual(whole);
  return whole;
}


const properties = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`p${i}`, { type: 'string' }]));

describe('a reference by name, where the model reads a schema, is one reference', () => {
  it('costs what it is written as, however large the schema it names (counted once, where it is declared)', () => {
    const withBig = (size: number) => spec({ S0: { type: 'object', properties: { a: ref('Big'), b: ref('Big'), c: { type: 'array', items: ref('Big') } } }, Big: { type: 'object', properties: properties(size) } });
    // Big grows by 2 nodes per property (the property's object and its type), once.
    expect(measure(withBig(1_000)).nodes - measure(withBig(1)).nodes).toBe(2 * 999);
  });

  it.each(['allOf', 'oneOf', 'anyOf', 'properties'] as const)('so 40 levels of %s, each naming the next twice, are a few hundred nodes', (kind) => {
    const { nodes, depth } = measure(composed(40, kind));
    expect(nodes).toBeLessThan(1_000);
    expect(depth).toBeLessThan(20);
    expect(() => checkReferenceGraph(composed(40, kind), 'spec.json', limits())).not.toThrow();
  });

  it('and 20,000 levels of named objects each holding the next are 20,000 small schemas, not 20,000 levels', () => {
    expect(measure(nested(20_000)).depth).toBeLessThan(20);
  });
});

describe('what a stage expands is counted at every place that names it', () => {
  it('references to unnamed schemas, which the model inlines: 40 levels are refused at the first reference', () => {
    const error = thrown(() => checkReferenceGraph(composedUnnamed(40), 'spec.json', limits()));
    expect(error.pointer).toBe('/x-defs/D0/allOf/0/$ref');
    expect(error.message).toMatch(/^\$refs expand the document to more than 10000000 nodes \(about [0-9.]+e1[0-9]; raise the limit with --max-nodes\)$/);
  });

  it('a reference into a named schema (not the schema itself) is unnamed, and inlined', () => {
    const into = (count: number) => spec({ S0: { type: 'object', properties: Object.fromEntries(Array.from({ length: count }, (_, i) => [`c${i}`, { $ref: '#/components/schemas/Big/properties/inner' }])) }, Big: { type: 'object', properties: { inner: { type: 'object', properties: properties(100) } } } });
    // Each further use adds the use (its object, its key, the $ref string: 2) and the inlined inner (1 + 1 + 1 + 200).
    expect(measure(into(2)).nodes - measure(into(1)).nodes).toBe(2 + 203);
  });

  it('a response, which the model reads at every operation that names it', () => {
    const operations = (count: number) => {
      const document = spec({ S0: { type: 'string' } });
      const paths: Record<string, unknown> = {};
      for (let i = 0; i < count; i++) paths[`/p${i}`] = { get: { responses: { 200: { $ref: '#/components/responses/Big' } } } };
      document.paths = paths;
      (document.components as Record<string, unknown>).responses = { Big: { description: 'd', content: { 'application/json': { schema: { type: 'object', properties: properties(100) } } } } };
      return document;
    };
    // Each operation adds its path item, operation, responses, the reference and its string (5)
    // and the response: itself, description, content, media type, schema, type, properties, 2 × 100.
    expect(measure(operations(2)).nodes - measure(operations(1)).nodes).toBe(5 + 207);
  });

  it('Swagger 2.0 allOf members even by name: swagger-parser walks them to check required properties', () => {
    const error = thrown(() => checkReferenceGraph(swaggerComposed(40), 'spec.json', limits()));
    expect(error.pointer).toBe('/definitions/S0/allOf/0/$ref');
    expect(error.message).toMatch(/more than 10000000 nodes/);
    const properties = swaggerComposed(40);
    for (const definition of Object.values(properties.definitions as Record<string, Record<string, unknown>>)) {
      if (!Array.isArray(definition.allOf)) continue;
      definition.properties = { a: definition.allOf[0], b: definition.allOf[1] };
      delete definition.allOf;
    }
    expect(measure(properties).nodes).toBeLessThan(1_000);
  });

  it('counts the limit where it says: a total of N passes --max-nodes N and not N - 1', () => {
    const small = composedUnnamed(2);
    const error = thrown(() => checkReferenceGraph(small, 'spec.json', limits({ maxNodes: 10 })));
    const total = Number(/about (\d+)/.exec(error.message)?.[1]);
    expect(total).toBe(measure(small).nodes);
    expect(() => checkReferenceGraph(small, 'spec.json', limits({ maxNodes: total }))).not.toThrow();
    expect(() => checkReferenceGraph(small, 'spec.json', limits({ maxNodes: total - 1 }))).toThrow(/more than \d+ nodes/);
  });

  it('refuses unnamed nesting deeper than --max-depth once inlined, naming the reference that starts it', () => {
    const error = thrown(() => checkReferenceGraph(nestedUnnamed(100), 'spec.json', limits({ maxDepth: 200 })));
    expect(error.pointer).toBe('/components/schemas/S0/$ref');
    expect(error.message).toMatch(/^\$refs nest the document deeper than 200 levels \(30\d; raise it with --max-depth\)$/);
    expect(() => checkReferenceGraph(nestedUnnamed(100), 'spec.json', limits({ maxDepth: 400 }))).not.toThrow();
  });
});

describe('one object under many parents (a YAML alias)', () => {
  /** `count` properties that are one and the same object of 100 properties, as YAML's `*big` gives. */
  const aliased = (count: number): Record<string, unknown> => {
    const big = { type: 'object', properties: properties(100) };
    return spec({ S0: { type: 'object', properties: Object.fromEntries(Array.from({ length: count }, (_, i) => [`c${i}`, big])) } });
  };

  it('counts the object at every parent, as every stage reads it there', () => {
    // Each further parent adds its key's object (1) and the object's 1 + 1 + 1 + 200.
    expect(measure(aliased(2)).nodes - measure(aliased(1)).nodes).toBe(203);
  });

  it('is refused past --max-nodes with the size and place a walk remembering every object finds', () => {
    const document = aliased(1_000);
    const total = measure(document).nodes;
    const error = thrown(() => checkReferenceGraph(document, 'spec.json', limits({ maxNodes: 50_000 })));
    expect(error.message).toBe(`$refs expand the document to more than 50000 nodes (about ${total}; raise the limit with --max-nodes)`);
    expect(() => checkReferenceGraph(document, 'spec.json', limits({ maxNodes: total }))).not.toThrow();
  });
});
