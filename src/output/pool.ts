/**
 * File work a few at a time instead of one await at a time: writing GitHub's four targets (4,000
 * files) one system call after another spent seconds waiting on each call in turn. Bounded, so a
 * large output neither runs out of file handles nor floods libuv's thread pool.
 */

/** Files in flight at once: enough to keep libuv's four threads busy, far below any handle limit. */
export const FILE_POOL = 16;

/**
 * `fn` over every item, at most `limit` at once, results in item order. After a failure no new
 * item starts, and the failure is reported only once every item already started has settled, so
 * nothing is still writing when the caller cleans up. The error reported is the one of the
 * lowest-numbered item that failed: every item before it had started, so that is deterministic.
 */
export async function mapPool<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  const failures: { index: number; error: unknown }[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    while (failures.length === 0 && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T, index);
      } catch (error) {
        failures.push({ index, error });
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failures.length > 0) throw failures.reduce((a, b) => (b.index < a.index ? b : a)).error;
  return results;
}

/** Each key's promise made once: a folder checked or created once however many files go into it. */
export class Once<T> {
  readonly #made = new Map<string, Promise<T>>();
  constructor(private readonly make: (key: string) => Promise<T>) {}

  get(key: string): Promise<T> {
    let made = this.#made.get(key);
    if (made === undefined) {
      made = this.make(key);
      this.#made.set(key, made);
    }
    return made;
  }
}
