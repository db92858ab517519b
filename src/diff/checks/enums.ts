import { sameValue } from './schemas.js';
import { reportAt, type Walk } from './walk.js';

type Value = string | number | boolean | null;

/** Enum values compared as sets: their order means nothing. */
export function compareEnums(walk: Walk, base: readonly Value[] | undefined, revision: readonly Value[] | undefined): void {
  if (base === undefined && revision === undefined) return;
  if (base === undefined) {
    reportAt(walk, 'enum-added', { revision: [...revision!] });
    return;
  }
  if (revision === undefined) {
    reportAt(walk, 'enum-removed', { base: [...base] });
    return;
  }
  const has = (list: readonly Value[], v: Value) => list.some((x) => sameValue(x, v));
  for (const value of base) if (!has(revision, value)) reportAt(walk, 'enum-value-removed', { base: value });
  for (const value of revision) if (!has(base, value)) reportAt(walk, 'enum-value-added', { revision: value });
}
