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

/**
 * A response body (2xx or not) longer than `maxResponseBytes`, counted as it streams in after
 * decompression, so neither a missing nor a lying Content-Length gets past it. Never retried: the
 * same server would most likely send the same body again.
 */
export class ResponseTooLargeError extends Error {
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly maxResponseBytes: number;

  constructor(init: { status: number; method: string; path: string; maxResponseBytes: number }) {
    super(`${init.method} ${init.path}: response body exceeds ${init.maxResponseBytes} bytes (HTTP ${init.status})`);
    this.name = 'ResponseTooLargeError';
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.maxResponseBytes = init.maxResponseBytes;
  }
}

/**
 * A redirect the client will not follow: to another origin while `crossOriginRedirects` is
 * `'error'`, to a scheme other than http(s), one too many, or one fetch hides (browsers). The
 * Location is not quoted: a server may have copied a credential into it. Never retried.
 */
export class RedirectError extends Error {
  readonly status: number;
  readonly method: string;
  readonly path: string;

  constructor(init: { status: number; method: string; path: string; reason: string }) {
    super(`${init.method} ${init.path}: redirect not followed: ${init.reason} (HTTP ${init.status})`);
    this.name = 'RedirectError';
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
  }
}

/**
 * A credential (token, API key) or header value holding CR, LF or NUL, refused before anything is
 * sent: such a value could end a header early and smuggle in others. The message names the scheme
 * or header, never the value (fetch's own error would quote it).
 */
export class UnsafeValueError extends TypeError {
  readonly method: string;
  readonly path: string;

  constructor(method: string, path: string, what: string) {
    super(`${method} ${path}: ${what} contains a CR, LF or NUL character; nothing was sent`);
    this.name = 'UnsafeValueError';
    this.method = method;
    this.path = path;
  }
}
