/**
 * The request pipeline every generated API class inherits: attempts with timeout, retry and abort
 * handling around a prepared call (call.ts), bodies decoded or handed out as streams.
 */
import { carriesBody, decodeBody, errorBody } from './body.js';
import { prepareCall, setHeader, type ApiResponse, type EventStreamOptions, type OperationCall, type PreparedCall } from './call.js';
import { Configuration } from './configuration.js';
import { abortReason, ApiError, InvalidResponseError, NetworkError, RedirectError, ResponseTooLargeError, TimeoutError } from './errors.js';
import { EventStream } from './event-stream.js';
import { exchange, HookError } from './exchange.js';
import { discardBody, readBodyWithin } from './read-body.js';
import { redactError } from './redact.js';
import { isIdempotent, isRetryableStatus, retryDelayMs, sleep, type ResolvedRetryOptions } from './retry.js';
import { serverUrl, type ServerDescription } from './servers.js';
import { trackedStream } from './stream.js';

export type { ApiResponse, EventStreamOptions, HttpMethod, OperationCall, RequestOptions } from './call.js';

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
    this.#basePath =
      configuration.basePath ?? (chooses ? serverUrl(servers, configuration.server ?? 0, configuration.serverVariables) : defaultBasePath);
  }

  /**
   * Performs a call and resolves to its decoded 2xx body (typed by the generated caller) with its
   * status and headers. Retries happen only before a streamed body is handed out.
   */
  protected async send<T>(call: OperationCall, options: EventStreamOptions = {}): Promise<ApiResponse<T>> {
    const prepared = await prepareCall(this.#configuration, this.#basePath, call, options);
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
    // A 204 tells an event-stream client to stop, the first time as on a reconnection.
    const choice = first.status === 204 ? undefined : options.reconnect;
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
      reconnect:
        choice === undefined || choice === false
          ? undefined
          : {
              reopen,
              options: choice === true ? {} : choice,
              wait: (ms) => this.#wait(ms, call),
              // As EventSource does, only a connection that broke is opened again, not one the server refused.
              isFinal: (error) => call.signal?.aborted === true || error instanceof ResponseTooLargeError || error instanceof ApiError,
            },
    });
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
      const response = await exchange(this.#configuration, call, attempt, controller.signal);
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

/** The wait before retrying after `error`, or `undefined` when it must not be retried. */
function retryDelay(error: unknown, attempt: number, retry: ResolvedRetryOptions): number | undefined {
  if (error instanceof ApiError) {
    return isRetryableStatus(error.status) ? retryDelayMs(attempt, error.headers.get('retry-after'), retry) : undefined;
  }
  return error instanceof NetworkError ? retryDelayMs(attempt, null, retry) : undefined;
}
