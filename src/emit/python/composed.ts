/**
 * Which properties swagger-codegen 2.2.2 lists for a definition written as `allOf`, and in which
 * order. Its Swagger parser splits the members into a parent (the first reference), interfaces
 * (the other references) and one child (the last inline object, a typeless member without
 * properties not counted: test/emit/python/quirks/allof-typeless-member); any other inline member, a
 * nested composition, and properties written beside the allOf are not read. DefaultCodegen then
 * adds the parent's properties, the interfaces', and the child's, into one LinkedHashMap (a name
 * added again keeps its place and takes the later definition, required if any definition says
 * so: 2.2.2 keeps one list of required names). A referenced composition counts
 * whole: all its members (FlattenedProperties.ofNamed). test/emit/python/quirks/allof-members-read.
 */
import type { Property, Schema } from '../../model/types.js';
import type { FlattenedProperties } from '../docs/flattened.js';

const COMPOSITIONS: ReadonlySet<Schema['kind']> = new Set(['allOf', 'oneOf', 'anyOf']);

/** The properties 2.2.2 documents for the schema, or undefined when it is no allOf (all are). */
export function composedProperties(schema: Schema, flattened: FlattenedProperties): readonly Property[] | undefined {
  if (schema.kind !== 'allOf') return undefined;
  // A member written `allOf: [X]` is X in the model, with allOfWrapper set: to 2.2 a composition.
  const members = schema.members.filter((m) => m.allOfWrapper === undefined && !COMPOSITIONS.has(m.kind));
  const refs = members.flatMap((m) => (m.kind === 'ref' ? [m.name] : []));
  // A member without a type and without properties (`{example}`, `{description}`, `{}`) is no
  // child: the parser builds no model of it (`{type: object}` alone is one, of no properties).
  const child = [...members].reverse().find((m) => m.kind !== 'ref' && !(m.kind === 'any' && !m.object));
  const read = [...refs.flatMap((name) => flattened.ofNamed(name)), ...(child?.kind === 'object' ? child.properties : [])];
  // 2.2.2 keeps one list of required names beside the map: required anywhere is required.
  const byName = new Map<string, Property>();
  for (const p of read) byName.set(p.name, { ...p, required: p.required || byName.get(p.name)?.required === true });
  return [...byName.values()];
}
