/**
 * Middleware: hooks the client runs around every attempt of every call, retries included, for
 * logging, token refresh and tracing. Each hook may replace what it is given: `pre` the request,
 * `post` the response, `onError` a request that got no response (by answering it itself).
 */
import type { FetchApi } from './configuration.js';

/** A request as fetch receives it. `init.headers` is a Headers object of this attempt alone. */
export interface FetchParams {
  readonly url: string;
  readonly init: RequestInit;
}

/** What every hook is told: the request, the operation and which attempt this is. */
export interface RequestContext extends FetchParams {
  /** The configured fetch, to send a request of the hook's own (for example, after refreshing a token). */
  readonly fetch: FetchApi;
  readonly method: string;
  /** The operation's path template, as in errors. */
  readonly path: string;
  /** 1 for the first attempt, 2 for the first retry, ... */
  readonly attempt: number;
}

export interface ResponseContext extends RequestContext {
  readonly response: Response;
}

export interface ErrorContext extends RequestContext {
  /** What fetch threw (network failure); the request got no response. */
  readonly error: unknown;
}

type Hook<C, R> = (context: C) => R | undefined | void | Promise<R | undefined | void>;

export interface Middleware {
  /** Before the request is sent; returning FetchParams sends those instead. */
  readonly pre?: Hook<RequestContext, FetchParams> | undefined;
  /** After the response arrived (redirects followed), before its status is checked; returning a Response replaces it. */
  readonly post?: Hook<ResponseContext, Response> | undefined;
  /** When fetch failed without a response; returning a Response answers the request instead of the error. */
  readonly onError?: Hook<ErrorContext, Response> | undefined;
}

/** The request after every `pre` hook, in list order. */
export async function runPre(middleware: readonly Middleware[], context: RequestContext): Promise<FetchParams> {
  let params: FetchParams = { url: context.url, init: context.init };
  for (const m of middleware) {
    const next = await m.pre?.({ ...context, ...params });
    if (next !== undefined && next !== null) params = next;
  }
  return params;
}

/** The response after every `post` hook, in list order. */
export async function runPost(middleware: readonly Middleware[], context: ResponseContext): Promise<Response> {
  let response = context.response;
  for (const m of middleware) {
    const next = await m.post?.({ ...context, response });
    if (next !== undefined && next !== null) response = next;
  }
  return response;
}

/** A response some `onError` hook gave instead of the error, or `undefined` when none did. */
export async function runOnError(middleware: readonly Middleware[], context: ErrorContext): Promise<Response | undefined> {
  let response: Response | undefined;
  for (const m of middleware) {
    const next = await m.onError?.(context);
    if (next !== undefined && next !== null) response = next;
  }
  return response;
}
