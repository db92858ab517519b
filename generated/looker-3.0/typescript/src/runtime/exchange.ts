/**
 * One request of one attempt, from the prepared call to the final response: middleware around
 * fetch, redirects followed by the client itself.
 */
import type { PreparedCall } from './call.js';
import type { Configuration } from './configuration.js';
import { RedirectError } from './errors.js';
import { runOnError, runPost, runPre } from './middleware.js';
import { fetchFollowingRedirects } from './redirect.js';

/**
 * The response after the middleware and redirects: `pre` hooks shape the request, fetch sends it,
 * `onError` hooks may answer a request that got no response, `post` hooks may replace the response.
 * What a hook throws ends the call as it is (HookError carries it past the network-error wrapping).
 */
export async function exchange(configuration: Configuration, call: PreparedCall, attempt: number, signal: AbortSignal): Promise<Response> {
  const middleware = configuration.middleware;
  const fetch = configuration.fetchApi;
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
    response = await fetchFollowingRedirects(configuration, { url: params.url, init: { ...params.init, redirect: 'manual', signal } }, call.credentials, call);
  } catch (error) {
    if (error instanceof RedirectError || signal.aborted || middleware.length === 0) throw error;
    const answer = await hook(() => runOnError(middleware, { ...sent, error }));
    if (answer === undefined) throw error;
    response = answer;
  }
  return middleware.length === 0 ? response : hook(() => runPost(middleware, { ...sent, response }));
}

/** An error a middleware hook threw, to be rethrown unchanged rather than taken for a network error. */
export class HookError extends Error {
  override readonly cause: unknown;

  constructor(cause: unknown) {
    super('middleware failed');
    this.cause = cause;
  }
}
