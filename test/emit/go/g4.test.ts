import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { referenceDocs, target } from '../../../src/emit/go/index.js';
import type { Api } from '../../../src/model/types.js';
import type { EmittedFile } from '../../../src/emit/target.js';
import { loadApi } from '../../../src/load/index.js';

/** specs/g4-sessions.yaml: derived operation ids, optional headers, a free-form body, a Bearer scheme. */
let files: EmittedFile[] = [];
let reference: EmittedFile[] = [];

function emitted(path: string): string {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path}`);
  return found.contents;
}

beforeAll(async () => {
  const api: Api = await loadApi('specs/g4-sessions.yaml');
  files = target.emit(api, { packageName: 'g4api', packageVersion: '1.6.5' });
  reference = referenceDocs(api, { packageName: 'g4api', packageVersion: '1.6.5' });
});

/** SessionIdPut's optional free-form body: 4.2.1's row, and the optional.Interface sdkgen's code declares. */
const BODY_421 = ' **body** | **optional.Map[string]interface{}**|  | \n';
const BODY_OURS = ' **body** | [**optional.Interface of map[string]interface{}**](.md)|  | \n';

describe('Go docs of the G4 sessions API', () => {
  it('names and sorts the derived operations', () => {
    expect([...emitted('docs/SessionsApi.md').matchAll(/^## (\w+)$/gm)].map((m) => m[1])).toEqual([
      'SessionIdDelete',
      'SessionIdGet',
      'SessionIdPut',
      'SessionPost',
      'StaticSessionIdGet',
    ]);
  });

  it('puts the optional header in the Optional Parameters section of SessionPost', () => {
    const doc = emitted('docs/SessionsApi.md');
    expect(doc).toContain('> AuthenticatedSessionResponse SessionPost(ctx, xG4Tenant, createSessionRequest, optional)\n');
    expect(doc).toContain(
      '**xG4Tenant** | **string**|  | \n**createSessionRequest** | [**CreateSessionRequest**](CreateSessionRequest.md)|  | \n **optional** | ***SessionPostOpts** | optional parameters | nil if no parameters\n\n### Optional Parameters\n\nOptional parameters are passed through a pointer to a SessionPostOpts struct\n\n\nName | Type | Description  | Notes\n------------- | ------------- | ------------- | -------------\n\n\n **xG4Application** | **optional.String**|  | \n\n### Return type\n',
    );
  });

  it('takes the not-required free-form body of SessionIdPut as an optional parameter, the optional.Interface the code declares', () => {
    expect(emitted('docs/SessionsApi.md')).toContain('> SessionIdPut(ctx, xG4Tenant, id, optional)\n');
    // 4.2.1 lists (and declares) `optional.Map[string]interface{}`, which antihax/optional lacks
    // (test/emit/go/safety-deviations/undeclared-optionals).
    expect(emitted('docs/SessionsApi.md')).toContain(BODY_OURS);
    expect(emitted('docs/SessionsApi.md')).not.toContain(BODY_421);
  });

  it('links the Bearer scheme to its README heading, which 4.2.1 describes as basic auth', () => {
    expect(emitted('docs/SessionsApi.md').match(/^\[Bearer\]\(\.\.\/README\.md#Bearer\)$/gm)).toHaveLength(5);
    expect(emitted('README.md')).toContain('\n## Bearer\n\n- **Type**: HTTP basic authentication\n');
    expect(emitted('README.md')).toContain('- Package version: 1.6.5\n');
  });

  it('referenceDocs are byte-identical to what openapi-generator 4.2.1 wrote for it (test/emit/go/oracle/g4-sessions)', () => {
    const oracle = 'test/emit/go/oracle/g4-sessions';
    const tail = (text: string): string => text.slice(text.indexOf('## Documentation for API Endpoints'));
    const expected = readdirSync(`${oracle}/docs`).map((f) => `docs/${f}`);
    const docs = (list: EmittedFile[]): Map<string, string> => new Map(list.filter((f) => f.path.endsWith('.md')).map((f) => [f.path, f.contents]));
    const theirs = docs(reference);
    const ours = docs(files);
    // The docs only: the Go module's files (go.mod, *.go) are test/emit/go/code's subject.
    expect([...theirs.keys()].sort()).toEqual(['README.md', ...expected].sort());
    expect([...ours.keys()].sort()).toEqual(['README.md', ...expected].sort());
    for (const path of expected) expect(theirs.get(path), path).toBe(readFileSync(`${oracle}/${path}`, 'utf8'));
    expect(tail(theirs.get('README.md') ?? '')).toBe(tail(readFileSync(`${oracle}/README.md`, 'utf8')));
    // sdkgen's docs are 4.2.1's but for SessionIdPut's optional body (README "Exactness").
    for (const path of expected) {
      const jar = readFileSync(`${oracle}/${path}`, 'utf8');
      expect(ours.get(path), path).toBe(path === 'docs/SessionsApi.md' ? jar.split(BODY_421).join(BODY_OURS) : jar);
    }
    expect(readFileSync(`${oracle}/docs/SessionsApi.md`, 'utf8').split(BODY_421)).toHaveLength(2);
    expect(tail(ours.get('README.md') ?? '')).toBe(tail(readFileSync(`${oracle}/README.md`, 'utf8')));
  });

  it('marks nullable properties as pointers', () => {
    expect(emitted('docs/GetSessionResponse.md')).toContain('**UserId** | **int32** |  | \n');
    expect(emitted('docs/CreateSessionRequest.md')).toContain('**Timeout** | Pointer to **int32** |  | [optional] \n');
  });
});
