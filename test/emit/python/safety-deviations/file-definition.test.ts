import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { referenceDocs, target } from '../../../../src/emit/python/index.js';
import type { EmittedFile } from '../../../../src/emit/target.js';
import type { Api } from '../../../../src/model/types.js';
import { loadApi } from '../../../../src/load/index.js';

/**
 * A definition named `file` (appwrite's, increase's, netlify's): swagger-codegen 2.2.2's
 * typeMapping turns every reference to it into the type `file` (`[**list[file]**](file.md)`,
 * `> file get_file(id)`), the definition keeping its model and doc `File`. sdkgen's docs and
 * package keep the model `File`: 2.2.2's own client would save such a response to a temporary
 * file instead of reading the model. file-definition/expected is what 2.2.2's jar wrote for the
 * spec (`generate -l python --additional-properties packageName=openapi`). referenceDocs, which
 * the oracle uses to count such files as safety deviations, must reproduce it byte for byte; the
 * real docs must differ from it exactly at the spots listed here and nowhere else.
 */
const DIR = 'test/emit/python/safety-deviations/file-definition';
const README_TAIL = '## Documentation for API Endpoints';
/** The one line where the committed reference wins over the jar (quirks.test.ts REFERENCE_OVER_JAR). */
const AUTH_LINE: readonly [string, string] = [' All endpoints do not require authorization.\n\n', ' All endpoints do not require authorization.\n \n'];

function expectedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const doc of readdirSync(`${DIR}/expected/docs`)) files.set(`docs/${doc}`, readFileSync(`${DIR}/expected/docs/${doc}`, 'utf8'));
  const readme = readFileSync(`${DIR}/expected/README.md`, 'utf8');
  files.set('README.md', readme.slice(readme.indexOf(README_TAIL)).replace(...AUTH_LINE));
  return files;
}

function docs(files: EmittedFile[]): Map<string, string> {
  const wanted = files.filter((f) => f.path === 'README.md' || /^docs\/[^/]+\.md$/.test(f.path));
  return new Map(wanted.map((f) => [f.path, f.path === 'README.md' ? f.contents.slice(f.contents.indexOf(README_TAIL)) : f.contents]));
}

function replaced(text: string | undefined, pairs: readonly (readonly [string, string])[]): string {
  let out = text ?? '';
  for (const [from, to] of pairs) {
    expect(out, `"${from}" should be in the 2.2.2 file`).toContain(from);
    out = out.split(from).join(to);
  }
  return out;
}

let api: Api;
beforeAll(async () => {
  api = await loadApi(`${DIR}/spec.yaml`, { skipValidation: true });
});

describe('Python docs: a definition named file (a safety deviation from 2.2.2)', () => {
  it('referenceDocs writes exactly what 2.2.2 wrote (its uses are the type file)', () => {
    const ours = docs(referenceDocs(api, { packageName: 'openapi' }));
    const expected = expectedFiles();
    expect([...ours.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, text] of expected) expect(ours.get(path), path).toBe(text);
  });

  it('the docs sdkgen writes link the model File instead and differ in nothing else', () => {
    const ours = docs(target.emit(api, { packageName: 'openapi' }));
    const expected = expectedFiles();
    expect([...ours.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const path of ['README.md', 'docs/File.md']) expect(ours.get(path), path).toBe(expected.get(path));
    expect(ours.get('docs/FileList.md')).toBe(replaced(expected.get('docs/FileList.md'), [['[**list[file]**](file.md)', '[**list[File]**](File.md)'], ['[**file**](file.md)', '[**File**](File.md)']]));
    expect(ours.get('docs/StorageApi.md')).toBe(replaced(expected.get('docs/StorageApi.md'), [['> file get_file(id)', '> File get_file(id)'], ['[**file**](file.md)', '[**File**](File.md)']]));
  });
});
