/**
 * The errors a call can end with. Messages name the operation by method and path TEMPLATE only:
 * the real URL may carry an API key in its query, and request headers carry credentials, so
 * neither is ever copied into an error.
 */

/** Every response whose status is not 2xx: what the server said, never what was sent. */
export class ApiError extends Error {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  /** Parsed JSON when the response says it is JSON, its text otherwise, `undefined` when empty. */
  readonly body: unknown;
  readonly method: string;
  /** The operation's path template (`/session/{id}`), not the URL that was called. */
  readonly path: string;

  constructor(init: {
    status: number;
    statusText: string;
    headers: Headers;
    body: unknown;
    method: string;
    path: string;
  }) {
    const reason = init.statusText === '' ? '' : ` ${init.statusText}`;
    super(`${init.method} ${init.path} failed: HTTP ${init.status}${reason}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.statusText = init.statusText;
    this.headers = init.headers;
    this.body = init.body;
    this.method = init.method;
    this.path = init.path;
  }
}

/** No response arrived: connection refused, reset, DNS failure, body cut off. */
export class NetworkError extends Error {
  readonly method: string;
  readonly path: string;

  constructor(method: string, path: string, message: string, cause?: unknown) {
    super(`${method} ${path}: ${message}`, cause === undefined ? undefined : { cause });
    this.name = 'NetworkError';
    this.method = method;
    this.path = path;
  }
}

/** An attempt took longer than its timeout; a network error, so idempotent calls retry it. */
export class TimeoutError extends NetworkError {
  readonly timeoutMs: number;

  constructor(method: string, path: string, timeoutMs: number) {
    super(method, path, `no response within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** A 2xx response whose body is not what the operation declares (for example, not JSON). */
export class InvalidResponseError extends Error {
  readonly status: number;
  readonly headers: Headers;
  readonly method: string;
  readonly path: string;

  constructor(init: { status: number; headers: Headers; method: string; path: string; reason: string; cause?: unknown }) {
    super(
      `${init.method} ${init.path}: ${init.reason} (HTTP ${init.status})`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.name = 'InvalidResponseError';
    this.status = init.status;
    this.headers = init.headers;
    this.method = init.method;
    this.path = init.path;
  }
}
