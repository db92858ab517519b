import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { target } from '../../../../src/emit/typescript/index.js';
import { loadApi } from '../../../../src/load/index.js';
import { fileOf, removeTemporary, temporaryDir } from '../support.js';

afterAll(removeTemporary);

const ok = { 200: { description: 'ok' } };

/** The README's getting-started call for a spec with these paths. */
async function firstExample(paths: Record<string, unknown>): Promise<string> {
  const dir = temporaryDir('readme-first');
  writeFileSync(join(dir, 'spec.json'), JSON.stringify({ openapi: '3.0.3', info: { title: 'T', version: '1.0.0' }, paths }));
  const readme = fileOf(target.emit(await loadApi(join(dir, 'spec.json')), { packageName: 'client' }), 'README.md');
  const call = /await api\.(\w+)\(/.exec(readme.slice(readme.indexOf('## Getting started')));
  return call?.[1] ?? 'none';
}

describe('the README getting-started example', () => {
  it('is the GET needing the fewest inputs, not whichever operation sorts first', async () => {
    expect(
      await firstExample({
        '/a': { post: { operationId: 'aCreate', tags: ['a'], requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } }, responses: ok } },
        '/a/{id}': { get: { operationId: 'aGet', tags: ['a'], parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: ok } },
        '/b': { get: { operationId: 'bList', tags: ['b'], parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }], responses: ok } },
      }),
    ).toBe('bList');
  });

  it('keeps the operations’ order between equally simple GETs, and takes the first operation when there is no GET', async () => {
    expect(
      await firstExample({
        '/a': { get: { operationId: 'aList', tags: ['a'], responses: ok } },
        '/b': { get: { operationId: 'bList', tags: ['b'], responses: ok } },
      }),
    ).toBe('aList');
    expect(await firstExample({ '/a': { post: { operationId: 'aCreate', tags: ['a'], responses: ok } }, '/b': { delete: { operationId: 'bDrop', tags: ['b'], responses: ok } } })).toBe('aCreate');
  });
});
