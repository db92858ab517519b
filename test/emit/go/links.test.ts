import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/go/index.js';
import type { EmittedFile } from '../../../src/emit/target.js';
import { loadApi } from '../../../src/load/index.js';
import type { Api } from '../../../src/model/types.js';
import { referenceDeadEnd } from '../../../src/emit/go/reference-links.js';
import { outline } from '../../support/markdown-links.js';
import { makeApi, makeOp, makeParam, ref, schema } from './fixtures.js';

/**
 * Every relative link of the output, read by a real GFM parser, must land on an emitted file and
 * on a heading of it (GitHub matches #fragments against heading ids regardless of case), or be
 * one of the dead ends 4.2.1 writes too (reference-links.ts), which are listed in `known`.
 */
function brokenLinks(files: readonly EmittedFile[], known: string[] = []): string[] {
  const byPath = new Map(files.filter((f) => f.path.endsWith('.md')).map((f) => [f.path, outline(f.contents)]));
  const broken: string[] = [];
  for (const [path, { links }] of byPath) {
    for (const link of links) {
      if (/^[a-z]+:/i.test(link)) continue;
      const [file = '', fragment = ''] = link.split('#', 2);
      const resolved = file === '' ? path : posix.normalize(posix.join(posix.dirname(path), file));
      const targetOutline = byPath.get(resolved);
      const deadEnd = targetOutline || fragment !== '' ? undefined : referenceDeadEnd(file, (name) => byPath.has(`docs/${name}.md`));
      if (deadEnd) {
        known.push(`${path}: ${link} (${deadEnd})`);
        continue;
      }
      const anchors = new Set([...(targetOutline?.anchors ?? [])].map((a) => a.toLowerCase()));
      const fragmentOk = fragment === '' || anchors.has(decodeURIComponent(fragment).toLowerCase());
      if (!targetOutline || !fragmentOk) broken.push(`${path}: ${link}`);
    }
  }
  return broken;
}

describe('every link resolves', () => {
  it.each([
    ['looker-4.0', 'looker'],
    ['looker-3.0', 'lookerapi'],
    ['g4-sessions', 'g4api'],
  ])('specs/%s.yaml', async (spec, packageName) => {
    const files = target.emit(await loadApi(`specs/${spec}.yaml`), { packageName });
    expect(files.length).toBeGreaterThan(3);
    const known: string[] = [];
    expect(brokenLinks(files, known)).toEqual([]);
    // Only the kinds of dead end 4.2.1 writes: types without a page (free-form objects here).
    for (const entry of known) expect(entry).toMatch(/\((type without a page|raw schema name of)\b/);
  });

  it.each(['stray-refs', 'itemless-arrays'])('test/emit/go/cases/%s: only the types without a page 4.2.1 links too', async (name) => {
    const files = target.emit(await loadApi(`test/emit/go/cases/${name}/spec.yaml`), { packageName: 'openapi' });
    const known: string[] = [];
    expect(brokenLinks(files, known)).toEqual([]);
    // `object.md` for a `$ref` 4.2.1 does not follow, `array.md` for an array without items.
    expect(known.some((k) => k.endsWith(name === 'stray-refs' ? ' object.md (type without a page: object)' : ' array.md (type without a page: array)'))).toBe(true);
    for (const entry of known) expect(entry).toMatch(/\((type without a page|raw schema name of)\b/);
  });

  it('with awkward scheme, tag, model and operation names', () => {
    const awkward = ['my key', 'key.v2', 'Ключ', 'a*b*', '__init__', 'Bearer'];
    const api: Api = makeApi({
      securitySchemes: awkward.map((name) => ({ name, type: 'http', scheme: 'bearer' })),
      schemas: [
        { name: 'return', schema: schema({ kind: 'object', properties: [] }), pointer: '' },
        { name: '200-response', schema: schema({ kind: 'object', properties: [] }), pointer: '' },
      ],
      operations: [
        makeOp({
          id: 'type',
          tags: ['my tag'],
          parameters: [makeParam('filter', { schema: ref('return') })],
          responses: [{ status: '200', content: [{ mediaType: 'application/json', schema: schema({ kind: 'array', items: ref('200-response') }) }], headers: [] }],
          security: [{ schemes: awkward.map((name) => ({ name, scopes: [] })) }],
        }),
        makeOp({ id: 'session', description: '### Session\n\n## Authorization' }),
      ],
    });
    const files = target.emit(api, { packageName: 'pkg' });
    expect(files.map((f) => f.path).filter((p) => p.endsWith('.md'))).toEqual(['README.md', 'docs/MyTagApi.md', 'docs/ThingApi.md', 'docs/Model200Response.md', 'docs/ModelReturn.md']);
    const known: string[] = [];
    expect(brokenLinks(files, known)).toEqual([]);
    // 4.2.1 links a returned model by its raw schema name (the page is named by the Go name), and
    // a parameter whose schema is a model to nothing at all (test/emit/go/cases/parameter-links).
    expect(known).toEqual([
      'docs/MyTagApi.md: .md (type without a page: (none))',
      'docs/MyTagApi.md: 200-response.md (raw schema name of Model200Response)',
    ]);
  });

  it('notices a broken link (the check can fail)', () => {
    expect(brokenLinks([{ path: 'README.md', contents: '# A\n\n[x](docs/Nope.md) [y](#b)\n' }])).toEqual(['README.md: docs/Nope.md', 'README.md: #b']);
    // A raw name without a page of its Go name, or a made-up type, is not a known dead end.
    expect(brokenLinks([{ path: 'docs/A.md', contents: '[x](gizmo-part.md) [y](time.Date.md) [z](string.md)\n' }])).toEqual(['docs/A.md: gizmo-part.md', 'docs/A.md: time.Date.md']);
  });
});
