/**
 * Security schemes: the "### Authorization" line of each operation links to a heading per scheme
 * in our README part (`[Bearer](../README.md#Bearer)`, docs-format.md §1.9), so both are made here
 * from the same name and the link always finds its heading.
 */
import type { Api, Operation, SecurityScheme } from '../../model/types.js';
import { foldedText } from '../docs/escape.js';
import { schemeAnchor } from '../docs/anchors.js';
import { specText } from './text.js';

/**
 * The scheme name as heading and link text: literal, whatever markdown it contains. `_` stays
 * bare as 6.0 prints it (`[api_key]`): inside a word GFM never reads it as emphasis.
 */
export function schemeTitle(name: string): string {
  return foldedText(name).replace(/[\\`*[\]#|!]/g, '\\$&');
}

/**
 * The schemes an operation may use, as 6.0's fromSecurity lists them: sorted by name (Java's
 * String order, code unit by code unit), an OAuth scheme once per flow it declares (it makes one
 * entry per flow, whatever scopes the operation asks); unknown names skipped.
 */
export function operationAuth(op: Operation, api: Api): string {
  const byName = new Map(api.securitySchemes.map((s) => [s.name, s]));
  const names = [...new Set(op.security.flatMap((r) => r.schemes.map((s) => s.name)))].filter((n) => byName.has(n));
  if (names.length === 0) return 'No authorization required';
  const entries = names
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((n) => {
      const scheme = byName.get(n);
      const times = scheme?.type === 'oauth2' ? Math.max(1, scheme.flows.length) : 1;
      return Array.from({ length: times }, () => `[${schemeTitle(n)}](../README.md#${schemeAnchor(n)})`);
    });
  return entries.join(', ');
}

export interface SchemeView {
  readonly title: string;
  /** `- **Key**: value` lines under the heading. */
  readonly facts: readonly string[];
  readonly description: string | undefined;
}

function facts(scheme: SecurityScheme): string[] {
  switch (scheme.type) {
    case 'http': {
      const kind = scheme.scheme.toLowerCase() === 'bearer' ? 'Bearer' : scheme.scheme.toLowerCase() === 'basic' ? 'Basic' : specText(scheme.scheme);
      const format = scheme.bearerFormat === undefined ? [] : [`- **Bearer format**: ${specText(scheme.bearerFormat)}`];
      return [`- **Type**: HTTP ${kind} authentication`, ...format];
    }
    case 'apiKey':
      return ['- **Type**: API key', `- **API key parameter name**: ${specText(scheme.paramName)}`, `- **Location**: ${scheme.in === 'query' ? 'URL query string' : scheme.in === 'header' ? 'HTTP header' : 'cookie'}`];
    case 'oauth2':
      return ['- **Type**: OAuth', `- **Flows**: ${scheme.flows.map(specText).join(', ') || 'none'}`, `- **Scopes**: ${scheme.scopes.map(specText).join(', ') || 'none'}`];
    case 'openIdConnect':
      return ['- **Type**: OpenID Connect', `- **Discovery URL**: ${specText(scheme.url)}`];
  }
}

export function schemeViews(api: Api): SchemeView[] {
  return api.securitySchemes.map((s) => ({
    title: schemeTitle(s.name),
    facts: facts(s),
    description: s.description === undefined ? undefined : specText(s.description),
  }));
}
