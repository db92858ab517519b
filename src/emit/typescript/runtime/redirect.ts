/**
 * Redirects, followed by the client itself (fetch is called with `redirect: 'manual'`) so it
 * decides what the next request carries. Same-origin redirects keep everything. A redirect to
 * another origin either goes without every credential the client added, or is refused
 * (`crossOriginRedirects`): fetch alone would forward API-key headers, and keep a query API key
 * that the Location repeats, to whatever host the server names.
 */
import type { AppliedCredentials, CallSite } from './auth.js';
import type { CrossOriginRedirects, FetchApi } from './configuration.js';
import { RedirectError } from './errors.js';
import { discardBody } from './read-body.js';

/** As many as fetch follows before it gives up. */
export const MAX_REDIRECTS = 20;

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Headers that describe a request body, dropped when a redirect turns the request into a GET. */
const BODY_HEADERS = ['Content-Encoding', 'Content-Language', 'Content-Location', 'Content-Type'];

/** A request as it goes out: the URL and what fetch is given. */
export interface Hop {
  readonly url: string;
  readonly init: RequestInit;
}

/** The next hop, or why the redirect is not followed; `undefined` when the response is not a redirect. */
export type RedirectStep = { readonly follow: Hop } | { readonly refuse: string } | undefined;

/**
 * Sends `first` and follows redirects; resolves to the first response that is not one, or rejects
 * with RedirectError. `first.init` must ask fetch for `redirect: 'manual'`.
 */
export async function fetchFollowingRedirects(
  configuration: { readonly fetchApi: FetchApi; readonly crossOriginRedirects: CrossOriginRedirects },
  first: Hop,
  credentials: AppliedCredentials,
  site: CallSite,
): Promise<Response> {
  let hop = first;
  for (let redirects = 0; ; redirects += 1) {
    const response = await configuration.fetchApi(hop.url, hop.init);
    const step = nextHop(response, hop, first.url, credentials, configuration.crossOriginRedirects);
    if (step === undefined) return response;
    await discardBody(response);
    const refusal = 'refuse' in step ? step.refuse : redirects >= MAX_REDIRECTS ? `more than ${MAX_REDIRECTS} redirects` : undefined;
    if (refusal !== undefined) throw new RedirectError({ status: response.status, method: site.method, path: site.path, reason: refusal });
    if ('follow' in step) hop = step.follow;
  }
}

/** Where the response sends the client, if anywhere, and with what (RFC 9110 §15.4, fetch's redirect steps). */
function nextHop(
  response: Response,
  hop: Hop,
  original: string,
  credentials: AppliedCredentials,
  policy: CrossOriginRedirects,
): RedirectStep {
  // Browsers hide the redirect (status 0, no Location): its target cannot be checked.
  if (response.type === 'opaqueredirect') return { refuse: 'the environment hides where it leads' };
  const location = response.headers.get('location');
  if (!REDIRECT_STATUSES.has(response.status) || location === null) return undefined;
  let target: URL;
  try {
    target = new URL(location, hop.url);
  } catch {
    return { refuse: 'the Location is not a URL' };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return { refuse: 'the Location is not http(s)' };
  target.hash = '';

  const method = (hop.init.method ?? 'GET').toUpperCase();
  const toGet = ((response.status === 301 || response.status === 302) && method === 'POST') || (response.status === 303 && method !== 'GET' && method !== 'HEAD');
  const headers = new Headers(hop.init.headers);
  let init: RequestInit = { ...hop.init, headers };
  if (toGet) {
    for (const name of BODY_HEADERS) headers.delete(name);
    init = { ...init, method: 'GET', body: null };
  }
  // Compared with the first request's origin: once stripped, credentials never come back.
  if (target.origin === new URL(original).origin) return { follow: { url: target.href, init } };
  if (policy === 'error') return { refuse: 'it leads to another origin' };
  for (const [name] of credentials.headers) headers.delete(name);
  for (const name of ['Authorization', 'Proxy-Authorization', 'Cookie']) headers.delete(name);
  return { follow: { url: withoutCredentials(target, credentials), init } };
}

/**
 * The URL without query parameters that carry a credential: named like a query API key, or
 * holding any secret value. Other parameters keep their exact spelling.
 */
function withoutCredentials(target: URL, credentials: AppliedCredentials): string {
  if (target.search === '') return target.href;
  const names = new Set(credentials.query.map(([name]) => name));
  const secrets = new Set(credentials.secrets);
  const kept = target.search
    .slice(1)
    .split('&')
    .filter((pair) => {
      const at = pair.indexOf('=');
      const name = decodeQueryPart(at < 0 ? pair : pair.slice(0, at));
      const value = at < 0 ? '' : decodeQueryPart(pair.slice(at + 1));
      return !names.has(name) && !secrets.has(value);
    });
  target.search = kept.length === 0 ? '' : `?${kept.join('&')}`;
  return target.href;
}

function decodeQueryPart(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
