import { constraintsOf } from './constraints.js';
import { decodeToken } from './pointer.js';
import type { Discriminator, Property, Schema, SchemaCommon, SchemaShape } from './types.js';
import { writtenNull, type NullProseSeen, type WrittenNull } from './written-null.js';

/** What converting a schema needs to know about the document it sits in. */
export interface SchemaContext {
  readonly dialect: 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1';
  /** `#/definitions/` or `#/components/schemas/`: refs to these become named references. */
  readonly namedPrefix: string;
  /** Looks up an internal `#/...` reference; the loader has already proved every one resolves. */
  resolve(ref: string): unknown;
  /** Whether any prose so far was written as `null` (written-null.ts); unset in contexts that never ask. */
  readonly nullProse?: NullProseSeen | undefined;
}

type Node = Record<string, unknown>;

const PRIMITIVES = new Set(['string', 'integer', 'number', 'boolean']);

/**
 * Converts one schema object (or `$ref`) of any dialect into the model's Schema. `resolving`
 * holds the unnamed references being inlined on the current path (added on the way in, removed
 * on the way out), so a loop back through one reads as "anything" in constant time.
 */
export function convertSchema(raw: unknown, ctx: SchemaContext, resolving: Set<string> = new Set()): Schema {
  let node: Node = isNode(raw) ? raw : {};
  const entered: string[] = [];
  try {
    // A reference to an unnamed schema is inlined, followed in a loop rather than by recursion:
    // a chain of such aliases may be 20,000 long.
    for (let ref = node.$ref; typeof ref === 'string'; ref = node.$ref) {
      const name = namedTarget(ref, ctx.namedPrefix);
      if (name !== undefined) return Object.assign(common(node, ctx, false), { kind: 'ref' as const, name }, siblingType(node), stray(entered[0]));
      // Looping back through unnamed ones means "anything".
      if (resolving.has(ref)) return Object.assign(common(node, ctx, false), { kind: 'any' as const, object: false }, stray(entered[0]));
      resolving.add(ref);
      entered.push(ref);
      const target = ctx.resolve(ref);
      node = isNode(target) ? target : {};
    }
    const types = typeList(node.type);
    const nullable = types.includes('null') || node.nullable === true || node['x-nullable'] === true;
    const base = common(node, ctx, nullable, nullable && !types.includes('null') && node.nullable !== true);
    const nonNull = types.filter((t) => t !== 'null');
    // Assigned onto the fresh base rather than spread into a third object: the same keys in the same
    // order, without copying every schema of a large spec once more (a tenth of its model time).
    const shaped = shape(node, nonNull, ctx, resolving);
    return Object.assign(base, shaped, itemsBeside(node, shaped, ctx, resolving), valuesBeside(node, shaped, ctx, resolving), propertiesBesideType(node, shaped, ctx, resolving), stray(entered[0]));
  } finally {
    for (const ref of entered) resolving.delete(ref);
  }
}

/** `properties` written beside a primitive type or an array, kept only there (SchemaCommon.propertiesBesideType). */
function propertiesBesideType(node: Node, shaped: SchemaShape, ctx: SchemaContext, resolving: Set<string>): { propertiesBesideType?: Property[] } {
  if ((shaped.kind !== 'primitive' && shaped.kind !== 'array') || !isNode(node.properties) || Object.keys(node.properties).length === 0) return {};
  return { propertiesBesideType: ownProperties(node, ctx, resolving) };
}

/** `items` written beside a primitive type or a composition, kept only there (SchemaCommon.itemsBeside). */
function itemsBeside(node: Node, shaped: SchemaShape, ctx: SchemaContext, resolving: Set<string>): { itemsBeside?: Schema } {
  if (!isNode(node.items)) return {};
  const beside = shaped.kind === 'primitive' || shaped.kind === 'oneOf' || shaped.kind === 'anyOf' || shaped.kind === 'allOf';
  return beside ? { itemsBeside: convertSchema(node.items, ctx, resolving) } : {};
}

/**
 * `additionalProperties` written beside a primitive type, kept only there (SchemaCommon.valuesBeside):
 * the values' schema, or whether it was `true` or `false`.
 */
