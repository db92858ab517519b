import { describe, expect, it } from 'vitest';
import { returnContent } from '../../../src/emit/kit/responses.js';
import type { Response } from '../../../src/model/types.js';
import { emptyResponse, jsonResponse, makeOp, ref } from '../go/fixtures.js';

describe('returnContent: findMethodResponse', () => {
  it.each<[string, Response[], string | undefined]>([
    ['200 with a model', [jsonResponse('200', ref('A')), jsonResponse('400', ref('B'))], 'A'],
    ['the lowest 2xx, whatever the spec order', [jsonResponse('201', ref('B')), jsonResponse('200', ref('A'))], 'A'],
    ['the lowest 2xx has no content: none', [emptyResponse('200'), jsonResponse('201', ref('A'))], undefined],
    ['no 2xx: default', [jsonResponse('404', ref('B')), jsonResponse('default', ref('A'))], 'A'],
    ['only errors: none', [jsonResponse('400', ref('A'))], undefined],
    ['2XX range', [jsonResponse('2XX', ref('A'))], 'A'],
  ])('%s', (_, responses, want) => {
    const schema = returnContent(makeOp({ id: 'x', responses }))?.schema;
    expect(schema?.kind === 'ref' ? schema.name : undefined).toBe(want);
  });

  it('the first media type decides: one without a schema means no return type', () => {
    const pdf = { mediaType: 'application/pdf', schema: ref('A'), schemaless: true };
    const json = { mediaType: 'application/json', schema: ref('A') };
    expect(returnContent(makeOp({ id: 'x', responses: [{ status: '200', content: [pdf, json], headers: [] }] }))).toBeUndefined();
  });
});
