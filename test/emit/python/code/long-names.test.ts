/**
 * A package whose tag, model and inline model names are too long for a file once spelled as
 * Python modules (test/fixtures/shapes/long-names.yaml): a generator that writes such a name as
 * it is stops (openapi-generator 4.2.1 and 6.0.0 do: "File name too long"); sdkgen
 * shortens the names (src/emit/kit/fitting-names.ts). The package must import under those names
 * and pass its own tests and the type check.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { target } from '../../../../src/emit/python/index.js';
import { loadApi } from '../../../../src/load/index.js';
import { MYPY_CACHE, runPython, shown } from '../venv.js';

const out = mkdtempSync(join(tmpdir(), 'sdkgen-py-long-names-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const files = target.emit(await loadApi(join(import.meta.dirname, '../../../fixtures/shapes/long-names.yaml')), { packageName: 'long_names' });
for (const file of files) {
  mkdirSync(dirname(join(out, file.path)), { recursive: true });
  writeFileSync(join(out, file.path), file.contents);
}
const readme = files.find((f) => f.path === 'README.md')!.contents;

test('every file name fits, and the shortened class and models are what the README lists', () => {
  expect(Math.max(...files.flatMap((f) => f.path.split('/')).map((segment) => Buffer.byteLength(segment)))).toBeLessThanOrEqual(255);
  expect(readme).toMatch(/^\*(AbAb)+A?b?[0-9a-f]{8}Api\* \| \[\*\*get_holder\*\*\]/m);
  // XyXy… (test_xy_xy_….py is 308 bytes) and the deepest inline objects.
  expect([...readme.matchAll(/^ - \[(\w+[0-9a-f]{8})\]\(docs\/\1\.md\)$/gm)].length).toBeGreaterThan(1);
});

test('imports under those names, and its own tests and mypy pass', async () => {
  const classes = [...readme.matchAll(/^\*(\w+Api)\* \|/gm)].map((m) => m[1]);
  const models = [...readme.matchAll(/^ - \[(\w+)\]\(docs\/\1\.md\)$/gm)].map((m) => m[1]);
  const names = [...new Set(classes), ...models];
  const imported = await runPython(['-c', `import long_names\nprint([n for n in ${JSON.stringify(names)} if not hasattr(long_names, n)])`], out);
  expect(imported.code, shown(imported)).toBe(0);
  expect(names.length).toBeGreaterThan(12);
  expect(imported.stdout.trim()).toBe('[]');
  const tests = await runPython(['-m', 'pytest', '-q', '-p', 'no:cacheprovider'], out);
  expect(tests.code, shown(tests)).toBe(0);
  // One test per operation and per model, as package-tools.test.ts counts them.
  const operations = [...readme.matchAll(/^\*\w+\* \| \[\*\*\w+\*\*\]/gm)].length;
  expect(tests.stdout).toMatch(new RegExp(`^${operations + models.length} passed`, 'm'));
  const types = await runPython(['-m', 'mypy', '--cache-dir', MYPY_CACHE], out);
  expect(types.code, shown(types)).toBe(0);
});
