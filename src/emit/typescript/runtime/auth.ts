/**
 * Applies an operation's security requirements: the first alternative whose every scheme has a
 * credential configured wins; when none does, the call goes out without credentials and the
 * server's 401 says what is missing.
 */
import type { Configuration } from './configuration.js';
import { UnsafeValueError } from './errors.js';

/** One scheme of a requirement, as the generator resolved it from the spec's securitySchemes. */
export type SecuritySchemeUse =
  | { readonly type: 'bearer'; readonly scheme: string; readonly scopes?: readonly string[] }
  | { readonly type: 'basic'; readonly scheme: string }
  | { readonly type: 'apiKey'; readonly scheme: string; readonly in: 'header' | 'query' | 'cookie'; readonly name: string };

/** Schemes that must all be satisfied together; an empty one means "no credentials needed". */
export type SecurityRequirement = readonly SecuritySchemeUse[];

/** What to add to a request, plus every secret value so errors can be scrubbed of them. */
export interface AppliedCredentials {
  readonly headers: readonly (readonly [string, string])[];
  readonly query: readonly (readonly [string, string])[];
  readonly cookies: readonly (readonly [string, string])[];
  readonly secrets: readonly string[];
}

const NONE: AppliedCredentials = { headers: [], query: [], cookies: [], secrets: [] };

/** The operation a credential is for, to name it in an error. */
export interface CallSite {
  readonly method: string;
  readonly path: string;
}

/** CR, LF and NUL end or break a header line; a value with one is refused, even where it would be encoded. */
export function hasLineBreak(value: string): boolean {
  return /[\r\n\0]/.test(value);
}

function refuseLineBreaks(value: string, site: CallSite, what: string): void {
  if (hasLineBreak(value)) throw new UnsafeValueError(site.method, site.path, what);
}

/** Base64 of UTF-8 text (btoa alone rejects characters beyond Latin-1). */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

async function credentialsFor(
  configuration: Configuration,
  requirement: SecurityRequirement,
  site: CallSite,
): Promise<AppliedCredentials | undefined> {
  const headers: [string, string][] = [];
  const query: [string, string][] = [];
  const cookies: [string, string][] = [];
  const secrets: string[] = [];
  for (const use of requirement) {
    if (use.type === 'bearer') {
      const token = await configuration.accessToken(use.scheme, use.scopes ?? []);
      if (token === undefined || token === '') return undefined;
      refuseLineBreaks(token, site, `the access token for scheme "${use.scheme}"`);
      headers.push(['Authorization', `Bearer ${token}`]);
      secrets.push(token);
    } else if (use.type === 'basic') {
      const basic = configuration.basicCredentials();
      if (basic === undefined) return undefined;
      const encoded = base64(`${basic.username}:${basic.password}`);
      headers.push(['Authorization', `Basic ${encoded}`]);
      secrets.push(encoded);
      if (basic.password !== '') secrets.push(basic.password);
    } else {
      const key = await configuration.apiKey(use.name, use.scheme);
      if (key === undefined || key === '') return undefined;
      refuseLineBreaks(key, site, `the API key for scheme "${use.scheme}"`);
      (use.in === 'header' ? headers : use.in === 'query' ? query : cookies).push([use.name, key]);
      secrets.push(key);
    }
  }
  return { headers, query, cookies, secrets };
}

/** Credentials for the first satisfiable alternative, in the spec's order. */
export async function applySecurity(
  configuration: Configuration,
  alternatives: readonly SecurityRequirement[] | undefined,
  site: CallSite,
): Promise<AppliedCredentials> {
  for (const requirement of alternatives ?? []) {
    const applied = await credentialsFor(configuration, requirement, site);
    if (applied !== undefined) return applied;
  }
  return NONE;
}
