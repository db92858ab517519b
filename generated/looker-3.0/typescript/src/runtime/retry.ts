/**
 * When and how long to wait before trying a call again: only methods that are idempotent by
 * definition (RFC 9110 §9.2.2), only for answers that say "try later" (408, 429, 5xx) or no answer
 * at all, with exponential backoff and full jitter unless the server says how long (Retry-After).
 */

export interface RetryOptions {
  /** Attempts in all, including the first; 1 turns retries off. Default 3. */
  readonly maxAttempts?: number | undefined;
  /** Ceiling of the first backoff, doubling each retry; the wait is random up to it (full jitter). Default 250. */
  readonly baseDelayMs?: number | undefined;
  /** No wait is longer; a Retry-After asking for more ends the retries. Default 30000. */
  readonly maxDelayMs?: number | undefined;
}

export interface ResolvedRetryOptions {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export function resolveRetryOptions(options: RetryOptions = {}): ResolvedRetryOptions {
  return {
    maxAttempts: Math.max(1, Math.floor(options.maxAttempts ?? 3)),
    baseDelayMs: Math.max(0, options.baseDelayMs ?? 250),
    maxDelayMs: Math.max(0, options.maxDelayMs ?? 30_000),
  };
}

const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/** Full jitter: a random wait between 0 and min(max, base · 2^(retry − 1)). `retry` counts from 1. */
export function backoffDelayMs(retry: number, options: ResolvedRetryOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Milliseconds a Retry-After value asks for: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * `undefined` when absent or unreadable; a date in the past means now.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // HTTP dates always name a day or month; without letters it is a malformed delta (`-1`, `1.5`).
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * How long to wait before the next attempt, or `undefined` when the server's Retry-After is longer
 * than the client may wait (giving up early beats retrying before the server is ready).
 */
export function retryDelayMs(
  retry: number,
  retryAfter: string | null,
  options: ResolvedRetryOptions,
  random: () => number = Math.random,
): number | undefined {
  const asked = parseRetryAfter(retryAfter);
  if (asked === undefined) return backoffDelayMs(retry, options, random);
  return asked > options.maxDelayMs ? undefined : asked;
}

/** Waits, unless the signal aborts first: then it rejects with the signal's reason at once. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
