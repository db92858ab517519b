import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/go/index.js';
import type { EmittedFile } from '../../../src/emit/target.js';
import { loadApi } from '../../../src/load/index.js';
import { SHARED } from '../../support/shared.js';

/**
 * The acceptance bar: the Go docs for specs/looker-4.0.yaml against the files openapi-generator
 * 4.2.1 wrote for the same endpoints, read in place from ../shared.
 */

function shared(path: string): string {
  return readFileSync(`${SHARED}/${path}`, 'utf8');
}

let files: EmittedFile[] = [];

function emitted(path: string): string {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} among ${files.map((f) => f.path).join(', ')}`);
  return found.contents;
}

beforeAll(async () => {
  files = target.emit(await loadApi('specs/looker-4.0.yaml'), { packageName: 'looker' });
});

describe('Go docs of Looker 4.0 against openapi-generator 4.2.1', () => {
  it('docs/SessionApi.md is byte-identical to seed 000', () => {
    expect(emitted('docs/SessionApi.md')).toBe(shared('seeds/000_cfc33988e9eb2a15.txt'));
  });

  it('docs/ApiSession.md is byte-identical to the reference model doc', () => {
    expect(emitted('docs/ApiSession.md')).toBe(shared('reference/go-looker-4.0/ApiSession.md'));
  });

  it('README.md from "Documentation for API Endpoints" on matches the reference, row for row', () => {
    // The reference README covers the whole Looker API: keep its rows for our operations and models.
    const ours = emitted('README.md');
    const tail = (doc: string): string => doc.slice(doc.indexOf('## Documentation for API Endpoints'));
    const ourLines = new Set(tail(ours).split('\n'));
    const reference = tail(shared('reference/go-looker-4.0/README.md'))
      .split('\n')
      .filter((line) => !/^(\*\w+\* \| | - \[)/.test(line) || ourLines.has(line))
      .join('\n');
    expect(tail(ours)).toBe(reference);
    // The rows kept are exactly ours: the filter cannot hide a missing or extra row.
    expect(reference.match(/^\*SessionApi\* \|/gm)).toHaveLength(2);
    expect(reference.match(/^ - \[/gm)).toHaveLength(4);
  });

  it('emits one file per class and per model, and the same bytes every time', async () => {
    expect(files.map((f) => f.path).filter((p) => p.endsWith('.md'))).toEqual(['README.md', 'docs/SessionApi.md', 'docs/ApiSession.md', 'docs/Error.md', 'docs/ValidationError.md', 'docs/ValidationErrorDetail.md']);
    const again = target.emit(await loadApi('specs/looker-4.0.yaml'), { packageName: 'looker' });
    expect(again).toEqual(files);
  });
});
