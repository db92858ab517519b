/**
 * Client-wide settings. Credentials live in a private field and are only handed to the request
 * pipeline, so logging or JSON-serializing a Configuration never shows them.
 */

import type { Middleware } from './middleware.js';
import { resolveRetryOptions, type ResolvedRetryOptions, type RetryOptions } from './retry.js';

/** A bearer token (http bearer, OAuth 2, OpenID Connect), or a function returning one per call. */
export type AccessToken = string | ((scheme: string, scopes: readonly string[]) => string | Promise<string>);

/** An API key, or a function given the key's wire name and scheme name returning one per call. */
export type ApiKey = string | ((name: string, scheme: string) => string | Promise<string>);

/** The subset of fetch the client uses; pass another implementation to instrument or mock calls. */
export type FetchApi = (input: string, init: RequestInit) => Promise<Response>;

export interface ConfigurationParameters {
  /** Overrides the base URL from the spec (BASE_PATH) and `server`. */
  readonly basePath?: string | undefined;
  /** Which of the spec's servers (SERVERS) to call: its index, or its description. Default 0. */
  readonly server?: number | string | undefined;
  /** Values of the chosen server's variables; the others keep the spec's defaults. Checked against the spec's enums. */
  readonly serverVariables?: Readonly<Record<string, string>> | undefined;
  /** Hooks run in this order around every attempt of every call, retries included. */
  readonly middleware?: readonly Middleware[] | undefined;
  readonly accessToken?: AccessToken | undefined;
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  readonly apiKey?: ApiKey | undefined;
  /** Sent with every call; per-call headers and the operation's own override them. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly fetchApi?: FetchApi | undefined;
  /** Per attempt; 0 turns the timeout off. Default 30000. */
  readonly timeoutMs?: number | undefined;
  readonly retry?: RetryOptions | undefined;
  /**
   * The longest response body read, in bytes after decompression; a longer one ends the call in
   * ResponseTooLargeError. Default 104857600 (100 MiB).
   */
  readonly maxResponseBytes?: number | undefined;
  /**
   * A redirect to another origin (scheme, host or port): `'strip'` follows it without the
   * credentials the client added (Authorization, API-key headers and query parameters, Cookie);
   * `'error'` refuses it with RedirectError. Same-origin redirects are followed either way.
   * Default `'strip'`.
   */
  readonly crossOriginRedirects?: CrossOriginRedirects | undefined;
}

export type CrossOriginRedirects = 'strip' | 'error';

export const DEFAULT_TIMEOUT_MS = 30_000;

export const DEFAULT_MAX_RESPONSE_BYTES = 100 * 1024 * 1024;

/**
 * Settings shared by the API classes built with it:
 * `new SessionsApi(new Configuration({ basePath, accessToken: async () => token }))`.
 */
export class Configuration {
  readonly #parameters: ConfigurationParameters;

  constructor(parameters: ConfigurationParameters = {}) {
    this.#parameters = { ...parameters };
  }

  get basePath(): string | undefined {
    return this.#parameters.basePath;
  }

  get server(): number | string | undefined {
    return this.#parameters.server;
  }

  get serverVariables(): Readonly<Record<string, string>> | undefined {
    return this.#parameters.serverVariables;
  }

  get middleware(): readonly Middleware[] {
    return this.#parameters.middleware ?? [];
  }

  get headers(): Readonly<Record<string, string>> {
    return this.#parameters.headers ?? {};
  }

  get fetchApi(): FetchApi {
    // Wrapped so browsers call fetch with the global as `this`.
    return this.#parameters.fetchApi ?? ((input, init) => globalThis.fetch(input, init));
  }

  get timeoutMs(): number {
    return this.#parameters.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  get retry(): ResolvedRetryOptions {
    return resolveRetryOptions(this.#parameters.retry);
  }

  get maxResponseBytes(): number {
    // NaN would compare false with every length and lift the cap; only Infinity lifts it on purpose.
    const limit = this.#parameters.maxResponseBytes;
    return typeof limit === 'number' && limit >= 0 ? limit : DEFAULT_MAX_RESPONSE_BYTES;
  }

  get crossOriginRedirects(): CrossOriginRedirects {
    // Anything but an explicit 'strip' refuses: a typo must not fall back to following.
    const choice = this.#parameters.crossOriginRedirects ?? 'strip';
    return choice === 'strip' ? 'strip' : 'error';
  }

  /** The bearer token for a scheme, or `undefined` when none is configured. */
  async accessToken(scheme: string, scopes: readonly string[]): Promise<string | undefined> {
    const token = this.#parameters.accessToken;
    return typeof token === 'function' ? await token(scheme, scopes) : token;
  }

  /** The API key sent as `name`, or `undefined` when none is configured. */
  async apiKey(name: string, scheme: string): Promise<string | undefined> {
    const key = this.#parameters.apiKey;
    return typeof key === 'function' ? await key(name, scheme) : key;
  }

  /** User name and password for http basic, when a user name is configured. */
  basicCredentials(): { readonly username: string; readonly password: string } | undefined {
    const { username, password } = this.#parameters;
    return username === undefined ? undefined : { username, password: password ?? '' };
  }
}
