/**
 * From the spec files through the real loader to the bytes of the reference documents, which are
 * read in place from ../shared. Looker 3.0 and 4.0 have no Rust reference; they are checked for
 * the lines the rules in docs-format.md §4 dictate, and for links that resolve.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/rust/index.js';
import type { EmittedFile } from '../../../src/emit/target.js';
import { loadApi } from '../../../src/load/index.js';
import { brokenLinks } from './links.js';
import { ENDPOINTS, G4_MODELS, referenceTail, sharedFile } from './reference.js';

const SPECS = new URL('../../../specs/', import.meta.url).pathname;

async function emit(spec: string, packageName: string, packageVersion?: string): Promise<EmittedFile[]> {
  return target.emit(await loadApi(`${SPECS}${spec}`), { packageName, packageVersion });
}

function byPath(files: readonly EmittedFile[]): Map<string, string> {
  return new Map(files.map((f) => [f.path, f.contents]));
}

describe('specs/g4-sessions.yaml', () => {
  let files: EmittedFile[] = [];
  beforeAll(async () => {
    files = await emit('g4-sessions.yaml', 'g4api', '1.6.5');
  });

  it('writes docs/SessionsApi.md byte-identical to seed 002', () => {
    expect(byPath(files).get('docs/SessionsApi.md')).toBe(sharedFile('seeds/002_56e077c8089186cd.txt'));
  });

  it.each(G4_MODELS)('writes docs/%s.md byte-identical to the reference', (model) => {
    expect(byPath(files).get(`docs/${model}.md`)).toBe(sharedFile(`reference/rust-g4/${model}.md`));
  });

  it('writes nothing else but the README and the crate', () => {
    expect(files.map((f) => f.path)).toEqual([
      'README.md',
      ...G4_MODELS.map((m) => `docs/${m}.md`),
      'docs/SessionsApi.md',
      'Cargo.toml',
      '.gitignore',
      'src/lib.rs',
      'src/apis/mod.rs',
      'src/apis/configuration.rs',
      'src/apis/sessions_api.rs',
      'src/models/mod.rs',
      'src/models/create_session_request.rs',
      'src/models/get_session_response.rs',
      'src/models/authenticated_session_response.rs',
      'src/models/problem_details.rs',
    ]);
  });

  it('ends the README with the reference sections, row for row', () => {
    const readme = byPath(files).get('README.md') ?? '';
    expect(readme.slice(readme.indexOf(ENDPOINTS))).toBe(referenceTail(['SessionsApi'], G4_MODELS));
  });

  it('links only to files and headings that exist', () => {
    expect(brokenLinks(files)).toEqual([]);
  });

  it('is deterministic', async () => {
    expect(await emit('g4-sessions.yaml', 'g4api', '1.6.5')).toEqual(files);
  });
});

describe.each([
  ['looker-3.0.yaml', 'lookerapi', 'https://demo.looker.com:19999/api/3.0'],
  ['looker-4.0.yaml', 'looker', 'https://picomes.cloud.looker.com:443/api/4.0'],
])('specs/%s', (spec, packageName, baseUrl) => {
  let docs = new Map<string, string>();
  let files: EmittedFile[] = [];
  beforeAll(async () => {
    files = await emit(spec, packageName);
    docs = byPath(files);
  });

  it('writes the README, SessionApi and the four models, as docs and as crate sources', () => {
    expect(files.map((f) => f.path)).toEqual([
      'README.md',
      'docs/ApiSession.md',
      'docs/Error.md',
      'docs/SessionApi.md',
      'docs/ValidationError.md',
      'docs/ValidationErrorDetail.md',
      'Cargo.toml',
      '.gitignore',
      'src/lib.rs',
      'src/apis/mod.rs',
      'src/apis/configuration.rs',
      'src/apis/session_api.rs',
      'src/models/mod.rs',
      'src/models/api_session.rs',
      'src/models/error.rs',
      'src/models/validation_error.rs',
      'src/models/validation_error_detail.rs',
    ]);
  });

  it('documents both operations in the Rust style', () => {
    const doc = docs.get('docs/SessionApi.md') ?? '';
    expect(doc).toContain(`All URIs are relative to *${baseUrl}*\n`);
    expect(doc).toContain('[**session**](SessionApi.md#session) | **GET** /session | Get Session\n');
    expect(doc).toContain('## session\n\n> crate::models::ApiSession session()\nGet Session\n\n### Get API Session  Returns information');
    expect(doc).toContain('> crate::models::ApiSession update_session(body)\nUpdate Session\n');
    expect(doc).toContain('**body** | [**ApiSession**](ApiSession.md) | Session | [required] |\n');
    expect(doc).toContain('is the \\"production\\" workspace.');
    // GET has no body, so no Content-Type even where Swagger 2.0 declares a global consumes
    expect(doc).toContain('### Return type\n\n[**crate::models::ApiSession**](ApiSession.md)\n\n### Authorization\n\nNo authorization required\n\n### HTTP request headers\n\n- **Content-Type**: Not defined\n- **Accept**: application/json\n');
    expect(doc).toContain('- **Content-Type**: application/json\n- **Accept**: application/json\n');
  });

  it('documents ApiSession and ValidationError properties', () => {
    expect(docs.get('docs/ApiSession.md')).toContain(
      '**can** | Option<**::std::collections::HashMap<String, bool>**> | Operations the current user is able to perform on this object | [optional][readonly]\n',
    );
    expect(docs.get('docs/ValidationError.md')).toContain(
      '**errors** | Option<[**Vec<crate::models::ValidationErrorDetail>**](ValidationErrorDetail.md)> | Error detail array | [optional][readonly]\n',
    );
  });

  it('links only to files and headings that exist', () => {
    expect(brokenLinks(files)).toEqual([]);
  });
});
