import { beforeAll, describe, expect, it } from 'vitest';
import { referenceDocs, target } from '../../../../src/emit/python/index.js';
import type { Api } from '../../../../src/model/types.js';
import { loadApi } from '../../../../src/load/index.js';
import { docFiles, expectSameFiles, jarFiles, PYTHON_AUTH_LINE, replaced } from '../../../support/safety-deviations.js';

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

let api: Api;
beforeAll(async () => {
  api = await loadApi(`${DIR}/spec.yaml`, { skipValidation: true });
});

describe('Python docs: a definition named file (a safety deviation from 2.2.2)', () => {
  it('referenceDocs writes exactly what 2.2.2 wrote (its uses are the type file)', () => {
    expectSameFiles(docFiles(referenceDocs(api, { packageName: 'openapi' })), jarFiles(DIR, PYTHON_AUTH_LINE));
  });

  it('the docs sdkgen writes link the model File instead and differ in nothing else', () => {
    const ours = docFiles(target.emit(api, { packageName: 'openapi' }));
    const expected = jarFiles(DIR, PYTHON_AUTH_LINE);
    expect([...ours.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const path of ['README.md', 'docs/File.md']) expect(ours.get(path), path).toBe(expected.get(path));
    expect(ours.get('docs/FileList.md')).toBe(replaced(expected.get('docs/FileList.md'), [['[**list[file]**](file.md)', '[**list[File]**](File.md)'], ['[**file**](file.md)', '[**File**](File.md)']], '2.2.2'));
    expect(ours.get('docs/StorageApi.md')).toBe(replaced(expected.get('docs/StorageApi.md'), [['> file get_file(id)', '> File get_file(id)'], ['[**file**](file.md)', '[**File**](File.md)']], '2.2.2'));
  });
});
