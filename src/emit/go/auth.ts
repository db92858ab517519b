/**
 * Security schemes: each operation's "### Authorization" line links to `../README.md#<name>`
 * (docs-format.md §1.9), and the README's "Documentation For Authorization" section has a
 * `## <name>` heading per scheme for it to land on. Both are made here from the same name.
 */
import type { Api, OAuthFlow, Operation, SecurityScheme } from '../../model/types.js';
import { foldedText, markdownRaw } from '../docs/escape.js';
import { schemeAnchor } from '../docs/anchors.js';
import { ordinal } from '../docs/apis.js';
import { rawText } from './text.js';

/**
 * The scheme name as heading and link text: literal, whatever markdown it contains. A run of
 * underscores right after a letter or digit cannot open emphasis in GFM (it is not left-flanking,
 * or is right-flanking too without punctuation before it), and one that could close it finds no
 * opener once every other run and `*` is escaped: so `api_key`, pendo's
 * `userApiKey_query_parameter_` and `key__` print as 4.2.1 prints them
 * (test/emit/go/cases/scheme-name-underscores).
 */
export function schemeTitle(name: string): string {
  return foldedText(name)
    .replace(/[\\`*[\]#|!]/g, '\\$&')
    .replace(/(?<![A-Za-z0-9_])_+/g, (run) => '\\_'.repeat(run.length));
}

export interface AuthLink {
  readonly title: string;
  readonly anchor: string;
}

/**
 * The schemes an operation needs, as 4.2.1 lists them: every scheme of every alternative, each
 * once, sorted by name (fromSecurity sorts "to maintain the same order"); undeclared names are
 * skipped, having no README heading to link to.
 */
export function operationAuth(op: Operation, api: Api): AuthLink[] {
  const declared = new Set(api.securitySchemes.map((s) => s.name));
  const names = new Set(op.security.flatMap((r) => r.schemes.map((s) => s.name)));
  return [...names]
    .filter((n) => declared.has(n))
    .sort(ordinal)
    .map((n) => ({ title: schemeTitle(n), anchor: schemeAnchor(n) }));
}

/** What the README template says about one scheme; one flag per block of 4.2.1's README.mustache. */
export interface SchemeView {
  readonly title: string;
  readonly isApiKey: boolean;
  readonly isBasic: boolean;
  readonly isOAuth: boolean;
  readonly flow: string;
  readonly authorizationUrl: string;
  readonly scopes: readonly { readonly name: string; readonly description: string }[];
  readonly hasScopes: boolean;
}

/**
 * The one flow 4.2.1 reports (fromSecurity): password, else implicit, else clientCredentials,
 * else authorizationCode, named the Swagger 2.0 way.
 */
const FLOW_ORDER: readonly [string, string][] = [
  ['password', 'password'],
  ['implicit', 'implicit'],
  ['clientCredentials', 'application'],
  ['application', 'application'],
  ['authorizationCode', 'accessCode'],
  ['accessCode', 'accessCode'],
];

function chosenFlow(scheme: Extract<SecurityScheme, { type: 'oauth2' }>): { name: string; flow: OAuthFlow | undefined } {
  const found = FLOW_ORDER.find(([key]) => scheme.flows.includes(key));
  if (!found) return { name: '', flow: undefined };
  return { name: found[1], flow: scheme.flowDetails?.find((f) => f.flow === found[0]) };
}

function schemeView(scheme: SecurityScheme): SchemeView {
  const oauth = scheme.type === 'oauth2' ? chosenFlow(scheme) : undefined;
  const scopes = oauth?.flow
    ? oauth.flow.scopes.map((s) => ({ name: rawText(s.name), description: rawText(s.description) }))
    : scheme.type === 'oauth2' ? scheme.scopes.map((s) => ({ name: rawText(s), description: '' })) : [];
  return {
    title: schemeTitle(scheme.name),
    isApiKey: scheme.type === 'apiKey',
    // 4.2.1's fromSecurity sets isBasic for every HTTP scheme, whatever its `scheme` says
    // (bearer, digest, negotiate, ...), and its Go README prints basic's example for each.
    isBasic: scheme.type === 'http',
    isOAuth: scheme.type === 'oauth2',
    flow: oauth?.name ?? '',
    authorizationUrl: rawText(oauth?.flow?.authorizationUrl ?? ''),
    scopes,
    hasScopes: scopes.length > 0,
  };
}

/** Every declared scheme, sorted by name as 4.2.1's README lists them. */
export function schemeViews(api: Api): SchemeView[] {
  return [...api.securitySchemes].sort((a, b) => ordinal(a.name, b.name)).map(schemeView);
}
