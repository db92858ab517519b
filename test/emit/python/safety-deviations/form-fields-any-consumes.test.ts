import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { referenceDocs, target } from '../../../../src/emit/python/index.js';
import type { EmittedFile } from '../../../../src/emit/target.js';
import type { Api } from '../../../../src/model/types.js';
import { loadApi } from '../../../../src/load/index.js';

/**
 * Swagger 2.0 formData parameters under an operation that consumes no form type first
 * (ComputerVision's `consumes: [application/octet-stream, multipart/form-data]`, or JSON):
 * swagger-codegen 2.2.2 keeps them one argument each, and its client then sends none of them (it
 * picks the first media type and sends form fields only under a form type). sdkgen's package
 * sends them as one object (`Body`, `Body1`), the one way its client can send them, and its docs
 * say so. form-fields-any-consumes/expected is what 2.2.2's jar wrote for the spec (`generate -l
 * python --additional-properties packageName=openapi`). referenceDocs, which the oracle uses to
 * count such files as safety deviations, must reproduce it byte for byte; the real docs must
 * differ from it exactly at the spots listed here and nowhere else.
 */
const DIR = 'test/emit/python/safety-deviations/form-fields-any-consumes';
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

let api: Api;
beforeAll(async () => {
  api = await loadApi(`${DIR}/spec.yaml`, { skipValidation: true });
});

describe('Python docs: formData parameters under a non-form consumes (a safety deviation from 2.2.2)', () => {
  it('referenceDocs writes exactly what 2.2.2 wrote (one argument per field)', () => {
    const ours = docs(referenceDocs(api, { packageName: 'openapi' }));
    const expected = expectedFiles();
    expect([...ours.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, text] of expected) expect(ours.get(path), path).toBe(text);
  });

  it('the docs sdkgen writes take each such form as one object argument and differ in nothing else', () => {
    const ours = docs(target.emit(api, { packageName: 'openapi' }));
    const expected = expectedFiles();
    expect([...ours.keys()].sort()).toEqual([...expected.keys(), 'docs/Body.md', 'docs/Body1.md'].sort());
    const models = ' - [Body](docs/Body.md)\n - [Body1](docs/Body1.md)\n';
    expect(ours.get('README.md')).toBe(expected.get('README.md')?.replace('## Documentation For Models\n\n', `## Documentation For Models\n\n${models}`));
    const page = ours.get('docs/ImagesApi.md') ?? '';
    expect(page).toContain("body = openapi.Body() # Body | \n");
    expect(page).toContain('> post_note(body1=body1)\n');
    expect(ours.get('docs/Body1.md')).toContain('**text** | **str** |  | [optional] \n**count** | **int** |  | [optional] \n');
  });
});
