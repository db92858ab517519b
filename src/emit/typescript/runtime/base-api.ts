/**
 * The request pipeline every generated API class inherits: URL, headers, body and credentials
 * from an operation description, then attempts with timeout, retry and abort handling.
 */
import { applySecurity, hasLineBreak, type AppliedCredentials, type CallSite, type SecurityRequirement } from './auth.js';
import { carriesBody, decodeBody, encodeBody, errorBody, type RequestBodyValue, type ResponseKind } from './body.js';
import { Configuration } from './configuration.js';
import { abortReason, ApiError, InvalidResponseError, NetworkError, RedirectError, ResponseTooLargeError, TimeoutError, UnsafeValueError } from './errors.js';
import { EventStream, type ReconnectOptions } from './event-stream.js';
import { runOnError, runPost, runPre } from './middleware.js';
import { discardBody, readBodyWithin } from './read-body.js';
import { fetchFollowingRedirects } from './redirect.js';
import { redactError } from './redact.js';
import { isIdempotent, isRetryableStatus, retryDelayMs, sleep, type ResolvedRetryOptions } from './retry.js';
import { cookiePairs, expandPath, headerValue, serializeQuery, type ParameterValue } from './serialize.js';
import { serverUrl, type ServerDescription } from './servers.js';
import { trackedStream } from './stream.js';

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

type Release = () => void;

/** What every generated API class extends; holds no state besides its configuration and base URL. */
export class BaseApi {
  readonly #configuration: Configuration;
  readonly #basePath: string;

  /**
   * `servers` are the spec's (SERVERS): the configuration's `server` and `serverVariables` choose
   * among them, checked here, so a wrong choice fails before any call.
   */
  constructor(configuration: Configuration = new Configuration(), defaultBasePath = '', servers: readonly ServerDescription[] = []) {
    this.#configuration = configuration;
    const chooses = configuration.server !== undefined || configuration.serverVariables !== undefined;
    const fromServers = chooses ? serverUrl(servers, configuration.server ?? 0, configuration.serverVariables) : defaultBasePath;
    this.#basePath = configuration.basePath ?? fromServers;
  }

  /**
   * Performs a call and resolves to its decoded 2xx body (typed by the generated caller) with its
   * status and headers. Retries happen only before a streamed body is handed out.
   */
  protected async send<T>(call: OperationCall, options: EventStreamOptions = {}): Promise<ApiResponse<T>> {
    const prepared = await this.#prepare(call, options);
    try {
      const result = await this.#withRetries(prepared);
      if (call.response !== 'event-stream') return result as ApiResponse<T>;
      const data = this.#eventStream(prepared, result, options);
      const stream: ApiResponse<EventStream> = { ...result, data };
      return stream as ApiResponse<T>;
    } catch (error) {
      if (options.signal?.aborted === true) throw abortReason(options.signal, call);
      throw error;
    }
  }

