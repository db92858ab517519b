/**
 * The properties a model doc lists for a composition: an object's own, and for `allOf` those of
 * every member, references followed, each property name once at its first position, as
 * openapi-generator and swagger-codegen flatten a composition. Go, Python and Rust docs share it.
 * Which definition of a name repeated across members is kept: the first
 * (`laterWins: false`) or the last, as openapi-generator 4.2.1 and 6.0 and swagger-codegen 2.2
 * all merge members into a LinkedHashMap (`laterWins`, which every target passes:
 * test/emit/python/quirks/allof-property-redefined, test/emit/rust/quirks/allof-later-member-wins).
 *
 * Walking each page's references afresh costs the size of everything it reaches, so 40 levels
 * that each name the next twice would cost 2^40 steps, and 20,000 models that each extend the
 * next would cost 200 million. Here each named schema is flattened once, in an order that has
 * every schema it extends flattened before it, and its result is reused wherever it is named.
 * Only schemas that extend each other in a loop (one strongly connected group) are walked again
 * for each member of the group, because where the loop is cut depends on where the walk entered.
 * Nothing recurses, so a chain of any length cannot exhaust the stack.
 */
import type { Property, Schema } from '../../model/types.js';
import { stronglyConnected } from '../graph.js';

/** The compositions whose members' properties a model lists. */
export type Gathered = readonly ('allOf' | 'oneOf' | 'anyOf')[];

/** The members a walk follows, when the schema is a composition it gathers. */
function gatheredMembers(schema: Schema, gathered: Gathered): readonly Schema[] | undefined {
  if ((schema.kind === 'allOf' || schema.kind === 'oneOf' || schema.kind === 'anyOf') && gathered.includes(schema.kind)) return schema.members;
  return undefined;
}

export class FlattenedProperties {
  readonly #lookup: (name: string) => Schema | undefined;
  /** Each named schema's group: names in one loop of references share it. */
  readonly #group = new Map<string, number>();
  readonly #flat = new Map<string, readonly Property[]>();
  readonly #laterWins: boolean;
  readonly #gathered: Gathered;
  readonly #beside: boolean;
  readonly #requiredFromAny: boolean;

  /**
   * `names`: every named schema, in document order; `lookup`: the schema behind a name;
   * `laterWins`: a name defined again by a later member takes that definition (at its first place);
   * `gathered`: the compositions whose members are gathered, allOf alone but for openapi-generator
   * 4.2.1, which lists a oneOf's or anyOf's members' properties too (updateModelForComposedSchema);
   * `beside`: a page of a composition lists the properties written beside it first, then its
   * members' (openapi-generator 6.0); those of a composition reached as a member are not listed;
   * `requiredFromAny`: a name is required when any definition of it requires it or a composition
   * walked through lists it in its own `required`, whichever definition is kept (4.2.1 and 6.0
   * both gather every `required` list into one, beside the properties).
   */
  constructor(
    names: Iterable<string>,
    lookup: (name: string) => Schema | undefined,
    laterWins = false,
    gathered: Gathered = ['allOf'],
    beside = false,
    requiredFromAny = false,
  ) {
    this.#lookup = lookup;
    this.#requiredFromAny = requiredFromAny;
    this.#laterWins = laterWins;
    this.#gathered = gathered;
    this.#beside = beside;
    for (const group of stronglyConnected([...names], (name) => extended(lookup(name), gathered))) {
      const id = this.#group.size;
      for (const name of group) this.#group.set(name, id);
      // Groups arrive after every group they reach, so their members can reuse those results.
      for (const name of group) this.#flat.set(name, this.#walk(lookup(name), [name], id));
    }
  }

  /** The properties of the named schema's own page: a reference back to itself adds nothing. */
  ofNamed(name: string): readonly Property[] {
    const flat = this.#flat.get(name) ?? [];
    return this.#beside ? this.#withBeside(this.#lookup(name), flat) : flat;
  }

