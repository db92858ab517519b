import { emptyCommon } from '../../model/schema.js';
import type { ObjectShape, Property, Schema } from '../../model/types.js';
import { compareComposition } from './composition.js';
import { compareConstraints } from './constraints.js';
import { compareEnums } from './enums.js';
import { sameShapeEverywhere } from './shapes.js';
import { reportAt, resolve, step, type Walk } from './walk.js';

/**
 * Compares two schemas at the same place, structurally: references are followed to their named
 * schemas (so inline ↔ `$ref` is no change), each named pair once per walk (so recursive schemas
 * end). Findings carry the walk's direction, which decides their level.
 */
export function compareSchema(walk: Walk, baseIn: Schema, revisionIn: Schema): void {
  const { ctx } = walk;
  // `X` → `allOf: [X, extra]` (or back) is X with members added (removed), not a new type.
  const baseRaw = asAllOfWith(baseIn, revisionIn);
  const revisionRaw = asAllOfWith(revisionIn, baseIn);
  const base = resolve(ctx.base, baseRaw, walk.basePointer);
  const revision = resolve(ctx.revision, revisionRaw, walk.revisionPointer);
  if (base.name !== undefined || revision.name !== undefined) {
    const key = `${base.name ?? walk.basePointer}|${revision.name ?? walk.revisionPointer}`;
    if (walk.visited.has(key)) return;
    walk.visited.add(key);
    // Two uses of a schema that is the same in both documents, all the way down: nothing to find.
    if (base.name !== undefined && base.name === revision.name && ctx.unchanged(base.name)) return;
  }
  const here: Walk = { ...walk, basePointer: base.pointer, revisionPointer: revision.pointer };
  // Flags may sit on the reference itself; the shape is the named schema's, the same at every use.
  compareFlags(here, base.schema, revision.schema);
  if (base.name !== undefined && revision.name !== undefined) {
    sameShapeEverywhere(here, `${base.name}|${revision.name}`, () => (w) => compareShape(w, base.schema, revision.schema));
  } else {
    compareShape(here, base.schema, revision.schema);
  }
}

function asAllOfWith(schema: Schema, other: Schema): Schema {
  if (schema.kind !== 'ref' || other.kind !== 'allOf') return schema;
  if (!other.members.some((m) => m.kind === 'ref' && m.name === schema.name)) return schema;
  return { ...emptyCommon(), kind: 'allOf', members: [schema], discriminator: undefined };
}

function compareFlags(walk: Walk, base: Schema, revision: Schema): void {
  if (!base.nullable && revision.nullable) reportAt(walk, 'became-nullable', { base: false, revision: true });
  if (base.nullable && !revision.nullable) reportAt(walk, 'became-not-nullable', { base: true, revision: false });
  if (!base.readOnly && revision.readOnly) reportAt(walk, 'became-read-only', { base: false, revision: true });
  if (base.readOnly && !revision.readOnly) reportAt(walk, 'read-only-removed', { base: true, revision: false });
  if (!base.writeOnly && revision.writeOnly) reportAt(walk, 'became-write-only', { base: false, revision: true });
  if (base.writeOnly && !revision.writeOnly) reportAt(walk, 'write-only-removed', { base: true, revision: false });
  if (!base.deprecated && revision.deprecated) reportAt(walk, 'deprecated', { base: false, revision: true });
  if ((base.description ?? '') !== (revision.description ?? '')) {
    reportAt(walk, 'description-changed', { base: base.description, revision: revision.description });
  }
  const before = base.default;
  const after = revision.default;
  if (before === undefined && after !== undefined) reportAt(walk, 'default-added', { revision: after.value });
  else if (before !== undefined && after === undefined) reportAt(walk, 'default-removed', { base: before.value });
  else if (before !== undefined && after !== undefined && !sameValue(before.value, after.value)) {
    reportAt(walk, 'default-changed', { base: before.value, revision: after.value });
  }
  compareConstraints(walk, base, revision);
}