  async #withRetries(call: PreparedCall): Promise<ApiResponse<unknown>> {
    const retry = this.#configuration.retry;
    const retryable = isIdempotent(call.method);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.#attempt(call, attempt);
      } catch (error) {
        const delay = retryable && attempt < retry.maxAttempts ? retryDelay(error, attempt, retry) : undefined;
        if (delay === undefined) throw error;
        await this.#wait(delay, call);
      }
    }
  }

  /** Sleeps, or rejects as an aborted call does when the caller's signal fires. */
  async #wait(ms: number, call: PreparedCall): Promise<void> {
    try {
      await sleep(ms, call.signal);
    } catch (error) {
      throw call.signal?.aborted === true ? abortReason(call.signal, call) : error;
    }
  }

  #eventStream(call: PreparedCall, first: ApiResponse<unknown>, options: EventStreamOptions): EventStream {
    const body = first.data instanceof ReadableStream ? first.data : new ReadableStream<Uint8Array>({ start: (c) => c.close() });
    const choice = options.reconnect;
    const reopen = async (lastEventId: string | undefined): Promise<ReadableStream<Uint8Array> | undefined> => {
      const headers = new Headers(call.init.headers);
      if (lastEventId !== undefined && lastEventId !== '') setHeader(headers, 'Last-Event-ID', lastEventId, call);
      const next = await this.#withRetries({ ...call, init: { ...call.init, headers } });
      return next.status === 204 || !(next.data instanceof ReadableStream) ? undefined : next.data;
    };
    return new EventStream(body, {
      maxEventBytes: this.#configuration.maxResponseBytes,
      tooLarge: () =>
        new ResponseTooLargeError({ status: first.status, method: call.method, path: call.path, maxResponseBytes: this.#configuration.maxResponseBytes }),
      failure: (error) => error,
      reconnect:
        choice === undefined || choice === false
          ? undefined
          : {
              reopen,
              options: choice === true ? {} : choice,
              wait: (ms) => this.#wait(ms, call),
              isFinal: (error) => call.signal?.aborted === true || error instanceof ResponseTooLargeError,
            },
    });
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
    const base = this.#basePath.replace(/\/+$/, '');
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

  /**
   * One attempt: the abort signal it gets fires on the caller's abort or on its own timeout. The
   * timeout covers the whole body, except for streams: it ends once their headers arrive.
   */
  async #attempt(call: PreparedCall, attempt: number): Promise<ApiResponse<unknown>> {
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(call.signal?.reason);
    call.signal?.throwIfAborted();
    call.signal?.addEventListener('abort', onAbort, { once: true });
    const release: Release = () => call.signal?.removeEventListener('abort', onAbort);
    let timedOut = false;
    let handedOut = false;
    const timer =
      call.timeoutMs > 0 && Number.isFinite(call.timeoutMs)
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, call.timeoutMs)
        : undefined;
    try {
      const response = await this.#exchange(call, attempt, controller.signal);
      const read = (): Promise<Uint8Array<ArrayBuffer>> => readBodyWithin(response, this.#configuration.maxResponseBytes, call);
      const contentType = response.headers.get('content-type');
      const answer = { status: response.status, headers: response.headers, response };
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
        return { ...answer, data: undefined };
      }
      if (call.response === 'stream' || call.response === 'event-stream') {
        clearTimeout(timer);
        handedOut = true;
        return { ...answer, data: this.#streamOf(response, call, release) };
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
      return { ...answer, data: decoded.value };
    } catch (error) {
      if (call.signal?.aborted === true) throw abortReason(call.signal, call);
      if (timedOut) throw new TimeoutError(call.method, call.path, call.timeoutMs);
      if (error instanceof ApiError || error instanceof InvalidResponseError || error instanceof ResponseTooLargeError || error instanceof RedirectError) {
        throw error;
      }
      if (error instanceof HookError) throw error.cause;
      throw new NetworkError(call.method, call.path, 'request failed', redactError(error, call.credentials.secrets));
    } finally {
      clearTimeout(timer);
      if (!handedOut) release();
    }
  }

  /**
   * The response after the middleware and redirects: `pre` hooks shape the request, fetch sends it,
   * `onError` hooks may answer a request that got no response, `post` hooks may replace the response.
   * What a hook throws ends the call as it is (HookError carries it past the network-error wrapping).
   */
  async #exchange(call: PreparedCall, attempt: number, signal: AbortSignal): Promise<Response> {
    const middleware = this.#configuration.middleware;
    const fetch = this.#configuration.fetchApi;
    const context = { url: call.url, init: { ...call.init, headers: new Headers(call.init.headers), signal }, fetch, method: call.method, path: call.path, attempt };
    const hook = async <R>(run: () => Promise<R>): Promise<R> => {
      try {
        return await run();
      } catch (error) {
        throw new HookError(error);
      }
    };
    const params = middleware.length === 0 ? context : await hook(() => runPre(middleware, context));
    const sent = { ...context, ...params };
    let response: Response;
    try {
      response = await fetchFollowingRedirects(this.#configuration, { url: params.url, init: { ...params.init, redirect: 'manual', signal } }, call.credentials, call);
    } catch (error) {
      if (error instanceof RedirectError || signal.aborted || middleware.length === 0) throw error;
      const answer = await hook(() => runOnError(middleware, { ...sent, error }));
      if (answer === undefined) throw error;
      response = answer;
    }
    return middleware.length === 0 ? response : hook(() => runPost(middleware, { ...sent, response }));
  }

  /** A 2xx body handed out unread: still capped (binary downloads), released when it ends. */
  #streamOf(response: Response, call: PreparedCall, release: Release): ReadableStream<Uint8Array> {
    const limit = this.#configuration.maxResponseBytes;
    const body = response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
    return trackedStream(body, {
      // An event stream may run for days: its limit applies to each event instead (event-stream.ts).
      maxBytes: call.response === 'event-stream' ? Number.POSITIVE_INFINITY : limit,
      tooLarge: () => new ResponseTooLargeError({ status: response.status, method: call.method, path: call.path, maxResponseBytes: limit }),
      failure: (error) =>
        call.signal?.aborted === true
          ? abortReason(call.signal, call)
          : new NetworkError(call.method, call.path, 'response body broke off', redactError(error, call.credentials.secrets)),
      release,
    });
  }
}

/** An error a middleware hook threw, to be rethrown unchanged rather than taken for a network error. */
class HookError extends Error {
  override readonly cause: unknown;

  constructor(cause: unknown) {
    super('middleware failed');
    this.cause = cause;
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
