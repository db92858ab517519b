/**
 * Emission must stay quick at the size of GitHub's spec (about 1,000 operations). The bound is
 * loose because test machines are shared; the point is catching accidental quadratic work.
 */
import { describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/typescript/index.js';
import type { Operation } from '../../../src/model/types.js';
import { apiWith, arr, int, obj, prop, ref, str } from './schemas.js';

const OPERATIONS = 1000;
const SCHEMAS = 600;
const TAGS = 25;

function bigApi() {
  const schemas = Object.fromEntries(
    Array.from({ length: SCHEMAS }, (_, i) => [
      `model_${i}`,
      obj([prop('id', int(), true), prop('name', str({ description: `Name of model ${i}` })), prop('next', ref(`model_${(i + 1) % SCHEMAS}`)), prop('tags', arr(str()))]),
    ]),
  );
  const operations: Operation[] = Array.from({ length: OPERATIONS }, (_, i) => ({
    id: `op_${i}_get`,
    method: i % 2 === 0 ? 'get' : 'post',
    path: `/things/${i}/{id}`,
    tags: [`tag${i % TAGS}`],
    summary: `Operation ${i}`,
    deprecated: false,
    parameters: [
      { name: 'id', in: 'path', required: true, deprecated: false, schema: str(), style: 'simple', explode: false, allowReserved: false },
      { name: 'per_page', in: 'query', required: false, deprecated: false, schema: int(), style: 'form', explode: true, allowReserved: false },
    ],
    requestBody:
      i % 2 === 0 ? undefined : { required: true, content: [{ mediaType: 'application/json', schema: ref(`model_${i % SCHEMAS}`) }] },
    responses: [{ status: '200', content: [{ mediaType: 'application/json', schema: arr(ref(`model_${(i * 7) % SCHEMAS}`)) }], headers: [] }],
    consumes: i % 2 === 0 ? [] : ['application/json'],
    produces: ['application/json'],
    security: [],
    pointer: `/paths/${i}`,
  }));
  return apiWith(schemas, { operations, tags: [] });
}

describe('scale', () => {
  it(`emits ${OPERATIONS} operations and ${SCHEMAS} models in a few seconds`, () => {
    const api = bigApi();
    const started = performance.now();
    const files = target.emit(api, { packageName: 'big' });
    const elapsed = performance.now() - started;
    const methods = files.filter((f) => f.path.startsWith('src/apis/')).flatMap((f) => [...f.contents.matchAll(/^ {2}async (?!\w+Raw\()/gm)]);
    expect(methods).toHaveLength(OPERATIONS);
    expect(files.filter((f) => f.path.startsWith('src/apis/'))).toHaveLength(TAGS);
    expect(elapsed).toBeLessThan(10_000);
  }, 30_000);
});
