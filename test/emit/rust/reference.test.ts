/**
 * The hand-built G4 model (g4.ts) must render the reference files byte for byte. This pins the
 * views and templates independently of the loader; fidelity.test.ts does the same from the spec.
 */
import { describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/rust/index.js';
import { g4 } from './g4.js';
import { G4_MODELS, sharedFile } from './reference.js';

const files = new Map(target.emit(g4, { packageName: 'g4api', packageVersion: '1.6.5' }).map((f) => [f.path, f.contents]));

describe('rust docs of the hand-built G4 model', () => {
  it('writes the README, then the docs in path order', () => {
    const docs = [...files.keys()].filter((path) => path === 'README.md' || path.startsWith('docs/'));
    expect(docs).toEqual(['README.md', ...G4_MODELS.map((m) => `docs/${m}.md`), 'docs/SessionsApi.md']);
  });

  it('reproduces seed 002 as docs/SessionsApi.md', () => {
    expect(files.get('docs/SessionsApi.md')).toBe(sharedFile('seeds/002_56e077c8089186cd.txt'));
  });

  it.each(G4_MODELS)('reproduces the reference %s.md', (model) => {
    expect(files.get(`docs/${model}.md`)).toBe(sharedFile(`reference/rust-g4/${model}.md`));
  });
});
