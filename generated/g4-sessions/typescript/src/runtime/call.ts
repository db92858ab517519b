/**
 * The description of a call (what generated code hands the runtime) and its preparation: URL,
 * headers, body and credentials, fixed once before the first attempt.
 */
import { applySecurity, hasLineBreak, type AppliedCredentials, type CallSite, type SecurityRequirement } from './auth.js';
import { encodeBody, type RequestBodyValue, type ResponseKind, type RequestBody } from './body.js';
import type { Configuration } from './configuration.js';
import { UnsafeValueError } from './errors.js';
import type { ReconnectOptions } from './event-stream.js';
import { cookiePairs, expandPath, headerValue, serializeQuery, type ParameterValue } from './serialize.js';

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';

/** Options of one call; they take precedence over the Configuration. */
export interface RequestOptions {
  /** Aborting stops the call, including a pending retry wait; the call rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /** Per attempt; 0 turns the timeout off. */
  readonly timeoutMs?: number | undefined;
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/** Options of a call to a `text/event-stream` operation. */
export interface EventStreamOptions extends RequestOptions {
  /**
   * Open the stream again when it ends or breaks, sending the last event id as `Last-Event-ID`;
   * off by default. A 204 answer to a reconnection ends the stream.
   */
  readonly reconnect?: boolean | ReconnectOptions | undefined;
}

/** What the `...Raw` method of every operation resolves to: the decoded body and where it came from. */
export interface ApiResponse<T> {
  readonly data: T;
  readonly status: number;
  readonly headers: Headers;
  /** The final response (after redirects and middleware); its body is already read, except for streams, whose body is `data`. */
  readonly response: Response;
}

/** One call of an operation, as generated code describes it. */
export interface OperationCall {
  readonly method: HttpMethod;
  /** Path template relative to the base path: `/session/{id}`. */
  readonly path: string;
  readonly parameters?: readonly ParameterValue[];
  readonly body?: RequestBodyValue;
  /** The Accept header: the media types the operation may answer with. */
  readonly accept?: string;
  /** Alternatives in spec order; absent or empty means the operation needs no credentials. */
  readonly security?: readonly SecurityRequirement[];
  readonly response: ResponseKind;
}

/** What an attempt needs, fixed before the first one. */
export interface PreparedCall {
  readonly method: HttpMethod;
  readonly path: string;
  readonly url: string;
  readonly init: RequestInit;
  readonly response: ResponseKind;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly credentials: AppliedCredentials;
}

/** The prepared call; throws TypeError when a required parameter or body is missing. */
export async function prepareCall(
  configuration: Configuration,
  basePath: string,
  call: OperationCall,
  options: RequestOptions,
): Promise<PreparedCall> {
  const parameters = call.parameters ?? [];
  for (const p of parameters) {
    if (p.required === true && (p.value === undefined || p.value === null)) {
      throw new TypeError(`${call.method} ${call.path}: missing required ${p.in} parameter "${p.name}"`);
    }
  }
  if (call.body?.required === true && call.body.value === undefined) {
    throw new TypeError(`${call.method} ${call.path}: missing required request body`);
  }
  const credentials = await applySecurity(configuration, call.security, call);
  const base = withoutTrailingSlashes(basePath);
  // A path the spec writes with `#` (`/tags/{arn}#tagKeys`) is sent up to it, and one with `?`
  // sends that fixed query as written, before the declared query parameters. Path values are
  // percent-encoded, so a `#` or `?` left after expanding is the spec's own.
  const [path, fixedQuery] = splitOnce(splitOnce(expandPath(call.path, parameters), '#')[0], '?');
  const query = [fixedQuery ?? '', serializeQuery(parameters), ...credentials.query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)]
    .filter((part) => part !== '')
    .join('&');
  const url = `${base}${path}${query === '' ? '' : `?${query}`}`;

  const headers = new Headers();
  const set = (name: string, value: string): void => setHeader(headers, name, value, call);
  for (const [name, value] of Object.entries(configuration.headers)) set(name, value);
  if (call.accept !== undefined) set('Accept', call.accept);
  let body: RequestBody | undefined;
  if (call.body !== undefined && call.body.value !== undefined) {
    const encoded = encodeBody(call.body.mediaType, call.body.value);
    body = encoded.body;
    if (encoded.contentType !== undefined) set('Content-Type', encoded.contentType);
  }
  for (const p of parameters) {
    const value = p.in === 'header' ? headerValue(p) : undefined;
    if (value !== undefined) set(p.name, value);
  }
  setCredentials(headers, credentials, parameters);
  for (const [name, value] of Object.entries(options.headers ?? {})) set(name, value);

  const init: RequestInit = body === undefined ? { method: call.method, headers } : { method: call.method, headers, body };
  return {
    method: call.method,
    path: call.path,
    url,
    init,
    response: call.response,
    timeoutMs: options.timeoutMs ?? configuration.timeoutMs,
    signal: options.signal,
    credentials,
  };
}


/** Headers.set would quote a bad value in its error, and the value may be a secret. */
export function setHeader(headers: Headers, name: string, value: string, site: CallSite): void {
  if (hasLineBreak(value)) throw new UnsafeValueError(site.method, site.path, `the value of header "${name}"`);
  headers.set(name, value);
}

/** Credentials go last so a header parameter cannot replace them; cookies merge into one header. */
function setCredentials(headers: Headers, credentials: AppliedCredentials, parameters: readonly ParameterValue[]): void {
  for (const [name, value] of credentials.headers) headers.set(name, value);
  const cookies = [
    ...parameters.filter((p) => p.in === 'cookie').flatMap(cookiePairs),
    ...credentials.cookies.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
  ];
  if (cookies.length > 0) headers.set('Cookie', cookies.join('; '));
}

/** The text before the first `separator`, and the rest after it (undefined when there is none). */
function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** The base URL without trailing slashes; a scan, since /\/+$/ is quadratic on a long run of slashes. */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}