function valuesBeside(node: Node, shaped: SchemaShape, ctx: SchemaContext, resolving: Set<string>): { valuesBeside?: Schema | boolean } {
  if (shaped.kind !== 'primitive' || !('additionalProperties' in node)) return {};
  const written = node.additionalProperties;
  return { valuesBeside: isNode(written) ? convertSchema(written, ctx, resolving) : written !== false };
}

/**
 * The `$ref` a schema was written as, kept when it points outside the components
 * (SchemaCommon.strayRef) or inside a named schema (SchemaCommon.innerRef).
 */
function stray(ref: string | undefined): { strayRef?: string; innerRef?: string } {
  if (ref === undefined) return {};
  if (isStrayRef(ref)) return { strayRef: ref };
  return /^#\/components\/schemas\/[^/]+\/./.test(ref) ? { innerRef: ref } : {};
}

/**
 * Whether a `$ref` points outside the document's reusable parts (`#/components/` in OpenAPI 3;
 * `#/definitions/`, `#/parameters/`, `#/responses/` in Swagger 2.0): into `#/paths/...`, say.
 */
export function isStrayRef(ref: string): boolean {
  return !/^#\/(components|definitions|parameters|responses)\//.test(ref);
}

/** A primitive or `object` `type` beside a `$ref`, kept only where one is written (RefShape.siblingType). */
function siblingType(node: Node): { siblingType?: string } {
  return typeof node.type === 'string' && (PRIMITIVES.has(node.type) || node.type === 'object') ? { siblingType: node.type } : {};
}

/** The names a schema's own `required` lists (strings only). */
function requiredOf(node: Node): string[] {
  return Array.isArray(node.required) ? node.required.filter((r): r is string => typeof r === 'string') : [];
}

function shape(node: Node, types: string[], ctx: SchemaContext, resolving: Set<string>): SchemaShape {
  for (const kind of ['allOf', 'oneOf', 'anyOf'] as const) {
    const members = node[kind];
    if (!Array.isArray(members) || members.length === 0) continue;
    const converted = members.map((m) => convertSchema(m, ctx, resolving));
    // `allOf: [X]` is how specs attach nullable or a description to a reference: it is just X.
    if (kind === 'allOf' && converted.length === 1 && !node.properties) {
      const only = converted[0]!;
      const nullable = typeList(node.type).includes('null') || node.nullable === true || node['x-nullable'] === true;
      // X whole (its own description and flags, which the caller's spread keeps), plus the wrapper.
      const required = requiredOf(node);
      const type = typeof node.type === 'string' && PRIMITIVES.has(node.type) ? (node.type as 'string' | 'integer' | 'number' | 'boolean') : undefined;
      const typedDefault = type !== undefined && 'default' in node && node.default !== undefined ? { typedDefault: { value: node.default, type } } : {};
      const typeObject = typeList(node.type).includes('object') ? { typeObject: true as const } : {};
      const title = typeof node.title === 'string' ? { title: node.title } : {};
      const wrapper = { description: str(node.description), nullable, readOnly: node.readOnly === true, ...title, ...(required.length === 0 ? {} : { required }), ...typedDefault, ...typeObject };
      const wrapped: Schema = { ...only, allOfWrapper: wrapper };
      return wrapped;
    }
    const additional = additionalOf(node, ctx, resolving);
    const own = ownProperties(node, ctx, resolving);
    const required = requiredOf(node);
    return {
      kind,
      members: converted,
      discriminator: discriminator(node, members, ctx),
      ...(additional === undefined ? {} : { additionalProperties: additional }),
      ...(own.length === 0 ? {} : { properties: own }),
      ...(required.length === 0 ? {} : { required }),
      ...(typeList(node.type).includes('object') ? { typeObject: true as const } : {}),
    };
  }
  const type = types.length === 1 ? types[0] : undefined;
  if (type === 'array' || (type === undefined && node.items !== undefined)) {
    const closed = node.additionalProperties === false ? { closed: true as const } : {};
    const beside = type === 'array' && isNode(node.properties) && Object.keys(node.properties).length > 0 ? { propertiesBeside: true as const } : {};
    const omitted = node.items === undefined ? { itemsOmitted: true as const } : {};
    const typeOmitted = type === undefined ? { typeOmitted: true as const } : {};
    return { kind: 'array', items: convertSchema(node.items, ctx, resolving), ...closed, ...beside, ...omitted, ...typeOmitted };
  }
  if (type === 'file') return { kind: 'primitive', type: 'string', format: 'binary', swaggerFile: true };
  const values = enumValues(node);
  if (type !== undefined && PRIMITIVES.has(type)) {
    return { kind: 'primitive', type: type as 'string', format: str(node.format), enum: values, pattern: str(node.pattern) };
  }
  if (type === undefined && values) {
    const first = values.find((v) => v !== null);
    const inferred = typeof first === 'number' ? 'number' : typeof first === 'boolean' ? 'boolean' : 'string';
    return { kind: 'primitive', type: inferred, enum: values, typeFromEnum: true };
  }
  if (type === 'object' || isNode(node.properties) || node.additionalProperties !== undefined) {
    return objectShape(node, ctx, resolving, type === 'object');
  }
  // What is left of a single type is none JSON Schema knows (`any`): no constraint, named as written.
  // A format without a type (`{format: date}`) is kept: swagger-codegen 2.2 writes a model doc for it.
  const format = typeof node.format === 'string' ? { format: node.format } : {};
  // So are discriminator, xml and externalDocs (2.2's ModelImpl keeps them; `items` alone it drops).
  const annotated = ['discriminator', 'xml', 'externalDocs'].some((key) => node[key] !== undefined) ? { annotated: true as const } : {};
  const others = requiredOthers(node, []);
  return type === undefined ? { kind: 'any', object: false, ...format, ...annotated, ...others } : { kind: 'any', object: false, declared: type, ...format, ...annotated, ...others };
}

