import { describe, expect, it, vi } from 'vitest';
import {
  backoffDelayMs,
  isIdempotent,
  isRetryableStatus,
  parseRetryAfter,
  resolveRetryOptions,
  retryDelayMs,
  sleep,
} from '../../../src/emit/typescript/runtime/retry.js';

const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);
const OPTIONS = resolveRetryOptions({ baseDelayMs: 100, maxDelayMs: 1000 });

describe('parseRetryAfter', () => {
  it.each<[string | null, number | undefined]>([
    [null, undefined],
    ['0', 0],
    ['120', 120_000],
    [' 5 ', 5000],
    ['Wed, 01 Jan 2025 12:00:30 GMT', 30_000],
    ['Wednesday, 01-Jan-25 12:00:10 GMT', 10_000],
    ['Tue, 31 Dec 2024 12:00:00 GMT', 0],
    ['-1', undefined],
    ['1.5', undefined],
    ['soon', undefined],
    ['', undefined],
  ])('%j → %s', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });

  it('understands the obsolete asctime form (read as local time, so only checked to be a number)', () => {
    expect(parseRetryAfter('Wed Jan  1 12:00:02 2025', NOW)).toBeTypeOf('number');
  });
});

describe('backoff with full jitter', () => {
  it.each<[number, number]>([
    [1, 100],
    [2, 200],
    [3, 400],
    [4, 800],
    [5, 1000],
    [30, 1000],
  ])('retry %i waits below %i ms', (retry, ceiling) => {
    expect(backoffDelayMs(retry, OPTIONS, () => 0.999_999)).toBe(Math.floor(0.999_999 * ceiling));
    expect(backoffDelayMs(retry, OPTIONS, () => 0)).toBe(0);
  });

  it('uses Retry-After when the server sends one, and gives up when it asks for too long', () => {
    expect(retryDelayMs(1, '0', OPTIONS, () => 0.5)).toBe(0);
    expect(retryDelayMs(1, '1', OPTIONS, () => 0.5)).toBe(1000);
    expect(retryDelayMs(1, '2', OPTIONS, () => 0.5)).toBeUndefined();
    expect(retryDelayMs(2, null, OPTIONS, () => 0.5)).toBe(100);
    expect(retryDelayMs(2, 'garbage', OPTIONS, () => 0.5)).toBe(100);
  });

  it('resolves options with defaults and sane bounds', () => {
    expect(resolveRetryOptions()).toEqual({ maxAttempts: 3, baseDelayMs: 250, maxDelayMs: 30_000 });
    expect(resolveRetryOptions({ maxAttempts: 0, baseDelayMs: -5 })).toMatchObject({ maxAttempts: 1, baseDelayMs: 0 });
  });
});

describe('what is retried', () => {
  it.each([
    [408, true],
    [429, true],
    [500, true],
    [503, true],
    [599, true],
    [400, false],
    [401, false],
    [404, false],
    [409, false],
    [301, false],
  ])('status %i → %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });

  it.each([
    ['GET', true],
    ['HEAD', true],
    ['OPTIONS', true],
    ['PUT', true],
    ['DELETE', true],
    ['TRACE', true],
    ['get', true],
    ['POST', false],
    ['PATCH', false],
  ])('%s idempotent → %s', (method, expected) => {
    expect(isIdempotent(method)).toBe(expected);
  });
});

describe('sleep', () => {
  it('rejects with the abort reason as soon as the signal fires', async () => {
    // Fake timers never reach the 10 s: only the abort can settle the wait, and it clears its timer.
    vi.useFakeTimers();
    try {
      const controller = new AbortController();
      const waiting = sleep(10_000, controller.signal);
      controller.abort(new Error('stop'));
      await expect(waiting).rejects.toThrow('stop');
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects at once when already aborted, and resolves otherwise', async () => {
    await expect(sleep(10_000, AbortSignal.abort(new Error('early')))).rejects.toThrow('early');
    await expect(sleep(1)).resolves.toBeUndefined();
  });
});
