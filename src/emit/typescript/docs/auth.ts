/**
 * Security schemes in the docs: which Configuration option satisfies each (the mapping
 * operation.ts hands the runtime), placeholder credentials for examples, the facts under each
 * scheme's README heading, and each operation's Authorization line linking to those headings.
 */
import type { Api, Operation, SecurityScheme } from '../../../model/types.js';
import { literal, paragraphs } from './markdown.js';

/** The credential the runtime sends for a scheme; undefined for one it cannot satisfy (http digest). */
export type CredentialKind = 'bearer' | 'basic' | 'apiKey';

export function credentialKind(scheme: SecurityScheme): CredentialKind | undefined {
  switch (scheme.type) {
    case 'http': {
      const kind = scheme.scheme.toLowerCase();
      return kind === 'bearer' || kind === 'basic' ? kind : undefined;
    }
    case 'apiKey':
      return 'apiKey';
    case 'oauth2':
    case 'openIdConnect':
      return 'bearer';
  }
}

const PLACEHOLDERS: Record<CredentialKind, Readonly<Record<string, string>>> = {
  bearer: { accessToken: 'YOUR_ACCESS_TOKEN' },
  basic: { username: 'YOUR_USERNAME', password: 'YOUR_PASSWORD' },
  apiKey: { apiKey: 'YOUR_API_KEY' },
};

/**
 * Configuration options for an example call: the base URL, and placeholder credentials for the
 * first security alternative the runtime can satisfy (it tries them in that order too).
 */
export function exampleConfiguration(api: Api, op: Operation | undefined): Record<string, string> {
  const schemes = new Map(api.securitySchemes.map((s) => [s.name, s]));
  const kindOf = (name: string): CredentialKind | undefined => {
    const scheme = schemes.get(name);
    return scheme === undefined ? undefined : credentialKind(scheme);
  };
  const alternative = (op?.security ?? [])
    .map((requirement) => requirement.schemes.map((s) => kindOf(s.name)))
    .find((kinds): kinds is CredentialKind[] => kinds.every((k) => k !== undefined));
  const options: Record<string, string> = { basePath: api.baseUrl };
  for (const kind of alternative ?? []) Object.assign(options, PLACEHOLDERS[kind]);
  return options;
}

const CONFIGURE: Record<CredentialKind, string> = {
  bearer: '`accessToken`: a token, or a function of the scheme name and scopes returning one',
  basic: '`username` and `password`',
  apiKey: '`apiKey`: a key, or a function of the key name and scheme name returning one',
};

const LOCATION = { header: 'HTTP header', query: 'URL query string', cookie: 'cookie' } as const;

/** The `- **Key**: value` lines under a scheme's README heading. */
export function schemeFacts(scheme: SecurityScheme): string[] {
  const kind = credentialKind(scheme);
  const configure = `- **Configuration**: ${kind === undefined ? 'not supported by this client (calls are sent without these credentials)' : CONFIGURE[kind]}`;
  switch (scheme.type) {
    case 'http': {
      const name = kind === 'bearer' ? 'Bearer' : kind === 'basic' ? 'Basic' : literal(scheme.scheme);
      const format = scheme.bearerFormat === undefined ? [] : [`- **Bearer format**: ${literal(scheme.bearerFormat)}`];
      return [`- **Type**: HTTP ${name} authentication`, ...format, configure];
    }
    case 'apiKey':
      return ['- **Type**: API key', `- **API key parameter name**: ${literal(scheme.paramName)}`, `- **Location**: ${LOCATION[scheme.in]}`, configure];
    case 'oauth2':
      return ['- **Type**: OAuth 2', `- **Flows**: ${scheme.flows.map(literal).join(', ') || 'none'}`, `- **Scopes**: ${scheme.scopes.map(literal).join(', ') || 'none'}`, configure];
    case 'openIdConnect':
      return ['- **Type**: OpenID Connect', `- **Discovery URL**: ${literal(scheme.url)}`, configure];
  }
}

export function schemeDescription(scheme: SecurityScheme): string[] {
  return paragraphs(scheme.description);
}

/** Where a scheme's README heading is: its markdown (as link text) and its id. */
export interface SchemeLink {
  readonly markdown: string;
  readonly id: string;
}

/** `[Bearer](../README.md#bearer)` for each scheme the operation names, once each; or none required. */
export function authorizationLine(op: Operation, links: ReadonlyMap<string, SchemeLink>): string {
  const names = [...new Set(op.security.flatMap((r) => r.schemes.map((s) => s.name)))];
  const parts = names.flatMap((name) => {
    const link = links.get(name);
    return link === undefined ? [] : [`[${link.markdown}](../README.md#${link.id})`];
  });
  return parts.length === 0 ? 'No authorization required' : parts.join(', ');
}
