/**
 * Security schemes as the Python docs show them: the Authorization line of an operation
 * (docs-format.md §1.9), the configuration lines of its sample (§3.4) and the README section that
 * the Authorization links point to. Every string is escaped for each place it lands.
 */
import type { Api, Operation, SecurityScheme } from '../../model/types.js';
import { markdownRaw } from '../docs/escape.js';
import { schemeAnchor } from '../docs/anchors.js';
import { javaHashMapOrder } from '../kit/java-hash-order.js';
import { codeText, linkText } from './text.js';

export interface SchemeView {
  /** `## <heading>` in the README. */
  readonly heading: string;
  /** `[Bearer](../README.md#Bearer)` on an operation's Authorization line. */
  readonly link: string;
  /** The name in the sample's `# Configure ...: <name>` comment. */
  readonly codeName: string;
  /**
   * What the sample configures. swagger-codegen 2.2.2 knows basic, apiKey and OAuth only; an
   * HTTP bearer or OpenID Connect token is set the way its client takes an OAuth token
   * (`configuration.access_token`, sent as `Authorization: Bearer ...`), the closest it offers.
   */
  readonly isBasic: boolean;
  readonly isApiKey: boolean;
  readonly isOAuth: boolean;
  readonly isBearer: boolean;
  readonly isOpenIdConnect: boolean;
  /** An HTTP scheme other than basic or bearer (`digest`, ...): username and password too. */
  readonly isOtherHttp: boolean;
  /** The HTTP scheme word for isOtherHttp, as markdown/code-safe text. */
  readonly httpScheme: string;
  /** The API key's header/query/cookie name: in the sample (code) and in the README (markdown). */
  readonly keyParamCode: string;
  readonly keyParamText: string;
  readonly keyLocation: string;
  /** ` (JWT)` after "Bearer authentication" when the scheme names a bearer format. */
  readonly bearerFormat: string;
  readonly flows: string;
  /** swagger-codegen 2.2.2 prints the flow's authorization URL (empty when it has none) and each scope's description. */
  readonly authorizationUrl: string;
  readonly scopes: readonly { readonly name: string; readonly description: string }[];
  readonly openIdConnectUrl: string;
}

const KEY_LOCATIONS = { header: 'HTTP header', query: 'URL query string', cookie: 'cookie' } as const;

export function schemeView(scheme: SecurityScheme): SchemeView {
  const base = {
    heading: markdownRaw(scheme.name),
    link: `[${linkText(scheme.name)}](../README.md#${schemeAnchor(scheme.name)})`,
    codeName: codeText(scheme.name),
    isBasic: false,
    isApiKey: false,
    isOAuth: false,
    isBearer: false,
    isOpenIdConnect: false,
    isOtherHttp: false,
    httpScheme: '',
    keyParamCode: '',
    keyParamText: '',
    keyLocation: '',
    bearerFormat: '',
    flows: '',
    authorizationUrl: '',
    scopes: [],
    openIdConnectUrl: '',
  };
  switch (scheme.type) {
    case 'apiKey':
      return {
        ...base,
        isApiKey: true,
        keyParamCode: codeText(scheme.paramName),
        keyParamText: markdownRaw(scheme.paramName),
        keyLocation: KEY_LOCATIONS[scheme.in],
      };
    case 'http': {
      const word = scheme.scheme.toLowerCase();
      if (word === 'basic') return { ...base, isBasic: true };
      if (word === 'bearer') {
        const format = scheme.bearerFormat === undefined ? '' : ` (${markdownRaw(scheme.bearerFormat)})`;
        return { ...base, isBearer: true, bearerFormat: format };
      }
      return { ...base, isOtherHttp: true, httpScheme: codeText(markdownRaw(scheme.scheme)) };
    }
    case 'oauth2': {
      // A Swagger 2.0 scheme (all 2.2.2 reads) has one flow: its details are the first.
      const flow = scheme.flowDetails?.[0];
      const described = new Map((flow?.scopes ?? []).map((s) => [s.name, s.description]));
      return {
        ...base,
        isOAuth: true,
        flows: markdownRaw(scheme.flows.join(', ')),
        authorizationUrl: markdownRaw(flow?.authorizationUrl ?? ''),
        scopes: scheme.scopes.map((s) => ({ name: markdownRaw(s), description: markdownRaw(described.get(s) ?? '') })),
      };
    }
    case 'openIdConnect':
      return { ...base, isOpenIdConnect: true, openIdConnectUrl: markdownRaw(scheme.url) };
  }
}

/**
 * The schemes an operation may use. swagger-codegen 2.2.2 collects their names from the effective
 * requirements into a java.util.HashMap, so its docs list them in that map's order. A name without
 * a definition is skipped, as swagger-codegen skips it.
 */
export function operationSchemes(op: Operation, api: Api): SecurityScheme[] {
  const names = javaHashMapOrder(op.security.flatMap((req) => req.schemes.map((s) => s.name)));
  return names.flatMap((name) => api.securitySchemes.filter((s) => s.name === name));
}

/**
 * Whether the docs show a scheme. 2.2's Swagger parser drops what Swagger 2.0 does not allow and
 * converters still write there: an API key in a cookie, an `openIdConnect` scheme, an HTTP scheme
 * but basic. They are left
 * out of the README, the Authorization lines and the samples, as an undefined name is; the client
 * still sends them (code/configuration-file.ts), so the docs say less than the code. An OpenAPI 3
 * spec, which 2.2 never read, keeps them documented.
 */
export function documentedBy22(api: Api): (scheme: SecurityScheme) => boolean {
  if (api.dialect !== 'swagger-2.0') return () => true;
  // `type: http` is none of Swagger 2.0's kinds either (converters write it for OpenAPI 3's bearer
  // and other HTTP schemes: pay1's `payone-hmac-sha256`); Swagger 2.0's own `basic` arrives as
  // HTTP basic, the only HTTP scheme 2.2 reads (quirks/http-scheme-unread).
  return (scheme) => !((scheme.type === 'apiKey' && scheme.in === 'cookie') || scheme.type === 'openIdConnect' || (scheme.type === 'http' && scheme.scheme !== 'basic'));
}