function ownProperties(node: Node, ctx: SchemaContext, resolving: Set<string>): Property[] {
  const required = new Set(Array.isArray(node.required) ? node.required.filter((r) => typeof r === 'string') : []);
  return Object.entries(isNode(node.properties) ? node.properties : {}).map(([name, schema]) => ({
    name,
    required: required.has(name),
    schema: convertSchema(schema, ctx, resolving),
  }));
}

function objectShape(node: Node, ctx: SchemaContext, resolving: Set<string>, typed: boolean): SchemaShape {
  const properties = ownProperties(node, ctx, resolving);
  const additional = additionalOf(node, ctx, resolving);
  const others = requiredOthers(node, properties);
  if (properties.length === 0) {
    const untyped = typed ? {} : { typed: false as const };
    if (additional === true) return { kind: 'map', values: { ...emptyCommon(), kind: 'any', object: false }, ...untyped };
    if (additional) return { kind: 'map', values: additional, ...untyped };
    const items = typed && node.items !== undefined ? { items: convertSchema(node.items, ctx, resolving) } : {};
    // `properties: {}` without a type: an object to JSON Schema, nothing to swagger-codegen 2.2.
    const emptyProperties = !typed && isNode(node.properties) ? { emptyProperties: true as const } : {};
    return { kind: 'any', object: typed || isNode(node.properties), ...items, ...others, ...emptyProperties };
  }
  return { kind: 'object', properties, additionalProperties: additional, typed, ...(node.additionalProperties === false ? { closed: true as const } : {}), ...others };
}

/** `requiredOthers`: the names `required` lists that are none of the properties, when there are some. */
function requiredOthers(node: Node, properties: readonly Property[]): { requiredOthers?: string[] } {
  const own = new Set(properties.map((p) => p.name));
  const others = Array.isArray(node.required) ? node.required.filter((r): r is string => typeof r === 'string' && !own.has(r)) : [];
  return others.length === 0 ? {} : { requiredOthers: [...new Set(others)] };
}

/** additionalProperties: `true` for any value (`true` or `{}`), a schema, or undefined for none or `false`. */
function additionalOf(node: Node, ctx: SchemaContext, resolving: Set<string>): Schema | true | undefined {
  const extra = node.additionalProperties;
  if (extra === true || (isNode(extra) && Object.keys(extra).length === 0)) return true;
  return isNode(extra) ? convertSchema(extra, ctx, resolving) : undefined;
}

