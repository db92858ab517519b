import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceDocs, target } from '../../../src/emit/go/index.js';
import { loadApi } from '../../../src/load/index.js';

describe('names too long for a file', () => {
  // A 200-byte tag and schema name in two-letter words, and inline objects nested 30 deep (the
  // fixture's comment): 4.2.1 stops at a file name past 255 bytes. test/emit/go/code/module.test.ts
  // builds this package and compares it with its docs; test/emit/shapes.test.ts checks its links.
  const spec = join(import.meta.dirname, '../../fixtures/shapes/long-names.yaml');
  const emitted = async (emit: typeof referenceDocs) => new Map(emit(await loadApi(spec), { packageName: 'openapi' }).map((f) => [f.path, f.contents]));

  it('are shortened until every file of theirs can be written; the package declares them and the README links their pages', async () => {
    const files = await emitted(target.emit);
    const paths = [...files.keys()];
    expect(Math.max(...paths.flatMap((p) => p.split('/')).map((segment) => Buffer.byteLength(segment)))).toBeLessThanOrEqual(255);
    const models = paths.filter((p) => /^docs\/\w+[0-9a-f]{8}\.md$/.test(p));
    // `HolderDeep` with up to 21 `Properties` fits (`model_holder_deep` and 21 `_properties`, with
    // room for a `_gen` suffix, is 255 bytes with `.go`); the 9 with 22 to 30 do not, each kept
    // apart by its own hash; and `XyXy…`, whose model_xy_xy_….go is 306 bytes.
    expect(models).toHaveLength(10);
    expect(models.filter((p) => p.startsWith('docs/XyXy'))).toHaveLength(1);
    const declared = [...files].filter(([p]) => p.endsWith('.go')).map(([, text]) => text).join('\n');
    for (const page of models) {
      const name = page.slice('docs/'.length, -'.md'.length);
      expect(files.get(page)).toContain(`# ${name}\n`);
      expect(files.get('README.md')).toContain(`[${name}](${page})`);
      expect(declared).toContain(`type ${name} struct {`);
    }
    // The class keeps its `Api` after the hash; api_ab_ab_….go would be 307 bytes.
    const classes = paths.filter((p) => /^docs\/(AbAb)+A?b?[0-9a-f]{8}Api\.md$/.test(p));
    expect(classes).toHaveLength(1);
    const className = classes[0]!.slice('docs/'.length, -'.md'.length);
    expect(files.get('README.md')).toContain(`*${className}* | [**GetHolder**](docs/${className}.md#getholder)`);
    expect(declared).toContain(`type ${className}Service service`);
  });

  it('keep the model names 4.2.1 gives them in the reference docs (what 4.2.1 would write, for the oracle)', async () => {
    const files = await emitted(referenceDocs);
    expect([...files.keys()].some((p) => p.startsWith('docs/') && Buffer.byteLength(p.slice('docs/'.length)) > 255)).toBe(true);
  });
});
