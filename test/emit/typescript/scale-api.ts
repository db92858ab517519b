/**
 * An API the size of GitHub's spec (1,000 operations, 600 models, 25 tags), shared by the scale
 * test and the benchmark (bench/sections/scale.ts), which times its emission.
 */
import type { Api, Operation } from '../../../src/model/types.js';
import { apiWith, arr, int, obj, prop, ref, str } from './schemas.js';

export const OPERATIONS = 1000;
export const SCHEMAS = 600;
export const TAGS = 25;

export function bigApi(): Api {
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
