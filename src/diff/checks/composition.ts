import type { CompositeShape, Discriminator, Schema } from '../../model/types.js';
import { reportAt, type Walk } from './walk.js';
import { withoutExtensions } from '../../model/extensions.js';

type Compare = (walk: Walk, base: Schema, revision: Schema) => void;
type Composite = Schema & CompositeShape;

const ID = { oneOf: 'one-of', anyOf: 'any-of', allOf: 'all-of' } as const;

function isComposite(schema: Schema): schema is Composite {
  return schema.kind === 'allOf' || schema.kind === 'oneOf' || schema.kind === 'anyOf';
}

/**
 * oneOf/anyOf/allOf: members that are named schemas pair by name, inline ones by their order among
 * the inline members; paired members are compared like any schema, the rest are added or removed.
 */
export function compareComposition(walk: Walk, base: Schema, revision: Schema, compare: Compare): void {
  if (!isComposite(base) || !isComposite(revision) || base.kind !== revision.kind) {
    reportAt(walk, 'type-changed', { base: base.kind === 'primitive' ? base.type : base.kind, revision: revision.kind === 'primitive' ? revision.type : revision.kind });
    return;
  }
  const kind = base.kind;
  const label = (m: Schema, index: number) => (m.kind === 'ref' ? m.name : `inline member ${index + 1}`);
  const pointerOf = (at: string, index: number) => `${at}/${kind}/${index}`;
  // Named members pair by name; the others (inline, or named on one side only, as when a member
  // moved behind a $ref) pair in order, and are compared like any schema.
  const afterNamed = new Map(revision.members.flatMap((m, i) => (m.kind === 'ref' ? [[m.name, i] as const] : [])));
  const used = new Set<number>();
  const leftovers: number[] = [];
  base.members.forEach((member, i) => {
    const j = member.kind === 'ref' ? afterNamed.get(member.name) : undefined;
    if (j === undefined) return leftovers.push(i);
    used.add(j);
    compare({ ...walk, basePointer: pointerOf(walk.basePointer, i), revisionPointer: pointerOf(walk.revisionPointer, j) }, member, revision.members[j]!);
  });
  // Inline members next: first those that look alike (the same named schemas inside, or the same
  // text), so a member inserted in the middle of a list does not shift every pairing after it.
  for (const i of [...leftovers]) {
    const sign = signature(base.members[i]!);
    const j = revision.members.findIndex((m, k) => !used.has(k) && signature(m) === sign);
    if (j < 0) continue;
    used.add(j);
    leftovers.splice(leftovers.indexOf(i), 1);
    compare({ ...walk, basePointer: pointerOf(walk.basePointer, i), revisionPointer: pointerOf(walk.revisionPointer, j) }, base.members[i]!, revision.members[j]!);
  }
  const open = revision.members.map((_, j) => j).filter((j) => !used.has(j));
  const namedOnBothSides = (i: number) =>
    base.members[i]!.kind === 'ref' && revision.members.some((r) => r.kind === 'ref') && base.members.some((b) => b.kind === 'ref');
  for (const i of leftovers) {
    const member = base.members[i]!;
    // A named member whose name is gone while other members stay named was removed, not moved.
    const j = namedOnBothSides(i) && open.every((k) => revision.members[k]!.kind === 'ref') ? undefined : open.shift();
    if (j === undefined) {
      reportAt({ ...walk, basePointer: pointerOf(walk.basePointer, i) }, `${ID[kind]}-member-removed`, { base: label(member, i) });
      continue;
    }
    compare({ ...walk, basePointer: pointerOf(walk.basePointer, i), revisionPointer: pointerOf(walk.revisionPointer, j) }, member, revision.members[j]!);
  }
  for (const j of open) {
    reportAt({ ...walk, revisionPointer: pointerOf(walk.revisionPointer, j) }, `${ID[kind]}-member-added`, { revision: label(revision.members[j]!, j) });
  }
  compareDiscriminators(walk, base.discriminator, revision.discriminator);
}

/** What an inline member is, roughly: the named schemas it combines, or else its whole text. */
function signature(member: Schema): string {
  if (isComposite(member)) {
    const names = member.members.flatMap((m) => (m.kind === 'ref' ? [m.name] : []));
    if (names.length > 0) return `${member.kind}:${names.sort().join(',')}`;
  }
  if (member.kind === 'ref') return `ref:${member.name}`;
  return JSON.stringify(member, withoutExtensions);
}

function compareDiscriminators(walk: Walk, base: Discriminator | undefined, revision: Discriminator | undefined): void {
  if (base === undefined && revision === undefined) return;
  if (base === undefined) return reportAt(walk, 'discriminator-added', { revision: revision!.propertyName });
  if (revision === undefined) return reportAt(walk, 'discriminator-removed', { base: base.propertyName });
  if (base.propertyName !== revision.propertyName) {
    reportAt(walk, 'discriminator-property-changed', { base: base.propertyName, revision: revision.propertyName });
    return;
  }
  const before = new Map(base.mapping.map((m) => [m.value, m.schema]));
  const after = new Map(revision.mapping.map((m) => [m.value, m.schema]));
  for (const [value, schema] of before) {
    if (after.get(value) !== schema) reportAt(walk, 'discriminator-mapping-removed', { base: `${value} → ${schema}` });
  }
  for (const [value, schema] of after) {
    if (before.get(value) !== schema) reportAt(walk, 'discriminator-mapping-added', { revision: `${value} → ${schema}` });
  }
}
