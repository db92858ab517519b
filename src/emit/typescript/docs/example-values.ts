/**
 * Example values for the calls in the docs, as data for expression.ts (which escapes every
 * string). A value must compile against the field's generated type, so a spec's example or
 * default is used only when it fits the schema, and placeholders follow the type otherwise.
 */
import type { Api, CompositeShape, ObjectShape, PrimitiveShape, Schema } from '../../../model/types.js';
import { Expression, type Value } from '../expression.js';

/** Stand-in for a value no finite literal can give (a required, non-nullable self-reference). */
const UNREACHABLE = new Expression('undefined as never');

/** References followed at most this deep; deeper values are left out or stood in for. */
const MAX_DEPTH = 6;

type JsonObject = { readonly [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class ExampleValues {
  readonly #schemas: ReadonlyMap<string, Schema>;

  constructor(api: Api) {
    this.#schemas = new Map(api.schemas.map((s) => [s.name, s.schema]));
  }

  /** A value for a request field or property named `name`; `given` is a parameter-level example. */
  value(schema: Schema, name: string, given?: unknown): Value {
    return this.#value(schema, name, given, []);
  }

  #value(schema: Schema, name: string, given: unknown, refs: readonly string[]): Value {
    for (const candidate of [given, schema.example?.value, schema.default?.value]) {
      if (candidate !== undefined && this.#fits(candidate, schema, 0)) return toValue(candidate);
    }
    switch (schema.kind) {
      case 'ref': {
        const target = this.#schemas.get(schema.name);
        if (target === undefined) return {};
        if (refs.includes(schema.name) || refs.length >= MAX_DEPTH) return schema.nullable || target.nullable ? null : UNREACHABLE;
        return this.#value(target, name, undefined, [...refs, schema.name]);
      }
      case 'primitive':
        return primitive(schema, name);
      case 'array':
        // An empty array fits whatever the items are; it also ends a recursive structure.
        return this.#refLoops(schema.items, refs) ? [] : [this.#value(schema.items, name, undefined, refs)];
      case 'map':
        return this.#refLoops(schema.values, refs) ? {} : { key: this.#value(schema.values, 'key', undefined, refs) };
      case 'object':
        return this.#object(schema, refs);
      case 'allOf':
        return this.#allOf(schema, name, refs);
      case 'oneOf':
      case 'anyOf':
        return this.#variant(schema, name, refs);
      case 'any':
        return {};
    }
  }

  #refLoops(schema: Schema, refs: readonly string[]): boolean {
    return schema.kind === 'ref' && (refs.includes(schema.name) || refs.length >= MAX_DEPTH);
  }

  /**
   * Required properties, and optional ones the spec gives an example or default for; when that
   * leaves nothing, the first writable property, so the example shows what the object holds.
   */
  #object(schema: ObjectShape, refs: readonly string[]): Value {
    const entries: [string, Value][] = [];
    for (const p of schema.properties) {
      const illustrated = p.schema.example !== undefined || p.schema.default !== undefined;
      if (p.required || illustrated) entries.push([p.name, this.#value(p.schema, p.name, undefined, refs)]);
    }
    const first = schema.properties.find((p) => !p.schema.readOnly);
    if (entries.length === 0 && first !== undefined) {
      const value = this.#value(first.schema, first.name, undefined, refs);
      if (value !== UNREACHABLE) entries.push([first.name, value]);
    }
    // fromEntries defines properties: a property named `__proto__` stays one (expression.ts writes it as a computed key).
    return Object.fromEntries(entries);
  }

  /** An intersection of objects: every member's properties in one literal. */
  #allOf(schema: CompositeShape, name: string, refs: readonly string[]): Value {
    const parts = schema.members.map((m) => this.#value(m, name, undefined, refs));
    if (parts.length === 1 && parts[0] !== undefined) return parts[0];
    const merged = new Map<string, Value>();
    for (const part of parts) {
      if (!isObject(part) || part instanceof Expression) return UNREACHABLE;
      // The first member to name a property decides its value.
      for (const [key, value] of Object.entries(part)) if (!merged.has(key) && value !== undefined) merged.set(key, value);
    }
    return Object.fromEntries(merged);
  }

  /** The first member; with a discriminator, pinned to the tag value that selects it. */
  #variant(schema: CompositeShape, name: string, refs: readonly string[]): Value {
    const first = schema.members[0];
    if (first === undefined) return {};
    const value = this.#value(first, name, undefined, refs);
    const tag = first.kind === 'ref' ? schema.discriminator?.mapping.find((m) => m.schema === first.name) : undefined;
    if (tag === undefined || schema.discriminator === undefined || !isObject(value) || value instanceof Expression) return value;
    return { ...value, [schema.discriminator.propertyName]: tag.value };
  }

  /** Whether a spec example can stand as a literal of the schema's generated type. */
  #fits(value: unknown, schema: Schema, depth: number): boolean {
    if (value === null) return schema.nullable || (schema.kind === 'primitive' && schema.enum?.includes(null) === true);
    if (depth > MAX_DEPTH) return false;
    switch (schema.kind) {
      case 'ref': {
        const target = this.#schemas.get(schema.name);
        return target !== undefined && this.#fits(value, target, depth + 1);
      }
      case 'primitive':
        return fitsPrimitive(value, schema);
      case 'array':
        return Array.isArray(value) && value.every((item) => this.#fits(item, schema.items, depth + 1));
      case 'map':
        return isObject(value) && Object.values(value).every((v) => this.#fits(v, schema.values, depth + 1));
      case 'object':
        return isObject(value) && this.#fitsObject(value, schema, depth);
      case 'any':
        return !schema.object || isObject(value);
      default:
        // Compositions: whether a literal fits an intersection or a pinned union is not checked here.
        return false;
    }
  }

  #fitsObject(value: JsonObject, schema: ObjectShape, depth: number): boolean {
    const extra = schema.additionalProperties;
    const known = new Map(schema.properties.map((p) => [p.name, p]));
    if (schema.properties.some((p) => p.required && !Object.hasOwn(value, p.name))) return false;
    return Object.entries(value).every(([key, v]) => {
      const property = known.get(key);
      if (property !== undefined) return this.#fits(v, property.schema, depth + 1);
      return extra === true || (extra !== undefined && this.#fits(v, extra, depth + 1));
    });
  }
}

function fitsPrimitive(value: unknown, schema: PrimitiveShape): boolean {
  if (schema.enum !== undefined && schema.enum.length > 0) return schema.enum.some((e) => e === value);
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' && schema.format !== 'binary';
    case 'integer':
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
  }
}

/** Placeholders by format, as openapi-generator's samples have them. */
const STRING_FORMATS: Record<string, string> = {
  date: '2013-10-20',
  'date-time': '2013-10-20T19:20:30+01:00',
  uuid: '38400000-8cf0-11bd-b23e-10b96e4ef00d',
  email: 'user@example.com',
  uri: 'https://example.com',
  url: 'https://example.com',
  byte: 'U3dhZ2dlciByb2Nrcw==',
};

function primitive(schema: PrimitiveShape, name: string): Value {
  const allowed = schema.enum?.find((e) => e !== null && (typeof e !== 'number' || Number.isFinite(e)));
  if (allowed !== undefined && allowed !== null) return allowed;
  switch (schema.type) {
    case 'string':
      if (schema.format === 'binary') return new Expression("new Blob(['example'])");
      return STRING_FORMATS[schema.format ?? ''] ?? `${name}_example`;
    case 'integer':
      return schema.format === 'int64' ? 789 : 56;
    case 'number':
      return schema.format === 'float' ? 3.4 : 1.2;
    case 'boolean':
      return true;
  }
}

/** JSON data as a Value; only called on values #fits accepted (no undefined, functions or cycles). */
function toValue(data: unknown): Value {
  if (Array.isArray(data)) return data.map(toValue);
  if (isObject(data)) return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, toValue(v)]));
  return data as string | number | boolean | null;
}
