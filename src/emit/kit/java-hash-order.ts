/**
 * The iteration order of a java.util.HashMap<String, ?> filled with `keys` in that order: where a
 * Java generator collects names into a plain HashMap (swagger-codegen 2.2's authMethods of an
 * operation), its output lists them in this order, which is neither the spec's nor sorted.
 *
 * HashMap walks its buckets in index order; a key's bucket is its String.hashCode() spread
 * (`h ^ (h >>> 16)`) masked by the table size (16, doubled whenever more than 3/4 full), and keys
 * sharing a bucket stay in insertion order (resizing keeps their relative order).
 */

/** Java's String.hashCode: s[0]·31^(n-1) + … + s[n-1] over UTF-16 code units, in 32-bit arithmetic. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i += 1) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

export function javaHashMapOrder(keys: readonly string[]): string[] {
  const unique = [...new Set(keys)];
  let capacity = 16;
  while (unique.length > capacity * 0.75) capacity *= 2;
  const bucket = (key: string): number => {
    const h = javaStringHash(key);
    return (h ^ (h >>> 16)) & (capacity - 1);
  };
  // Array.prototype.sort is stable: equal buckets keep insertion order.
  return unique.map((key) => ({ key, at: bucket(key) })).sort((a, b) => a.at - b.at).map((e) => e.key);
}
