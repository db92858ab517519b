/**
 * Each key's result made once: a folder looked at or created once however many files go into it.
 * A `make` that throws leaves nothing behind, so the next file asking for that key tries again
 * and meets the same refusal.
 */
export class Once<T> {
  readonly #made = new Map<string, T>();
  constructor(private readonly make: (key: string) => T) {}

  get(key: string): T {
    if (this.#made.has(key)) return this.#made.get(key) as T;
    const made = this.make(key);
    this.#made.set(key, made);
    return made;
  }
}
