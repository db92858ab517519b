import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/go/index.js';
import { loadApi, type SpecWarning } from '../../../src/load/index.js';
import { docsOnly } from '../../support/quirk-cases.js';

/**
 * Paths with `#` and `?` through the loader (a warning each, not a refusal) into the Go docs,
 * which must print them exactly as openapi-generator 4.2.1 does: `#` raw, `=` as `&#x3D;`,
 * operations sorted by name, names derived from the whole path key so none collide. The expected
 * files are the jar's own output (see the spec's header); the README from its endpoint list on.
 */
const CASE = 'test/fixtures/go-odd-paths';
const README_TAIL = '## Documentation for API Endpoints';

describe('Go docs of paths with "#" and "?"', () => {
  it('are what openapi-generator 4.2.1 writes', async () => {
    const warnings: SpecWarning[] = [];
    const api = await loadApi(`${CASE}/spec.yaml`, { onWarning: (w) => warnings.push(w) });
    expect(warnings.map((w) => w.kind)).toEqual(['path-fragment', 'path-fragment', 'path-query', 'path-query']);
    // The docs only: the Go code beside them is compiled and run by test/emit/go/code/.
    const ours = new Map(docsOnly(target.emit(api, { packageName: 'openapi' })).map((f) => [f.path, f.contents]));
    const expected = new Map(readdirSync(`${CASE}/expected/docs`).map((doc) => [`docs/${doc}`, readFileSync(`${CASE}/expected/docs/${doc}`, 'utf8')]));
    expected.set('README.md', readFileSync(`${CASE}/expected/README.md`, 'utf8'));
    expect([...ours.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, text] of expected) {
      const tail = (s: string | undefined) => (path === 'README.md' ? s?.slice(s.indexOf(README_TAIL)) : s);
      expect(tail(ours.get(path)), path).toBe(tail(text));
    }
  });
});
