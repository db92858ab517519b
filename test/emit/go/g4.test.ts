import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/go/index.js';
import type { EmittedFile } from '../../../src/emit/target.js';
import { loadApi } from '../../../src/load/index.js';

/** specs/g4-sessions.yaml: derived operation ids, optional headers, a free-form body, a Bearer scheme. */
let files: EmittedFile[] = [];

function emitted(path: string): string {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path}`);
  return found.contents;
}

beforeAll(async () => {
  files = target.emit(await loadApi('specs/g4-sessions.yaml'), { packageName: 'g4api', packageVersion: '1.6.5' });
});

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

  it('takes the not-required free-form body of SessionIdPut as an optional primitive parameter', () => {
    expect(emitted('docs/SessionsApi.md')).toContain('> SessionIdPut(ctx, xG4Tenant, id, optional)\n');
    expect(emitted('docs/SessionsApi.md')).toContain(' **body** | **optional.Map[string]interface{}**|  | \n');
  });

  it('links the Bearer scheme to its README heading, which 4.2.1 describes as basic auth', () => {
    expect(emitted('docs/SessionsApi.md').match(/^\[Bearer\]\(\.\.\/README\.md#Bearer\)$/gm)).toHaveLength(5);
    expect(emitted('README.md')).toContain('\n## Bearer\n\n- **Type**: HTTP basic authentication\n');
    expect(emitted('README.md')).toContain('- Package version: 1.6.5\n');
  });

  it('is byte-identical to what openapi-generator 4.2.1 wrote for it (test/emit/go/oracle/g4-sessions)', () => {
    const oracle = 'test/emit/go/oracle/g4-sessions';
    const tail = (text: string): string => text.slice(text.indexOf('## Documentation for API Endpoints'));
    const expected = readdirSync(`${oracle}/docs`).map((f) => `docs/${f}`);
    // The docs only: the Go module's files (go.mod, *.go) are test/emit/go/code's subject.
    expect(files.map((f) => f.path).filter((p) => p.endsWith('.md')).sort()).toEqual(['README.md', ...expected].sort());
    for (const path of expected) expect(emitted(path), path).toBe(readFileSync(`${oracle}/${path}`, 'utf8'));
    expect(tail(emitted('README.md'))).toBe(tail(readFileSync(`${oracle}/README.md`, 'utf8')));
  });

  it('marks nullable properties as pointers', () => {
    expect(emitted('docs/GetSessionResponse.md')).toContain('**UserId** | **int32** |  | \n');
    expect(emitted('docs/CreateSessionRequest.md')).toContain('**Timeout** | Pointer to **int32** |  | [optional] \n');
  });
});
