import { describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/rust/index.js';
import type { Api, SecurityScheme } from '../../../src/model/types.js';
import { api } from './build.js';
import { g4 } from './g4.js';
import { ENDPOINTS, G4_MODELS, referenceTail } from './reference.js';


function readme(spec: Api, packageVersion?: string): string {
  const file = target.emit(spec, { packageName: 'g4api', packageVersion }).find((f) => f.path === 'README.md');
  if (!file) throw new Error('no README');
  return file.contents;
}

describe('README (docs-format.md §4.7)', () => {
  const text = readme(g4, '1.6.5');

  it('ends with the reference sections, row for row', () => {
    expect(text.slice(text.indexOf(ENDPOINTS))).toBe(referenceTail(['SessionsApi'], G4_MODELS));
  });

  it('opens with our own part: title, what generated it, versions, installation', () => {
    const ours = text.slice(0, text.indexOf(ENDPOINTS));
    expect(ours).toMatch(/^# Rust API client for g4api\n\n## Overview\n\n/);
    expect(ours).toContain('sdkgen generated them');
    expect(ours).toContain('for G4 API.');
    expect(ours).toContain('- API version: v1\n- Package version: 1.6.5\n');
    expect(ours).toContain('```toml\ng4api = { path = "./g4api" }\n```\n');
  });

  it('has a heading per security scheme, which the API docs link to', () => {
    expect(text).toContain(
      '## Authorization\n\n### Bearer\n\n- **Type**: HTTP Bearer authentication\n- **Bearer format**: JWT\n\n' +
        'JWT Authorization header using the Bearer scheme. Example: \\"Authorization: Bearer {token}\\"\n\n' +
        ENDPOINTS,
    );
  });

  it('defaults the package version to the API version and prints the description', () => {
    const text2 = readme(api({ version: '4.0.7', description: 'Line one\nline two' }));
    expect(text2).toMatch(/^# Rust API client for g4api\n\nLine one line two\n\n## Overview\n/);
    expect(text2).toContain('- Package version: 4.0.7\n');
    expect(text2).toContain('## Authorization\n\nThe API declares no security schemes: no endpoint needs authorization.\n\n' + ENDPOINTS);
  });

  it.each<[string, SecurityScheme, string]>([
    ['basic', { name: 'basic', type: 'http', scheme: 'basic' }, '- **Type**: HTTP Basic authentication\n'],
    ['api key', { name: 'key', type: 'apiKey', in: 'header', paramName: 'X-Api-Key' }, '- **Type**: API key\n- **API key parameter name**: X-Api-Key\n- **Location**: HTTP header\n'],
    ['oauth2', { name: 'oauth', type: 'oauth2', flows: ['password'], scopes: ['read', 'write'] }, '- **Type**: OAuth\n- **Flows**: password\n- **Scopes**: read, write\n'],
    ['openIdConnect', { name: 'oidc', type: 'openIdConnect', url: 'https://id.example.com/.well-known/openid-configuration' }, '- **Type**: OpenID Connect\n- **Discovery URL**: https://id.example.com/.well-known/openid-configuration\n'],
  ])('describes a %s scheme', (_, scheme, facts) => {
    expect(readme(api({ securitySchemes: [scheme] }))).toContain(`### ${scheme.name}\n\n${facts}\n`);
  });

  // Checked with openapi-generator 6.0.0's jar: without operations `## Author` has no email line.
  it('keeps the tail sections when there are no operations and no models', () => {
    const empty = readme(api());
    expect(empty.slice(empty.indexOf(ENDPOINTS))).toBe(
      `${ENDPOINTS}\nAll URIs are relative to *http://localhost*\n\nClass | Method | HTTP request | Description\n------------ | ------------- | ------------- | -------------\n\n\n## Documentation For Models\n\n\n\nTo get access to the crate's generated documentation, use:\n\n\`\`\`\ncargo doc --open\n\`\`\`\n\n## Author\n\n\n`,
    );
  });
});
