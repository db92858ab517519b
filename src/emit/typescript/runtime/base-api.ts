/**
 * The request pipeline every generated API class inherits: URL, headers, body and credentials
 * from an operation description, then attempts with timeout, retry and abort handling.
 */
import { applySecurity, hasLineBreak, type AppliedCredentials, type CallSite, type SecurityRequirement } from './auth.js';
import { carriesBody, decodeBody, encodeBody, errorBody, type RequestBodyValue, type ResponseKind } from './body.js';
import { Configuration } from './configuration.js';
import { ApiError, InvalidResponseError, NetworkError, RedirectError, ResponseTooLargeError, TimeoutError, UnsafeValueError } from './errors.js';
import { discardBody, readBodyWithin } from './read-body.js';
import { fetchFollowingRedirects } from './redirect.js';
import { redactError } from './redact.js';
import { isIdempotent, isRetryableStatus, retryDelayMs, sleep, type ResolvedRetryOptions } from './retry.js';
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
interface PreparedCall {
  readonly method: HttpMethod;
  readonly path: string;
  readonly url: string;
  readonly init: RequestInit;
  readonly response: ResponseKind;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly credentials: AppliedCredentials;
}

/** What every generated API class extends; holds no state besides its configuration. */
export class BaseApi {
  readonly #configuration: Configuration;
  readonly #defaultBasePath: string;

  constructor(configuration: Configuration = new Configuration(), defaultBasePath = '') {
    this.#configuration = configuration;
    this.#defaultBasePath = defaultBasePath;
  }

  /** Performs a call and resolves to its decoded 2xx body (typed by the generated caller). */
  protected async send<T>(call: OperationCall, options: RequestOptions = {}): Promise<T> {
    const prepared = await this.#prepare(call, options);
    const retry = this.#configuration.retry;
    const retryable = isIdempotent(call.method);
    for (let attempt = 1; ; attempt += 1) {
      try {
        const value: unknown = await this.#attempt(prepared);
        return value as T;
      } catch (error) {
        const delay = retryable && attempt < retry.maxAttempts ? retryDelay(error, attempt, retry) : undefined;
        if (delay === undefined) throw error;
        await sleep(delay, options.signal);
      }
    }
  }

  async #prepare(call: OperationCall, options: RequestOptions): Promise<PreparedCall> {
    const parameters = call.parameters ?? [];
    for (const p of parameters) {
      if (p.required === true && (p.value === undefined || p.value === null)) {
        throw new TypeError(`${call.method} ${call.path}: missing required ${p.in} parameter "${p.name}"`);
      }
    }
    if (call.body?.required === true && call.body.value === undefined) {
      throw new TypeError(`${call.method} ${call.path}: missing required request body`);
    }
    const credentials = await applySecurity(this.#configuration, call.security, call);
    const base = withoutTrailingSlashes(this.#configuration.basePath ?? this.#defaultBasePath);
    const query = [serializeQuery(parameters), ...credentials.query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)]
      .filter((part) => part !== '')
      .join('&');
    const url = `${base}${expandPath(call.path, parameters)}${query === '' ? '' : `?${query}`}`;

    const headers = new Headers();
    const set = (name: string, value: string): void => setHeader(headers, name, value, call);
    for (const [name, value] of Object.entries(this.#configuration.headers)) set(name, value);
    if (call.accept !== undefined) set('Accept', call.accept);
    let body: BodyInit | undefined;
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
      timeoutMs: options.timeoutMs ?? this.#configuration.timeoutMs,
      signal: options.signal,
      credentials,
    };
  }

  /** One attempt: the abort signal it gets fires on the caller's abort or on its own timeout. */
  async #attempt(call: PreparedCall): Promise<unknown> {
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(call.signal?.reason);
    call.signal?.throwIfAborted();
    call.signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer =
      call.timeoutMs > 0 && Number.isFinite(call.timeoutMs)
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, call.timeoutMs)
        : undefined;
    try {
      const first = { url: call.url, init: { ...call.init, redirect: 'manual' as const, signal: controller.signal } };
      const response = await fetchFollowingRedirects(this.#configuration, first, call.credentials, call);
      const read = (): Promise<Uint8Array<ArrayBuffer>> => readBodyWithin(response, this.#configuration.maxResponseBytes, call);
      const contentType = response.headers.get('content-type');
      if (!response.ok) {
        throw new ApiError({
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
          body: errorBody(await read(), contentType),
          method: call.method,
          path: call.path,
        });
      }
      if (!carriesBody(call.response, response.status, call.method)) {
        await discardBody(response);
        return undefined;
      }
      const decoded = decodeBody(await read(), contentType, call.response);
      if (!decoded.ok) {
        throw new InvalidResponseError({
          status: response.status,
          headers: response.headers,
          method: call.method,
          path: call.path,
          reason: decoded.reason,
          cause: decoded.cause,
        });
      }
      return decoded.value;
    } catch (error) {
      if (call.signal?.aborted === true) throw call.signal.reason;
      if (timedOut) throw new TimeoutError(call.method, call.path, call.timeoutMs);
      if (error instanceof ApiError || error instanceof InvalidResponseError || error instanceof ResponseTooLargeError || error instanceof RedirectError) {
        throw error;
      }
      throw new NetworkError(call.method, call.path, 'request failed', redactError(error, call.credentials.secrets));
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
    }
  }

}

/** Headers.set would quote a bad value in its error, and the value may be a secret. */
function setHeader(headers: Headers, name: string, value: string, site: CallSite): void {
  if (hasLineBreak(value)) throw new UnsafeValueError(site.method, site.path, `the value of header "${name}"`);
  headers.set(name, value);
}

/** The wait before retrying after `error`, or `undefined` when it must not be retried. */
function retryDelay(error: unknown, attempt: number, retry: ResolvedRetryOptions): number | undefined {
  if (error instanceof ApiError) {
    return isRetryableStatus(error.status) ? retryDelayMs(attempt, error.headers.get('retry-after'), retry) : undefined;
  }
  return error instanceof NetworkError ? retryDelayMs(attempt, null, retry) : undefined;
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

/** The base URL without trailing slashes; a scan, since /\/+$/ is quadratic on a long run of slashes. */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}
