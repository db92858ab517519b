/**
 * Emission at the size of GitHub's spec (about 1,000 operations) is complete: one method per
 * operation, one file per tag. Its speed is measured by `npm run bench -- scale`, not here.
 */
import { describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/typescript/index.js';
import { bigApi, OPERATIONS, SCHEMAS, TAGS } from './scale-api.js';

describe('scale', () => {
  it(`emits ${OPERATIONS} operations and ${SCHEMAS} models`, () => {
    const api = bigApi();
    const files = target.emit(api, { packageName: 'big' });
    const methods = files.filter((f) => f.path.startsWith('src/apis/')).flatMap((f) => [...f.contents.matchAll(/^ {2}async (?!\w+Raw\()/gm)]);
    expect(methods).toHaveLength(OPERATIONS);
    expect(files.filter((f) => f.path.startsWith('src/apis/'))).toHaveLength(TAGS);
  }, 30_000);
});