function discriminator(node: Node, members: unknown[], ctx: SchemaContext): Discriminator | undefined {
  const raw = node.discriminator;
  const propertyName = isNode(raw) ? raw.propertyName : raw;
  if (typeof propertyName !== 'string') return undefined;
  const mapping: { value: string; schema: string }[] = [];
  const explicit = isNode(raw) && isNode(raw.mapping) ? raw.mapping : {};
  let written: Record<string, string> | undefined;
  for (const [value, target] of Object.entries(explicit)) {
    const full = typeof target === 'string' ? namedTarget(target, ctx.namedPrefix) : undefined;
    const name = typeof target === 'string' ? (full ?? target) : undefined;
    if (name) mapping.push({ value, schema: name });
    if (typeof target === 'string' && full === undefined) written = {};
  }
  if (written) for (const [value, target] of Object.entries(explicit)) if (typeof target === 'string') written[value] = target;
  for (const member of members) {
    const name = isNode(member) && typeof member.$ref === 'string' ? namedTarget(member.$ref, ctx.namedPrefix) : undefined;
    if (name && !mapping.some((m) => m.schema === name)) mapping.push({ value: name, schema: name });
  }
  return written ? { propertyName, mapping, written } : { propertyName, mapping };
}

function common(node: Node, ctx: SchemaContext, nullable: boolean, byExtension = false): SchemaCommon {
  const result: { -readonly [K in keyof SchemaCommon]: SchemaCommon[K] } = {
    description: str(node.description),
    title: str(node.title),
    nullable,
    readOnly: node.readOnly === true,
    writeOnly: node.writeOnly === true,
    deprecated: node.deprecated === true,
    default: 'default' in node ? { value: node.default } : undefined,
    example: exampleOf(node, ctx),
  };
  // Only schemas with validation keywords or `x-…` keys carry these keys, so other models are unchanged.
  const constraints = constraintsOf(node);
  if (constraints) result.constraints = constraints;
  const extensions = extensionsOf(node);
  if (extensions) result.extensions = extensions;
  if (node.description === null) result.writtenNull = nullDescription(node, ctx);
  if (node.type === 'object' && Array.isArray(node.enum)) result.objectEnum = node.enum;
  if (Array.isArray(node.enum) && node.enum.length > 0 && (node.type === 'array' || node.items !== undefined)) result.arrayEnum = true;
  if (byExtension) result.nullableByExtension = true;
  return result;
}

/** `{ writtenNull }` to spread into an element, or nothing when no prose was written as `null`. */
export function optionalNull(nulls: WrittenNull | undefined): { writtenNull?: WrittenNull } {
  return nulls === undefined ? {} : { writtenNull: nulls };
}

/** A description written as `null` (written-null.ts), recorded on the build's context. */
export function nullDescription(node: Node, ctx: SchemaContext): WrittenNull | undefined {
  return writtenNull(node, ['description'], ctx.nullProse ?? { any: false });
}

/** The `x-…` keys of a node, in order; undefined for none (most schemas), without a list of every key. */
function extensionsOf(node: Node): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  for (const key in node) {
    if (key.startsWith('x-') && Object.hasOwn(node, key)) (found ??= {})[key] = node[key];
  }
  return found;
}

export function emptyCommon(): SchemaCommon {
  return { nullable: false, readOnly: false, writeOnly: false, deprecated: false };
}

function exampleOf(node: Node, ctx: SchemaContext): { value: unknown } | undefined {
  if ('example' in node) return { value: node.example };
  if (ctx.dialect === 'openapi-3.1' && Array.isArray(node.examples) && node.examples.length > 0) {
    return { value: node.examples[0] };
  }
  return undefined;
}

function enumValues(node: Node): (string | number | boolean | null)[] | undefined {
  const raw = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined;
  return raw?.filter((v): v is string | number | boolean | null => v === null || ['string', 'number', 'boolean'].includes(typeof v));
}

function typeList(type: unknown): string[] {
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/**
 * `#/components/schemas/Pet` → `Pet`; undefined for refs that point deeper or elsewhere. The token
 * is decoded exactly as the loader's resolvePointer decodes it (`A%20B` → `A B`), so a reference
 * the loader proved to resolve always names the schema it resolved to.
 */
function namedTarget(ref: string, prefix: string): string | undefined {
  if (!ref.startsWith(prefix)) return undefined;
  const token = ref.slice(prefix.length);
  if (token === '' || token.includes('/')) return undefined;
  return decodeToken(token);
}

export function isNode(value: unknown): value is Node {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
