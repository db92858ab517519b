/** Batching of the corpus type-check, and charging each tsc line to the package it names. */
import { describe, expect, it } from 'vitest';
import { batches, chargeErrors } from '../../scripts/corpus/typecheck.js';

describe('batches', () => {
  it('cuts runs at the byte limit, in order, and never mixes packages shipping different tsconfigs', () => {
    const packages = [
      { name: 'p0', bytes: 40, tsconfig: 'A' },
      { name: 'p1', bytes: 50, tsconfig: 'A' },
      { name: 'p2', bytes: 30, tsconfig: 'B' },
      { name: 'p3', bytes: 20, tsconfig: 'A' },
      { name: 'p4', bytes: 200, tsconfig: 'A' },
    ];
    expect(batches(packages, 100)).toEqual([
      { names: ['p0', 'p1'], bytes: 90 },
      { names: ['p3'], bytes: 20 },
      { names: ['p4'], bytes: 200 },
      { names: ['p2'], bytes: 30 },
    ]);
  });
});

describe('chargeErrors', () => {
  it("charges each error and its continuation lines to the package its path names, and a line naming none to all", () => {
    const output = [
      "p0001/src/models.ts(4,2): error TS2322: Type 'string' is not assignable to type 'number'.",
      '  The expected type comes from property a.',
      'p00010/src/index.ts(1,1): error TS1005: x',
      "error TS5083: Cannot read file 'base.json'.",
      '',
    ].join('\n');
    expect(Object.fromEntries(chargeErrors(output, ['p0001', 'p00010', 'p0002']))).toEqual({
      p0001: [
        "p0001/src/models.ts(4,2): error TS2322: Type 'string' is not assignable to type 'number'.",
        '  The expected type comes from property a.',
        "error TS5083: Cannot read file 'base.json'.",
      ],
      p00010: ['p00010/src/index.ts(1,1): error TS1005: x', "error TS5083: Cannot read file 'base.json'."],
      p0002: ["error TS5083: Cannot read file 'base.json'."],
    });
  });

  it('charges nothing for no output', () => {
    expect(chargeErrors('', ['p0001']).size).toBe(0);
  });
});