/** What kind of value a schema describes, in words, for type-changed. */
function typeName(schema: Schema): string {
  switch (schema.kind) {
    case 'primitive': return schema.type;
    case 'array': return 'array';
    case 'map':
    case 'object': return 'object';
    case 'any': return schema.object ? 'object' : 'any';
    case 'ref': return schema.name;
    default: return schema.kind;
  }
}

function compareShape(walk: Walk, base: Schema, revision: Schema): void {
  if (base.kind === 'allOf' || base.kind === 'oneOf' || base.kind === 'anyOf' || revision.kind === 'allOf' || revision.kind === 'oneOf' || revision.kind === 'anyOf') {
    compareComposition(walk, base, revision, compareSchema);
    return;
  }
  // `{}` accepts anything; a free-form object and one with properties are both objects.
  const objectLike = (s: Schema) => s.kind === 'object' || s.kind === 'map' || (s.kind === 'any' && s.object);
  if (typeName(base) !== typeName(revision) && !(objectLike(base) && objectLike(revision))) {
    reportAt(walk, 'type-changed', { base: typeName(base), revision: typeName(revision) });
    return;
  }
  if (base.kind === 'primitive' && revision.kind === 'primitive') {
    compareFormat(walk, base.format, revision.format);
    compareEnums(walk, base.enum, revision.enum);
    return;
  }
  if (base.kind === 'array' && revision.kind === 'array') {
    compareSchema(step(walk, 'items', `${walk.path}[]`), base.items, revision.items);
    return;
  }
  compareObjects(walk, objectParts(base), objectParts(revision));
}

function compareFormat(walk: Walk, base: string | undefined, revision: string | undefined): void {
  if (base === revision) return;
  if (base === undefined) reportAt(walk, 'format-added', { revision });
  else if (revision === undefined) reportAt(walk, 'format-removed', { base });
  else reportAt(walk, 'format-changed', { base, revision });
}

interface ObjectParts {
  readonly properties: readonly Property[];
  /** undefined: not allowed (or not said); true: anything; a schema: values of that schema. */
  readonly additional: ObjectShape['additionalProperties'];
}

function objectParts(schema: Schema): ObjectParts {
  if (schema.kind === 'object') return { properties: schema.properties, additional: schema.additionalProperties };
  if (schema.kind === 'map') return { properties: [], additional: schema.values };
  return { properties: [], additional: undefined };
}

function compareObjects(walk: Walk, base: ObjectParts, revision: ObjectParts): void {
  const child = (name: string) => step(walk, `properties/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, walk.path === '' ? name : `${walk.path}.${name}`);
  const after = new Map(revision.properties.map((p) => [p.name, p]));
  const before = new Map(base.properties.map((p) => [p.name, p]));
  for (const property of base.properties) {
    const match = after.get(property.name);
    const at = child(property.name);
    if (!match) {
      // A response property a client may no longer send (writeOnly) or a request property it may
      // not send (readOnly) was never there for that side.
      if (!hiddenFor(walk, property.schema)) reportAt({ ...at, revisionPointer: walk.revisionPointer }, 'property-removed', { base: property.name, revisionPointer: undefined });
      continue;
    }
    if (!property.required && match.required) reportAt(at, 'property-became-required', { base: false, revision: true });
    if (property.required && !match.required) reportAt(at, 'property-became-optional', { base: true, revision: false });
    compareSchema(at, property.schema, match.schema);
  }
  for (const property of revision.properties) {
    if (before.has(property.name) || hiddenFor(walk, property.schema)) continue;
    const at = child(property.name);
    reportAt(at, property.required ? 'property-added-required' : 'property-added', { revision: property.name, basePointer: undefined });
  }
  if (typeof base.additional === 'object' && typeof revision.additional === 'object') {
    compareSchema(step(walk, 'additionalProperties', `${walk.path}{}`), base.additional, revision.additional);
  }
}

/** readOnly properties are not sent, writeOnly ones not received: changes to them don't count there. */
function hiddenFor(walk: Walk, schema: Schema): boolean {
  return walk.direction === 'request' ? schema.readOnly : schema.writeOnly;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Key order is not meaning: objects compared with sorted keys. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}
