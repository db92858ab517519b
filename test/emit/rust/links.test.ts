import { describe, expect, it } from 'vitest';
import { gatherInlineModels } from '../../../src/emit/kit/inline-models-gather.js';
import { target } from '../../../src/emit/rust/index.js';
import { assertSafePaths } from '../../../src/output/paths.js';
import type { Api } from '../../../src/model/types.js';
import { awkward } from './awkward.js';
import { g4 } from './g4.js';
import { brokenLinks } from './links.js';

describe('links in the Rust docs', () => {
  it.each<[string, Api]>([
    ['G4', g4],
    ['awkward names', awkward],
  ])('all resolve for %s (reference-printed targets aside: AnyType, raw schema names)', (_, spec) => {
    const files = target.emit(spec, { packageName: 'demo' });
    expect(files.length).toBeGreaterThan(1);
    // 6.0 links properties and return types by the raw schema name, hoisted inline models' included.
    const rawNames = new Set(gatherInlineModels(spec).schemas.map((s) => s.name));
    expect(brokenLinks(files, rawNames)).toEqual([]);
  });

  it('names files the output accepts, even for awkward names', () => {
    const paths = target.emit(awkward, { packageName: 'demo' }).map((f) => f.path);
    expect(() => assertSafePaths(paths)).not.toThrow();
    expect(paths).toEqual(expect.arrayContaining(['docs/DefaultApi.md', 'docs/DefaultApi2.md', 'docs/ModelCon.md', 'docs/UserV2.md', 'docs/UserV22.md', 'docs/Userv23.md']));
  });

  it('the checker does catch a dangling link and anchor', () => {
    const files = [
      { path: 'README.md', contents: '# Top\n\n[a](docs/Missing.md) [b](#nowhere) [c](#top) [d](docs/A.md#x)\n' },
      { path: 'docs/A.md', contents: '## X\n\n[e](.md) [f](serde_json::Value.md) [g](../README.md#Top)\n' },
    ];
    expect(brokenLinks(files)).toEqual(['README.md → docs/Missing.md', 'README.md → #nowhere']);
    expect(brokenLinks([{ path: 'docs/A.md', contents: '[a](Gadget_part.md) [b](Other.md)\n' }], new Set(['Gadget_part']))).toEqual(['docs/A.md → Other.md']);
  });
});
