/**
 * The errors a call can end with. Messages name the operation by method and path TEMPLATE only:
 * the real URL may carry an API key in its query, and request headers carry credentials, so
 * neither is ever copied into an error.
 */

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
type StatusNumber<T extends string> = T extends `${infer N extends number}` ? N : never;

/** The statuses from `C`00 to `C`99, as number literals: `ErrorStatusIn<'4'>` is 400 | 401 | ... | 499. */
export type ErrorStatusIn<C extends '3' | '4' | '5'> = StatusNumber<`${C}${Digit}${Digit}`>;

/** Every status an ApiError can carry (fetch treats 200–299 as success and never hands out 1xx). */
export type ErrorStatus = ErrorStatusIn<'3' | '4' | '5'>;

/**
 * Every response whose status is not 2xx: what the server said, never what was sent. Generated
 * code narrows it per operation (`GetPetError` is a union of `ApiError<404, NotFound>`, ...), so
 * checking `error.status` gives the body type the spec declares for that status. The body is what
 * the server sent, parsed, not validated against that type.
 */
export class ApiError<S extends number = number, B = unknown> extends Error {
  readonly status: S;
  readonly statusText: string;
  readonly headers: Headers;
  /** Parsed JSON when the response says it is JSON, its text otherwise, `undefined` when empty. */
  readonly body: B;
  readonly method: string;
  /** The operation's path template (`/session/{id}`), not the URL that was called. */
  readonly path: string;

  constructor(init: {
    status: S;
    statusText: string;
    headers: Headers;
    body: B;
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

/**
 * An attempt took longer than its timeout (`timeoutMs`), or the caller's signal fired because of
 * `AbortSignal.timeout()` (then `timeoutMs` is `undefined` and `cause` is the signal's reason).
 * A network error, so idempotent calls retry the first kind; the second ends the call.
 */
export class TimeoutError extends NetworkError {
  readonly timeoutMs: number | undefined;

  constructor(method: string, path: string, timeoutMs: number | undefined, cause?: unknown) {
    super(method, path, timeoutMs === undefined ? "the caller's signal timed out" : `no response within ${timeoutMs} ms`, cause);
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/**
 * What a call aborted by the caller's signal rejects with: the signal's reason, except that the
 * DOMException `AbortSignal.timeout()` leaves becomes the client's TimeoutError, so one
 * `instanceof TimeoutError` catches every timeout.
 */
export function abortReason(signal: AbortSignal, site: { readonly method: string; readonly path: string }): unknown {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'TimeoutError' && !(reason instanceof TimeoutError)) {
    return new TimeoutError(site.method, site.path, undefined, reason);
  }
  return reason;
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
