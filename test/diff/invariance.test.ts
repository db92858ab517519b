import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compareApis } from '../../src/diff/compare.js';
import { model, type Doc } from './specs.js';
import { extractAndInline, random, reorder } from './transform.js';

/** The real specs of this repository: Swagger 2.0 and OpenAPI 3.0, large and small. */
const SPECS = ['looker-3.0', 'looker-4.0', 'g4-sessions'].map((name) => [name, parse(readFileSync(new URL(`../../specs/${name}.yaml`, import.meta.url), 'utf8')) as Doc] as const);
const FIXTURES = ['pets-base', 'pets-revision'].map((name) => [name, parse(readFileSync(new URL(`../fixtures/diff/${name}.yaml`, import.meta.url), 'utf8')) as Doc] as const);

describe.each([...SPECS, ...FIXTURES])('%s: changes that are no API change give no finding', (_, doc) => {
  const base = model(doc);

  it('random reorderings of keys, paths, operations, parameters, enum values, tags and required lists', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(compareApis(base, model(reorder(doc, random(seed)) as Doc))).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it('random moves of inline schemas behind a $ref and of $refs back inline, reordered too', () => {
    fc.assert(
      fc.property(fc.integer(), fc.double({ min: 0.1, max: 0.9, noNaN: true }), (seed, rate) => {
        const next = random(seed);
        const moved = extractAndInline(doc, next, rate);
        expect(compareApis(base, model(moved))).toEqual([]);
        expect(compareApis(model(moved), base)).toEqual([]);
        expect(compareApis(base, model(reorder(moved, next) as Doc))).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});

describe('the transformations are real', () => {
  it('extraction changes the document, and a real change through it is still found', () => {
    for (const [, doc] of SPECS) {
      const moved = extractAndInline(doc, random(7), 0.5);
      expect(JSON.stringify(moved)).toContain('Extracted1');
      expect(Object.keys(reorder(doc, random(7)) as Doc)).not.toEqual(Object.keys(doc));
    }
    const [, g4] = SPECS[2]!;
    const broken = structuredClone(g4) as any;
    delete broken.components.schemas.AuthenticatedSessionResponse.properties.email;
    for (const seed of [1, 2, 3]) {
      const moved = reorder(extractAndInline(broken, random(seed), 0.9), random(seed)) as Doc;
      expect(compareApis(model(g4), model(moved)).map((f) => f.id)).toContain('response-property-removed');
    }
  });
});
