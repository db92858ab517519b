/**
 * Schema → TypeScript type text. Type text is the one piece of code ts-morph structures take as a
 * string; it is built here from escaped parts only (stringLiteral, propertyKey, model names).
 */
import type { CompositeShape, ObjectShape, PrimitiveShape, Schema } from '../../model/types.js';
import { propertyKey, stringLiteral } from './escape.js';
import type { RecursionInfo } from './recursion.js';

/** How tightly a type binds, to know when it needs parentheses. */
const Binding = { Union: 0, Intersection: 1, Primary: 2 } as const;
type Binding = (typeof Binding)[keyof typeof Binding];

interface TypeText {
  readonly text: string;
  readonly binding: Binding;
}

const UNKNOWN: TypeText = { text: 'unknown', binding: Binding.Primary };

/** Where a schema is printed: inside a named alias (whose eager self-references need care) or not. */
export interface TypeSite {
  /** The schema name of the alias being declared, when printing its right-hand side. */
  readonly alias?: string | undefined;
}

export class TypePrinter {
  readonly #modelNames: ReadonlyMap<string, string>;
  readonly #recursion: RecursionInfo;
  /** Model names printed since the last take(), for imports. */
  #used = new Set<string>();
  /**
   * Each schema's type outside any alias (where it depends on the schema alone), with the model
   * names it uses: code and docs print the same schemas again and again (a response body for its
   * method, its error union and its doc page; a shared parameter for every operation).
   */
  readonly #printed = new Map<Schema, Kept<string>>();
  /** Each object shape's members outside any alias (an interface's, printed for its code and its doc page). */
  readonly #members = new Map<ObjectShape, Kept<readonly Member[]>>();

  constructor(modelNames: ReadonlyMap<string, string>, recursion: RecursionInfo) {
    this.#modelNames = modelNames;
    this.#recursion = recursion;
  }

  /** The type of a schema as TypeScript text. */
  print(schema: Schema, site: TypeSite = {}): string {
    if (site.alias !== undefined || schema.kind === 'ref') return this.#print(schema, site.alias, true).text;
    return this.#kept(this.#printed, schema, () => this.#print(schema, undefined, true).text);
  }

