import { beforeAll, describe, expect, it } from 'vitest';
import { referenceDocs, target } from '../../../../src/emit/python/index.js';
import type { Api } from '../../../../src/model/types.js';
import { loadApi } from '../../../../src/load/index.js';
import { docFiles, expectSameFiles, jarFiles, PYTHON_AUTH_LINE } from '../../../support/safety-deviations.js';

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

let api: Api;
beforeAll(async () => {
  api = await loadApi(`${DIR}/spec.yaml`, { skipValidation: true });
});

describe('Python docs: formData parameters under a non-form consumes (a safety deviation from 2.2.2)', () => {
  it('referenceDocs writes exactly what 2.2.2 wrote (one argument per field)', () => {
    expectSameFiles(docFiles(referenceDocs(api, { packageName: 'openapi' })), jarFiles(DIR, PYTHON_AUTH_LINE));
  });

  it('the docs sdkgen writes take each such form as one object argument and differ in nothing else', () => {
    const ours = docFiles(target.emit(api, { packageName: 'openapi' }));
    const expected = jarFiles(DIR, PYTHON_AUTH_LINE);
    expect([...ours.keys()].sort()).toEqual([...expected.keys(), 'docs/Body.md', 'docs/Body1.md'].sort());
    const models = ' - [Body](docs/Body.md)\n - [Body1](docs/Body1.md)\n';
    expect(ours.get('README.md')).toBe(expected.get('README.md')?.replace('## Documentation For Models\n\n', `## Documentation For Models\n\n${models}`));
    const page = ours.get('docs/ImagesApi.md') ?? '';
    expect(page).toContain("body = openapi.Body() # Body | \n");
    expect(page).toContain('> post_note(body1=body1)\n');
    expect(ours.get('docs/Body1.md')).toContain('**text** | **str** |  | [optional] \n**count** | **int** |  | [optional] \n');
  });
});
