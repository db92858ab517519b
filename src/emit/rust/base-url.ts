import type { Api } from '../../model/types.js';

/**
 * The base URL openapi-generator 6.0.0 prints in the Rust docs ("All URIs are relative to"),
 * from the first server as written. 6.0 keeps a relative server made only of `/word` segments
 * (its isRelativeUrl pattern, so `/api/v1` but not `/api/v1/` or `/api-v1`) as it is; any other
 * server it completes before printing: `//host` gets `http:`, another `/path` gets
 * `http://localhost`, a URL without a scheme gets `http://`; then one trailing `/` goes.
 * Swagger 2.0 documents come here already absolute, so only the trailing slash rule touches them.
 */
export function docBaseUrl(api: Api): string {
  const first = api.servers[0];
  if (first === undefined || first.url === '') return api.baseUrl;
  if (/^(\/\w+)+$/.test(first.template ?? first.url)) return first.url;
  return completed(first.url).replace(/\/$/, '');
}

function completed(url: string): string {
  if (url.startsWith('//')) return `http:${url}`;
  if (url.startsWith('/')) return `http://localhost${url}`;
  if (!/^[a-zA-Z][0-9a-zA-Z.+-]+:\/\/.+/.test(url)) return `http://${url}`;
  return url;
}
