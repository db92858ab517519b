import { describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/rust/index.js';
import { emittedFiles, expectedFiles, quirkCases } from '../../support/quirk-cases.js';

/**
 * test/emit/rust/quirks: one invented spec per behaviour of openapi-generator 6.0.0's Rust docs
 * that `npm run oracle:rust` found, with what 6.0.0 wrote for it (`generate -g rust
 * --skip-validate-spec --additional-properties=packageName=openapi`), byte for byte.
 */
const QUIRKS = new URL('./quirks', import.meta.url).pathname;
const cases = quirkCases(QUIRKS);

describe('Rust docs reproduce openapi-generator 6.0.0 on every quirk case', () => {
  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', async (name) => {
    const ours = await emittedFiles(`${QUIRKS}/${name}`, target);
    const expected = expectedFiles(`${QUIRKS}/${name}`);
    expect([...ours.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, text] of expected) expect(ours.get(path), path).toBe(text);
  });
});