  /** The page's own properties written beside its composition, before the rest (first of a name wins). */
  #withBeside(schema: Schema | undefined, flat: readonly Property[]): readonly Property[] {
    const beside = this.#beside && schema !== undefined && gatheredMembers(schema, this.#gathered) !== undefined && 'properties' in schema ? schema.properties : undefined;
    if (beside === undefined || beside.length === 0) return flat;
    const byName = new Map<string, Property>();
    for (const p of [...beside, ...flat]) if (!byName.has(p.name)) byName.set(p.name, p);
    return [...byName.values()];
  }

  /**
   * The named schema's page as openapi-generator 4.2.1 and 6.0 list it (updateModelForComposedSchema):
   * its own members' references first, then its inline members (the "child" schemas, for 6.0 the
   * compositions its resolver leaves inline, as a oneOf nested in a oneOf), each in member order;
   * with `beside`, the properties written beside the composition before all. Compositions reached
   * through a reference keep member order (addProperties). `firstInline`: of an allOf's inline
   * members only the first is read, its properties and its `required` (4.2.1, whose
   * updateModelForComposedSchema keeps one "child" schema: nexmo's `CreateCallRequestAnswerUrl`,
   * `allOf: [{required, title}, {properties}, $ref]`, lists the reference's properties alone).
   */
  ofNamedReferencesFirst(name: string, firstInline = false): readonly Property[] {
    const schema = this.#lookup(name);
    const members = schema === undefined ? undefined : gatheredMembers(schema, this.#gathered);
    if (schema === undefined || members === undefined) return this.ofNamed(name);
    const inline = members.filter((m) => m.kind !== 'ref');
    const reordered = [...members.filter((m) => m.kind === 'ref'), ...(firstInline && schema.kind === 'allOf' ? inline.slice(0, 1) : inline)];
    return this.#withBeside(schema, this.#walk({ ...schema, members: reordered } as Schema, [name], this.#group.get(name) ?? -1));
  }

  /** The properties of a schema walked from outside every named schema (nothing is in progress yet). */
  ofSchema(schema: Schema): readonly Property[] {
    return this.#withBeside(schema, this.#walk(schema, [], -1));
  }

  /**
   * Depth-first in member order. A name seen earlier in the same walk adds nothing new (all it
   * reaches was already reached), so it is skipped; a name of another group adds its stored result.
   */
  #walk(schema: Schema | undefined, entered: readonly string[], group: number): Property[] {
    const out: Property[] = [];
    /** Names a composition's own `required` lists (read only with requiredFromAny). */
    const listed = new Set<string>();
    const seen = new Set(entered);
    const stack: Schema[] = schema === undefined ? [] : [schema];
    while (stack.length > 0) {
      const current = stack.pop()!;
      const members = gatheredMembers(current, this.#gathered);
      // An object (or property-less) member's `required` may name another member's properties.
      if (current.kind === 'object' || current.kind === 'any') for (const name of current.requiredOthers ?? []) listed.add(name);
      if (current.kind === 'object') out.push(...current.properties);
      else if (members !== undefined) {
        if ('required' in current) for (const name of current.required ?? []) listed.add(name);
        for (let i = members.length - 1; i >= 0; i--) stack.push(members[i]!);
      }
      else if (current.kind === 'ref' && !seen.has(current.name)) {
        seen.add(current.name);
        if (this.#group.get(current.name) !== group) {
          out.push(...(this.#flat.get(current.name) ?? []));
          // Its stored properties hold none of the names it requires of the other members.
          const target = this.#requiredFromAny ? this.#lookup(current.name) : undefined;
          if (target?.kind === 'object' || target?.kind === 'any') for (const name of target.requiredOthers ?? []) listed.add(name);
        } else {
          const target = this.#lookup(current.name);
          if (target !== undefined) stack.push(target);
        }
      }
    }
    // A Map keeps each name at its first insertion; setting it again only replaces the value.
    const byName = new Map<string, Property>();
    for (const p of out) {
      const earlier = byName.get(p.name);
      if (earlier !== undefined && !this.#laterWins) {
        if (this.#requiredFromAny && p.required && !earlier.required) byName.set(p.name, { ...earlier, required: true });
        continue;
      }
      const required = this.#requiredFromAny && !p.required && (earlier?.required === true || listed.has(p.name));
      byName.set(p.name, required ? { ...p, required: true } : p);
    }
    return [...byName.values()];
  }
}

/** The names a schema's flattening may follow: references at the top or among gathered members. */
function extended(schema: Schema | undefined, gathered: Gathered): string[] {
  const found: string[] = [];
  const stack = schema === undefined ? [] : [schema];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.kind === 'ref') found.push(current.name);
    else stack.push(...(gatheredMembers(current, gathered) ?? []));
  }
  return found;
}
