import { beforeAll, describe, expect, it } from 'vitest';
import { referenceDocs, target } from '../../../../src/emit/go/index.js';
import type { Api } from '../../../../src/model/types.js';
import { loadApi } from '../../../../src/load/index.js';
import { docFiles as docs, expectSameFiles, jarFiles, replaced as replacedIn } from '../../../support/safety-deviations.js';

/**
 * A path-level parameter written as a `$ref` replaces an operation's own parameter of its name
 * (test/emit/go/cases/referenced-parameters), in 4.2.1 even one of another place: the query `id`
 * takes the place of the path `id`, so 4.2.1's client leaves `{id}` in the URL. sdkgen keeps both
 * (README "Exactness", kit/referenced-parameters.ts), the second Go name counted up (`id2`).
 * parameter-places/expected is what 4.2.1's jar wrote for the spec (`generate -g go
 * --additional-properties=packageName=openapi`). referenceDocs, which the oracle uses to count
 * such files as safety deviations, must reproduce it byte for byte; the real docs must differ
 * from it exactly at the spots listed here and nowhere else.
 */
const DIR = 'test/emit/go/safety-deviations/parameter-places';

let api: Api;
beforeAll(async () => {
  api = await loadApi(`${DIR}/spec.yaml`, { skipValidation: true });
});

describe('Go docs: a referenced parameter of another place (a safety deviation from 4.2.1)', () => {
  it('referenceDocs writes exactly what 4.2.1 wrote (the path id replaced)', () => {
    expectSameFiles(docs(referenceDocs(api, { packageName: 'openapi' })), jarFiles(DIR));
  });

  it('the docs sdkgen writes keep the path parameter and differ in nothing else', () => {
    const ours = docs(target.emit(api, { packageName: 'openapi' }));
    const expected = jarFiles(DIR);
    expect([...ours.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(ours.get('README.md')).toBe(expected.get('README.md'));
    expect(ours.get('docs/TApi.md')).toBe(
      replacedIn(
        expected.get('docs/TApi.md'),
        [
          ['> GetB(ctx, id, x)', '> GetB(ctx, id, id2, x)'],
          ['**id** | **int64**| The query id. | \n', '**id** | **int64**| The query id. | \n**id2** | **string**| Own path id. | \n'],
        ],
        '4.2.1',
      ),
    );
  });
});
