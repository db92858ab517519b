/**
 * Results of pure text functions (names, escaped cells) remembered by their input: a large spec
 * asks for the same ones many times (each reference to a model, each property in the code and in
 * the docs, GitHub's `per_page` description on hundreds of operations). Each plan starts with none
 * (forgetRemembered), and a full map is emptied, so what a process keeps stays bounded and one
 * emit costs the same whatever ran before it.
 */
const ALL: Map<string, string>[] = [];
const LIMIT = 50_000;

/** A map for one function's results; only a function whose result depends on its input alone may use it. */
export function rememberedResults(): Map<string, string> {
  const results = new Map<string, string>();
  ALL.push(results);
  return results;
}

/** `make(from)`, or what it gave for `from` before. */
export function remembered(results: Map<string, string>, from: string, make: (from: string) => string): string {
  const known = results.get(from);
  if (known !== undefined) return known;
  const made = make(from);
  if (results.size >= LIMIT) results.clear();
  results.set(from, made);
  return made;
}

/** Starts a plan with nothing remembered. */
export function forgetRemembered(): void {
  for (const results of ALL) results.clear();
}
