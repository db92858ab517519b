import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceDocs, target } from '../../../src/emit/go/index.js';
import { loadApi } from '../../../src/load/index.js';

describe('model names too long for a file', () => {
  // Inline objects nested 30 deep: 4.2.1's resolver names each after its parent and property, so
  // the innermost names run past the 255 bytes a file name may have, and 4.2.1 itself then fails
  // ("File name too long"; the fixture's comment).
  const spec = join(import.meta.dirname, '../../fixtures/go/nested-inline-objects.yaml');
  const emitted = async (emit: typeof referenceDocs) => new Map(emit(await loadApi(spec), { packageName: 'openapi' }).map((f) => [f.path, f.contents]));

  it('are shortened until every file of theirs can be written; the package declares them and the README links their pages', async () => {
    const files = await emitted(target.emit);
    const paths = [...files.keys()];
    expect(Math.max(...paths.flatMap((p) => p.split('/')).map((segment) => Buffer.byteLength(segment)))).toBeLessThanOrEqual(255);
    const shortened = paths.filter((p) => /^docs\/\w+[0-9a-f]{8}\.md$/.test(p));
    // `HolderDeep` with up to 21 `Properties` fits (`model_holder_deep` and 21 `_properties`, with
    // room for a `_gen` suffix, is 255 bytes with `.go`); the 9 with 22 to 30 do not, each kept
    // apart by its own hash.
    expect(shortened).toHaveLength(9);
    const declared = [...files].filter(([p]) => p.endsWith('.go')).map(([, text]) => text).join('\n');
    for (const page of shortened) {
      const name = page.slice('docs/'.length, -'.md'.length);
      expect(files.get(page)).toContain(`# ${name}\n`);
      expect(files.get('README.md')).toContain(`[${name}](${page})`);
      expect(declared).toContain(`type ${name} struct {`);
    }
  });

  it('keep the names 4.2.1 gives them in the reference docs (what 4.2.1 would write, for the oracle)', async () => {
    const files = await emitted(referenceDocs);
    expect([...files.keys()].some((p) => p.startsWith('docs/') && Buffer.byteLength(p.slice(5)) > 255)).toBe(true);
  });
});
