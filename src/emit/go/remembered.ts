/**
 * A pure function of one string, remembered per input: the Go names (naming.ts) and the escaped
 * texts of the docs (text.ts) are asked for again and again on a large spec (GitHub's: each model,
 * property and parameter name by the plan, the docs and the code alike; `application/json` and a
 * shared parameter's description on every operation), and the rules behind them are regex-heavy.
 */
export function remembered(known: Map<string, string>, raw: string, name: (raw: string) => string): string {
  let result = known.get(raw);
  if (result === undefined) {
    // Bounded, so a long-lived process emitting many specs does not keep every text it saw.
    if (known.size >= 100_000) known.clear();
    result = name(raw);
    known.set(raw, result);
  }
  return result;
}
