import type { CompositeShape, Discriminator, Schema } from '../../model/types.js';
import { reportAt, type Walk } from './walk.js';

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
  const keyed = (members: readonly Schema[]) => {
    let inline = 0;
    return members.map((m, i) => ({ key: m.kind === 'ref' ? `ref:${m.name}` : `inline:${inline++}`, schema: m, index: i }));
  };
  const before = keyed(base.members);
  const after = keyed(revision.members);
  const afterByKey = new Map(after.map((m) => [m.key, m]));
  const beforeKeys = new Set(before.map((m) => m.key));
  const label = (m: { schema: Schema; index: number }) => (m.schema.kind === 'ref' ? m.schema.name : `inline member ${m.index + 1}`);
  for (const member of before) {
    const match = afterByKey.get(member.key);
    const at = { ...walk, basePointer: `${walk.basePointer}/${kind}/${member.index}` };
    if (!match) {
      reportAt(at, `${ID[kind]}-member-removed`, { base: label(member) });
      continue;
    }
    compare({ ...walk, basePointer: at.basePointer, revisionPointer: `${walk.revisionPointer}/${kind}/${match.index}` }, member.schema, match.schema);
  }
  for (const member of after) {
    if (beforeKeys.has(member.key)) continue;
    reportAt({ ...walk, revisionPointer: `${walk.revisionPointer}/${kind}/${member.index}` }, `${ID[kind]}-member-added`, { revision: label(member) });
  }
  compareDiscriminators(walk, base.discriminator, revision.discriminator);
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
