/**
 * A JavaScript object lists integer-like keys (`"200"`) first, in ascending order, whatever order
 * the spec wrote them in: `{default, 200}` reads back as `200, default`. Where that order matters
 * (the responses of an operation: openapi-generator builds its Accept list in spec order), the
 * loader records the order as written under this symbol, which nothing else sees (validation,
 * JSON.stringify and Object.keys skip symbols).
 */
export const SPEC_KEY_ORDER: unique symbol = Symbol('sdkgen.specKeyOrder');

/** A key JavaScript moves to the front: a canonical array index. */
export function isIndexKey(key: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;
}

/** Whether JavaScript would list `keys` (in the order written) in another order. */
export function reorderedByJs(keys: readonly string[]): boolean {
  let seenOther = false;
  let last = -1;
  for (const key of keys) {
    if (!isIndexKey(key)) seenOther = true;
    else if (seenOther || Number(key) < last) return true;
    else last = Number(key);
  }
  return false;
}

/** The object's keys in the order the spec wrote them, when the loader recorded it; else Object.keys. */
export function specKeys(node: Record<string, unknown>): string[] {
  const keys = Object.keys(node);
  const written = (node as { [SPEC_KEY_ORDER]?: unknown })[SPEC_KEY_ORDER];
  if (!Array.isArray(written) || written.length !== keys.length) return keys;
  const own = new Set(keys);
  return written.every((k): k is string => typeof k === 'string' && own.has(k)) ? written : keys;
}

/** Records on `node` the order its keys were written in, when JavaScript lists them otherwise. */
export function keepKeyOrder(node: unknown, written: readonly string[]): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node) || !reorderedByJs(written)) return;
  Object.defineProperty(node, SPEC_KEY_ORDER, { value: [...written], enumerable: false });
}
