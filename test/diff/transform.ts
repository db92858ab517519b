/**
 * Changes to a spec that change nothing about the API: the property tests apply them at random
 * and expect no finding. A small seeded generator drives every choice, so fast-check's seed
 * reproduces a failing case.
 */
export type Doc = Record<string, unknown>;

export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Lists whose order means nothing in an OpenAPI document. */
const SETS = new Set(['parameters', 'enum', 'tags', 'required', 'security']);

/** Every object's keys in a random order, and every set-like list shuffled. */
export function reorder(value: unknown, next: () => number, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => reorder(v, next));
    return SETS.has(key) ? shuffle(items, next) : items;
  }
  if (value === null || typeof value !== 'object') return value;
  const entries = shuffle(Object.entries(value as Doc), next);
  return Object.fromEntries(entries.map(([k, v]) => [k, reorder(v, next, k)]));
}

/**
 * Moves inline schemas behind a `$ref` (into components/definitions under a new name) and some
 * `$ref`s back inline, each place with probability `rate`.
 */
export function extractAndInline(doc: Doc, next: () => number, rate = 0.3): Doc {
  const copy = structuredClone(doc);
  const swagger = typeof copy.swagger === 'string';
  const prefix = swagger ? '#/definitions/' : '#/components/schemas/';
  const named: Doc = swagger ? ((copy.definitions ??= {}) as Doc) : (((copy.components ??= {}) as Doc).schemas ??= {}) as Doc;
  const original = structuredClone(named);
  let counter = 0;
  const visit = (node: unknown, inDiscriminated: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, inDiscriminated));
    if (node === null || typeof node !== 'object') return;
    const object = node as Doc;
    const discriminated = object.discriminator !== undefined;
    for (const [key, child] of Object.entries(object)) {
      const slots: [Doc | unknown[], string | number][] = [];
      if (key === 'schema' || key === 'items' || key === 'additionalProperties') slots.push([object, key]);
      if (key === 'properties' && child && typeof child === 'object') for (const name of Object.keys(child)) slots.push([child as Doc, name]);
      if ((key === 'oneOf' || key === 'anyOf' || key === 'allOf') && Array.isArray(child) && !discriminated) child.forEach((_, i) => slots.push([child, i]));
      visit(child, discriminated);
      for (const [holder, slot] of slots) {
        const value = (holder as Record<string | number, unknown>)[slot];
        if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
        const ref = (value as Doc).$ref;
        if (typeof ref === 'string') {
          // Back inline: only a bare reference to a named schema, never one a discriminator names.
          const name = ref.startsWith(prefix) ? decodeURIComponent(ref.slice(prefix.length)).replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
          if (name && Object.keys(value).length === 1 && original[name] && !inDiscriminated && next() < rate) {
            (holder as Record<string | number, unknown>)[slot] = structuredClone(original[name]);
          }
        } else if (next() < rate && !isFile(value as Doc)) {
          const name = `Extracted${++counter}`;
          named[name] = value;
          (holder as Record<string | number, unknown>)[slot] = { $ref: `${prefix}${name}` };
        }
      }
    }
  };
  visit(copy.paths, false);
  visit(original, false);
  for (const [name, schema] of Object.entries(original)) if (!(name in named) || named[name] === undefined) named[name] = schema;
  visit(named, false);
  return copy;
}

/** Swagger 2.0 `type: file` lives only in parameters and responses, never under definitions. */
function isFile(schema: Doc): boolean {
  return schema.type === 'file';
}