  /** Model type names referenced since the last call, sorted; resets the record. */
  takeUsedModels(): string[] {
    const used = [...this.#used].sort();
    this.#used = new Set();
    return used;
  }

  /** `cache`'s value for `key`, computed once; a hit still records the model names it uses. */
  #kept<K, V>(cache: Map<K, Kept<V>>, key: K, compute: () => V): V {
    const kept = cache.get(key);
    if (kept !== undefined) {
      for (const name of kept.used) this.#used.add(name);
      return kept.value;
    }
    const outer = this.#used;
    this.#used = new Set();
    try {
      const value = compute();
      cache.set(key, { value, used: [...this.#used] });
      return value;
    } finally {
      for (const name of this.#used) outer.add(name);
      this.#used = outer;
    }
  }

  /** `eager`: still in a position TypeScript resolves while declaring the alias. */
  #print(schema: Schema, alias: string | undefined, eager: boolean): TypeText {
    const base = this.#shape(schema, alias, eager);
    if (!schema.nullable || base.text === 'unknown' || / \| null$|^null$/.test(base.text)) return base;
    return { text: `${unionMember(base).text} | null`, binding: Binding.Union };
  }

  #shape(schema: Schema, alias: string | undefined, eager: boolean): TypeText {
    switch (schema.kind) {
      case 'ref':
        return this.#ref(schema.name, alias, eager);
      case 'primitive':
        return primitive(schema);
      case 'array': {
        const items = this.#print(schema.items, alias, false);
        return { text: `${wrap(items, Binding.Primary)}[]`, binding: Binding.Primary };
      }
      case 'map':
        return this.#map(schema.values, alias, eager);
      case 'object':
        return this.#object(schema, alias);
      case 'allOf':
      case 'oneOf':
      case 'anyOf':
        return this.#composite(schema, alias, eager);
      case 'any':
        return schema.object ? { text: 'Record<string, unknown>', binding: Binding.Primary } : UNKNOWN;
    }
  }

  #ref(name: string, alias: string | undefined, eager: boolean): TypeText {
    const tsName = this.#modelNames.get(name);
    if (tsName === undefined) return UNKNOWN;
    if (eager && alias !== undefined && this.#recursion.isBroken(alias, name)) return UNKNOWN;
    this.#used.add(tsName);
    return { text: tsName, binding: Binding.Primary };
  }

  /** `Record<string, T>`, or an index-signature literal where Record would make an alias loop. */
  #map(values: Schema, alias: string | undefined, eager: boolean): TypeText {
    const loops = eager && alias !== undefined && this.#recursion.reaches(values, alias);
    const value = this.#print(values, alias, loops ? false : eager).text;
    return { text: loops ? `{ [key: string]: ${value} }` : `Record<string, ${value}>`, binding: Binding.Primary };
  }

  /** An inline object as a type literal; members resolve lazily, so nothing inside is eager. */
  #object(schema: ObjectShape, alias: string | undefined): TypeText {
    if (schema.properties.length === 0) {
      const extra = schema.additionalProperties;
      const value = extra === undefined || extra === true ? 'unknown' : this.#print(extra, alias, false).text;
      return { text: `Record<string, ${value}>`, binding: Binding.Primary };
    }
    const members = this.#newMembers(schema, alias).map((m) =>
      m.kind === 'property'
        ? `${m.readonly ? 'readonly ' : ''}${m.key}${m.optional ? '?' : ''}: ${m.type}`
        : `[key: string]: ${m.type}`,
    );
    return { text: `{ ${members.join('; ')} }`, binding: Binding.Primary };
  }

  /**
   * The members of an object shape, for interfaces and type literals alike. An index signature
   * must admit every named property's type too, so its type is the union of them all.
   */
  members(schema: ObjectShape, alias?: string): readonly Member[] {
    return alias === undefined ? this.#kept(this.#members, schema, () => this.#newMembers(schema, undefined)) : this.#newMembers(schema, alias);
  }

  #newMembers(schema: ObjectShape, alias: string | undefined): readonly Member[] {
    const members: Member[] = schema.properties.map((p) => ({
      kind: 'property',
      key: propertyKey(p.name),
      optional: !p.required,
      readonly: p.schema.readOnly,
      type: this.#print(p.schema, alias, false).text,
      schema: p.schema,
    }));
    const extra = schema.additionalProperties;
    if (extra === undefined) return members;
    const types = extra === true ? ['unknown'] : [this.#print(extra, alias, false).text, ...members.map((m) => m.type)];
    const distinct = [...new Set(types)];
    const type = distinct.includes('unknown') ? 'unknown' : distinct.join(' | ');
    return [...members, { kind: 'index', type }];
  }

  #composite(schema: CompositeShape, alias: string | undefined, eager: boolean): TypeText {
    if (schema.members.length === 0) return UNKNOWN;
    if (schema.kind === 'allOf') {
      const parts = schema.members.map((m) => wrap(this.#print(m, alias, eager), Binding.Intersection));
      return parts.length === 1 ? this.#print(schema.members[0] as Schema, alias, eager) : { text: parts.join(' & '), binding: Binding.Intersection };
    }
    const parts = schema.members.map((m) => this.#variant(m, schema, alias, eager));
    if (parts.some((p) => p.text === 'unknown')) return UNKNOWN;
    const distinct = [...new Map(parts.map((p) => [p.text, p])).values()];
    if (distinct.length === 1 && distinct[0] !== undefined) return distinct[0];
    return { text: distinct.map((p) => p.text).join(' | '), binding: Binding.Union };
  }

  /** A oneOf/anyOf member; with a discriminator, pinned to its tag value(s): `({ kind: 'a' } & A)`. */
  #variant(member: Schema, parent: CompositeShape, alias: string | undefined, eager: boolean): TypeText {
    const printed = this.#print(member, alias, eager);
    const discriminator = parent.discriminator;
    if (discriminator === undefined || member.kind !== 'ref' || printed.text === 'unknown') return unionMember(printed);
    const values = discriminator.mapping.filter((m) => m.schema === member.name).map((m) => stringLiteral(m.value));
    if (values.length === 0) return unionMember(printed);
    return { text: `({ ${propertyKey(discriminator.propertyName)}: ${values.join(' | ')} } & ${printed.text})`, binding: Binding.Primary };
  }
}

interface Kept<V> {
  readonly value: V;
  readonly used: readonly string[];
}

export type Member =
  | { readonly kind: 'property'; readonly key: string; readonly optional: boolean; readonly readonly: boolean; readonly type: string; readonly schema: Schema }
  | { readonly kind: 'index'; readonly type: string };

function wrap(type: TypeText, context: Binding): string {
  return type.binding < context ? `(${type.text})` : type.text;
}

/** Unions need no parentheses for intersections, but readers do: `(A & B) | C`. */
function unionMember(type: TypeText): TypeText {
  return type.binding === Binding.Intersection ? { text: `(${type.text})`, binding: Binding.Primary } : type;
}

function primitive(schema: PrimitiveShape): TypeText {
  const literals = schema.enum?.map(literalType);
  if (literals !== undefined && literals.length > 0 && literals.every((l) => l !== undefined)) {
    const distinct = [...new Set(literals)];
    return { text: distinct.join(' | '), binding: distinct.length > 1 ? Binding.Union : Binding.Primary };
  }
  if (schema.type === 'string') return { text: schema.format === 'binary' ? 'Blob' : 'string', binding: Binding.Primary };
  return { text: schema.type === 'boolean' ? 'boolean' : 'number', binding: Binding.Primary };
}

/** The literal type of an enum value; `undefined` for numbers TypeScript cannot write (NaN, ∞). */
function literalType(value: string | number | boolean | null): string | undefined {
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return String(value);
}
