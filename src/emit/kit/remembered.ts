/**
 * Pure functions of one string, remembered per input. Every target asks for the same names and
 * escaped texts again and again on a large spec (GitHub's: each model, property and parameter name
 * by the plan, the docs and the code alike; a shared `per_page` description on hundreds of
 * operations; 20,858 Python table cells holding 3,916 texts), and the rules behind them are
 * regex-heavy. Only a function whose result depends on its input alone may be remembered.
 */

/** Past this many answers a map starts afresh, so a process that emits many specs holds no more. */
const LIMIT = 50_000;

/** `make(input)`, or what it gave for `input` before (kept in `known`). */
export function remembered<T>(known: Map<string, T>, input: string, make: (input: string) => T): T {
  const found = known.get(input);
  if (found !== undefined || known.has(input)) return found as T;
  const made = make(input);
  if (known.size >= LIMIT) known.clear();
  known.set(input, made);
  return made;
}

/** `answer`, remembering its answers in a map of its own. */
export function rememberedFunction<T>(answer: (input: string) => T): (input: string) => T {
  const known = new Map<string, T>();
  return (input) => remembered(known, input, answer);
}
