import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { renderText } from '../support/render-text.js';

/**
 * The committed output in generated/ against the reference documents in ../shared, read in place.
 * (The emitter tests check the same from memory; this pins what users actually get.)
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = `${root}../shared/`;
const read = (path: string): string => readFileSync(path, 'utf8');

describe('byte-identical to the reference documents', () => {
  test.each([
    ['generated/looker-4.0/go/docs/SessionApi.md', 'seeds/000_cfc33988e9eb2a15.txt'],
    ['generated/looker-4.0/go/docs/ApiSession.md', 'reference/go-looker-4.0/ApiSession.md'],
    ['generated/g4-sessions/rust/docs/SessionsApi.md', 'seeds/002_56e077c8089186cd.txt'],
    ['generated/g4-sessions/rust/docs/AuthenticatedSessionResponse.md', 'reference/rust-g4/AuthenticatedSessionResponse.md'],
    ['generated/g4-sessions/rust/docs/CreateSessionRequest.md', 'reference/rust-g4/CreateSessionRequest.md'],
    ['generated/g4-sessions/rust/docs/GetSessionResponse.md', 'reference/rust-g4/GetSessionResponse.md'],
    ['generated/g4-sessions/rust/docs/ProblemDetails.md', 'reference/rust-g4/ProblemDetails.md'],
    ['generated/looker-3.0/python/docs/SessionApi.md', 'reference/python-looker-3.0/SessionApi.md'],
    ['generated/looker-3.0/python/docs/ApiSession.md', 'reference/python-looker-3.0/ApiSession.md'],
  ])('%s = %s', (ours, theirs) => {
    expect(read(`${root}${ours}`)).toBe(read(`${shared}${theirs}`));
  });
});

test('the Python API doc, rendered by GFM and read as text, is seed 001 without its page chrome', () => {
  const seed = read(`${shared}seeds/001_c08464cebaec7fcd.txt`);
  // The chrome ends with the second "File metadata" size line and the blank line after it.
  const lines = seed.split('\n');
  const sizeLine = lines.lastIndexOf('102 lines (69 loc) · 3.31 KB');
  expect(sizeLine).toBe(13);
  const body = lines.slice(sizeLine + 2).join('\n');
  expect(renderText(read(`${root}generated/looker-3.0/python/docs/SessionApi.md`))).toBe(body);
});

/** The sections of a README that come from the reference style, from "Documentation for API Endpoints" on. */
function sections(readme: string): string[] {
  return readme.slice(readme.indexOf('## Documentation for API Endpoints')).split('\n');
}

describe('README sections follow the reference READMEs row for row', () => {
  test.each([
    ['generated/looker-4.0/go/README.md', 'reference/go-looker-4.0/README.md'],
    ['generated/looker-3.0/python/README.md', 'reference/python-looker-3.0/README.md'],
    ['generated/g4-sessions/rust/README.md', 'reference/rust-g4/README.md'],
  ])('%s', (ours, theirs) => {
    const mine = sections(read(`${root}${ours}`));
    const mineSet = new Set(mine);
    // The reference covers the whole upstream API: keep the rows (table lines and model list
    // items) that our spec has, and every other line as it is.
    const isRow = (line: string): boolean => line.startsWith('*') || line.startsWith(' - [');
    const reference = sections(read(`${shared}${theirs}`)).filter((line) => !isRow(line) || mineSet.has(line));
    expect(mine).toEqual(reference);
    expect(mine.filter(isRow).length).toBeGreaterThan(0);
  });

  test.each(['go', 'python', 'rust'])('the %s README says sdkgen generated it', (target) => {
    for (const spec of ['looker-3.0', 'looker-4.0', 'g4-sessions']) {
      const intro = read(`${root}generated/${spec}/${target}/README.md`).split('## Documentation for API Endpoints')[0]!;
      expect(intro).toMatch(/sdkgen/);
      expect(intro).not.toMatch(/OpenAPI Generator|Swagger Codegen|openapi-generator\.tech/i);
    }
  });
});
