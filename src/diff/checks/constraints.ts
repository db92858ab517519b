import type { Constraints, Schema } from '../../model/types.js';
import { CONSTRAINT_KEYWORDS } from '../rules.js';
import { reportAt, type Walk } from './walk.js';

type Keyword = (typeof CONSTRAINT_KEYWORDS)[number];

/** `min-length` → `minLength`: the model's key for a rule's keyword. */
const KEY: Record<Keyword, keyof Constraints> = {
  minimum: 'minimum',
  maximum: 'maximum',
  'exclusive-minimum': 'exclusiveMinimum',
  'exclusive-maximum': 'exclusiveMaximum',
  'min-length': 'minLength',
  'max-length': 'maxLength',
  'min-items': 'minItems',
  'max-items': 'maxItems',
  'min-properties': 'minProperties',
  'max-properties': 'maxProperties',
  'multiple-of': 'multipleOf',
};

/** Lower bounds tighten when they rise; upper bounds when they fall. */
const LOWER = new Set<Keyword>(['minimum', 'exclusive-minimum', 'min-length', 'min-items', 'min-properties']);

/**
 * Every constraint keyword, set, tightened, loosened or removed. The rule ids name the kind; the
 * walk's direction turns "tightened" into breaking for requests and info for responses, and
 * "loosened" into info for requests and a warning for responses.
 */
export function compareConstraints(walk: Walk, base: Schema, revision: Schema): void {
  const before = base.constraints ?? {};
  const after = revision.constraints ?? {};
  for (const keyword of CONSTRAINT_KEYWORDS) {
    const key = KEY[keyword];
    const b = before[key] as number | undefined;
    const r = after[key] as number | undefined;
    if (b === r) continue;
    if (b === undefined) reportAt(walk, `${keyword}-set`, { revision: r });
    else if (r === undefined) reportAt(walk, `${keyword}-removed`, { base: b });
    else reportAt(walk, `${keyword}-${tightened(keyword, b, r) ? 'tightened' : 'loosened'}`, { base: b, revision: r });
  }
  if (!before.uniqueItems && after.uniqueItems) reportAt(walk, 'unique-items-set', { base: false, revision: true });
  if (before.uniqueItems && !after.uniqueItems) reportAt(walk, 'unique-items-removed', { base: true, revision: false });
  const bp = base.kind === 'primitive' ? base.pattern : undefined;
  const rp = revision.kind === 'primitive' ? revision.pattern : undefined;
  if (bp === rp) return;
  if (bp === undefined) reportAt(walk, 'pattern-set', { revision: rp });
  else if (rp === undefined) reportAt(walk, 'pattern-removed', { base: bp });
  else reportAt(walk, 'pattern-changed', { base: bp, revision: rp });
}

function tightened(keyword: Keyword, base: number, revision: number): boolean {
  // multipleOf: 2 → 4 accepts fewer numbers; 4 → 2 more; 2 → 3 accepts some new ones, counted as tighter.
  if (keyword === 'multiple-of') return !(base % revision === 0);
  return LOWER.has(keyword) ? revision > base : revision < base;
}
