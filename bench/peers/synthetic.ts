/**
 * Synthetic specs of any number of operations, for time per operation: each operation has its
 * own path, a path and a query parameter, a JSON response of one of N/5 models (five properties,
 * one a reference to the next model of its ring of five, so $ref chains stay as short at 10,000
 * operations as at 100: what grows is the number of operations, not the depth) and one of 25 tags.
 * Deterministic: the same N, the same bytes.
 */
import { writeFileSync } from 'node:fs';

const TAGS = 25;

/** The next model in m's ring of five (the last ring may be shorter). */
function nextInRing(m: number, models: number): number {
  const start = m - (m % 5);
  const size = Math.min(5, models - start);
  return start + ((m - start + 1) % size);
}

export function syntheticSpec(operations: number): Record<string, unknown> {
  const models = Math.max(1, Math.floor(operations / 5));
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < operations; i++) {
    const model = `Model${i % models}`;
    paths[`/group${i % TAGS}/items${i}/{id}`] = {
      get: {
        operationId: `getItem${i}`,
        tags: [`group${i % TAGS}`],
        summary: `Reads item ${i}`,
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'limit', in: 'query', required: false, schema: { type: 'integer', format: 'int32', minimum: 1 } },
        ],
        responses: {
          200: { description: 'The item', content: { 'application/json': { schema: { $ref: `#/components/schemas/${model}` } } } },
          404: { description: 'Not found' },
        },
      },
    };
  }
  const schemas: Record<string, unknown> = {};
  for (let m = 0; m < models; m++) {
    schemas[`Model${m}`] = {
      type: 'object',
      description: `Model number ${m}`,
      required: ['id'],
      properties: {
        id: { type: 'string' },
        count: { type: 'integer', format: 'int64' },
        ratio: { type: 'number' },
        labels: { type: 'array', items: { type: 'string' } },
        next: { $ref: `#/components/schemas/Model${nextInRing(m, models)}` },
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: `Synthetic ${operations}`, version: '1.0.0' },
    servers: [{ url: 'https://api.example.com/v1' }],
    paths,
    components: { schemas },
  };
}

export function writeSyntheticSpec(path: string, operations: number): void {
  writeFileSync(path, `${JSON.stringify(syntheticSpec(operations), null, 2)}\n`);
}
