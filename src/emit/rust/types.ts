/**
 * Rust types as openapi-generator 6.0's Rust docs print them (docs-format.md §4.3–§4.6): the type
 * itself, and the markdown of a type cell, which is bold for primitives and a link to the doc of
 * the type's innermost model otherwise.
 */
import { openApiTypeName } from './type-aliases.js';
import { containedSchema } from './allof-items.js';
import { enumArrayDocs, isEnumArrayRef } from './enum-arrays.js';
import type { Operation, Schema } from '../../model/types.js';
import { returnContent } from '../kit/responses.js';
import type { RustModel, RustSchemas } from './schemas.js';

/**
 * What a type is made of at its core (inside any Vec / HashMap), which decides its link:
 * - primitive, file: printed bold, no link;
 * - model: linked to `<Model>.md`;
 * - any: `serde_json::Value`, linked the way the reference prints it (see anyLink);
 * - opaque: an inline object or composition (the reference would invent an inline model for it);
 *   we print it as `serde_json::Value`, bold, so it links nowhere.
 */
export type Leaf =
  | { readonly kind: 'file' | 'opaque' }
  /**
   * `doc`: a page 6.0 links a property or return type of this kind to although no model has it:
   * `string` for a date (its Rust type map sends `date` to `string`, which it then takes for a
   * model), `serde_json::Value` for a free-form value typed through allOf.
   */
  | { readonly kind: 'primitive' | 'any'; readonly doc?: string | undefined }
  /** `doc`: the schema's name as the spec spells it, which 6.0 links properties and return types to (RustModel.link). */
  | {
      readonly kind: 'model';
      readonly name: string;
      readonly doc?: string | undefined;
      /**
       * A model with additionalProperties: the values' type, which 6.0 links a parameter of it to.
       * Lazy, as the values may be the model itself.
       */
      readonly values?: (() => RustType) | undefined;
      /**
       * A type name the spec wrote that is no JSON Schema type and no schema's (Looker's `type:
       * any`): 6.0 takes it for a model, `crate::models::Any` linked to `any.md`, which it never
       * writes; the crate declares it an alias of serde_json::Value (plan.ts, declaredTypes).
       */
      readonly declared?: true | undefined;
    };

export interface RustType {
  /** As printed in signatures: `String`, `Vec<crate::models::Thing>`, `serde_json::Value`. */
  readonly type: string;
  readonly leaf: Leaf;
  /** True for Vec and HashMap. */
  readonly container: boolean;
  /** For Vec and HashMap: the type of the items or values (6.0 links a parameter by it). */
  readonly item?: RustType | undefined;
  /** A container of a container: which one is inside (6.0 links a property of it to `array.md` / `map.md`). */
  readonly nested?: 'array' | 'map' | undefined;
  readonly nullable: boolean;
  /**
   * How referenceDocs spell the type, when not as the code does: 6.0 unaliases a reference only at
   * the top, so items or values referring to an array or map alias print as the models `Array` /
   * `Map` (`Vec<crate::models::Array>`), which neither it nor the crate declares. Set only when
   * `schemas.reference`: sdkgen's own docs print the type the crate holds (quirks README, "Where
   * the wire wins").
   */
  readonly spelled?: string | undefined;
  /**
   * The type referenceDocs read in this one's place, when another: `type: array` without `items`
   * is `Vec<serde_json::Value>` in the crate, but 6.0 reads it as a type named `array`, the model
   * `crate::models::Array` (linked `array.md`) it never writes, as it does any declared type. Set
   * only when `schemas.reference`, as `spelled`.
   */
  readonly docs?: RustType | undefined;
}

/** The type as the docs read it. */
export function inDocs(t: RustType): RustType {
  return t.docs ?? t;
}

/** The type as the docs print it. */
export function docSpelling(t: RustType): string {
  const d = inDocs(t);
  return d.spelled ?? d.type;
}

const VALUE = 'serde_json::Value';
const FILE = 'std::path::PathBuf';
const MAP = '::std::collections::HashMap<String, ';

/**
 * `nullable`: the use's, when not the schema's own. Each type is written out whole: spreading a
 * shared base into every one was the costliest step of typing a large spec's properties.
 */
function primitiveType(schema: Extract<Schema, { kind: 'primitive' }>, nullable = schema.nullable): RustType {
  switch (schema.type) {
    case 'integer':
      return { leaf: { kind: 'primitive' }, container: false, nullable, type: schema.format === 'int64' ? 'i64' : 'i32' };
    case 'number':
      // 6.0's Rust type mapping: `number` is f32 like `float`; only `double` is f64.
      return { leaf: { kind: 'primitive' }, container: false, nullable, type: schema.format === 'double' ? 'f64' : 'f32' };
    case 'boolean':
      return { leaf: { kind: 'primitive' }, container: false, nullable, type: 'bool' };
    case 'string':
      // Binary content is a file to upload or save; date, date-time, uuid and byte stay String.
      if (schema.format === 'binary' || schema.format === 'file') return { leaf: { kind: 'file' }, container: false, nullable, type: FILE };
      if (schema.format === 'date') return { leaf: { kind: 'primitive', doc: 'string' }, container: false, nullable, type: 'String' };
      return { leaf: { kind: 'primitive' }, container: false, nullable, type: 'String' };
  }
}

/** `aliased`: the docs' name for inner, a reference to an array or map alias (see RustType.spelled). */
function container(wrap: (inner: string) => string, inner: RustType, nullable: boolean, aliased?: string): RustType {
  const nested = inner.container ? (inner.type.startsWith('Vec<') ? 'array' : 'map') : undefined;
  const innerSpelled = aliased ?? inner.spelled;
  // Written out, the optional keys added after (object spreads cost most here, see primitiveType).
  const type: { -readonly [K in keyof RustType]: RustType[K] } = { type: wrap(inner.type), leaf: inner.leaf, container: true, nullable, nested, item: inner };
  if (innerSpelled !== undefined) type.spelled = wrap(innerSpelled);
  if (inner.docs !== undefined) type.docs = container(wrap, inner.docs, nullable, aliased);
  return type;
}

/**
 * `crate::models::Array` / `Map` for a reference to an array or map alias, as 6.0 spells one
 * inside a container: referenceDocs only, as the crate declares neither.
 */
function aliasModel(schema: Schema, schemas: RustSchemas): string | undefined {
  // An array with an enum beside it is a model of its own name to 6.0 (enum-arrays.ts).
  if (!schemas.reference || schema.kind !== 'ref' || isEnumArrayRef(schema, schemas)) return undefined;
  const resolved = schemas.resolve(schema);
  if (resolved.kind !== 'inline') return undefined;
  if (resolved.schema.kind === 'array') return 'crate::models::Array';
  return resolved.schema.kind === 'map' ? 'crate::models::Map' : undefined;
}

const any = (nullable: boolean): RustType => ({ type: VALUE, leaf: { kind: 'any' }, container: false, nullable });

const bold = (type: string, doc?: string): RustType => ({ type, leaf: { kind: 'primitive', doc }, container: false, nullable: false });

/**
 * 6.0's Rust type map, keyed by what its getSchemaType answers for a reference: the raw schema
 * name. 6.0 types a property or return type referring to a model named like a key (bitbucket's
 * `object`, googleapis' `DateTime`) as the mapped type, in its docs and its crate alike; its own
 * page is written all the same. sdkgen follows it where the mapped type holds every value of the
 * model (see mappedType); elsewhere the model stays, in docs and crate. (`binary`, mapped to a
 * `crate::models::File` no crate has, is left out.)
 */
const TYPE_MAP: ReadonlyMap<string, RustType> = new Map([
  ...['object', 'AnyType'].map((name): [string, RustType] => [name, { ...any(false), leaf: { kind: 'any', doc: VALUE } }]),
  ...['DateTime', 'UUID', 'URI', 'string', 'password', 'ByteArray'].map((name): [string, RustType] => [name, bold('String')]),
  ['date', bold('String', 'string')],
  ['integer', bold('i32')],
  ['long', bold('i64')],
  ['number', bold('f32')],
  ['float', bold('f32')],
  ['double', bold('f64')],
  ['boolean', bold('bool')],
  ['file', { type: FILE, leaf: { kind: 'file' }, container: false, nullable: false }],
]);

/** The formats 6.0 reads as a type of its map on a string (`format: number`, its `Decimal`, is not reproduced). */
const FORMAT_TYPES: ReadonlySet<string> = new Set(['boolean', 'integer', 'long', 'double', 'float']);

/** A wider number type holds every value of these narrower ones. */
const WIDENS: ReadonlyMap<string, string> = new Map([
  ['i64', 'i32'],
  ['f64', 'f32'],
]);

/**
 * The mapped type 6.0 gives a reference to `model`, when it can stand for the model on the wire:
 * `serde_json::Value` holds any model; another type holds an enum model of its own primitive
 * type (a string enum named `DateTime` is a `String`, an int32 enum named `long` an `i64`). An
 * object named `DateTime` is no `String`: that reference keeps the model (quirks README, "Where
 * the wire wins").
 */
function mappedType(model: RustModel, reference: boolean): RustType | undefined {
  const mapped = TYPE_MAP.get(model.specName);
  // referenceDocs print 6.0's type whatever the model holds (README "Exactness").
  if (mapped === undefined || mapped.type === VALUE || reference) return mapped;
  if (model.schema.kind !== 'primitive') return undefined;
  const own = primitiveType(model.schema).type;
  return own === mapped.type || WIDENS.get(mapped.type) === own ? mapped : undefined;
}

/**
 * A written type name no schema defines: the type 6.0's type map gives it (`type: date` a
 * String), else the model 6.0 takes it for (`any` → `crate::models::Any`, `any.md`).
 */
function declaredType(declared: string, schemas: RustSchemas, nullable: boolean): RustType {
  const mapped = TYPE_MAP.get(declared);
  if (mapped !== undefined) return { ...mapped, nullable };
  // The type 6.0 gives a parameter written as a `$ref` into `#/paths/...`, printed bare and linked
  // `.md` (referenceDocs only: index.ts withStrayParametersUnknown).
  if (schemas.reference && declared === 'ErrorUnknown') return { type: declared, leaf: { kind: 'any' }, container: false, nullable };
  const name = schemas.declaredType(declared);
  return { type: `crate::models::${name}`, leaf: { kind: 'model', name, doc: declared, declared: true }, container: false, nullable };
}

const opaque = (nullable: boolean): RustType => ({ type: VALUE, leaf: { kind: 'opaque' }, container: false, nullable });

/** No alias being spelled out: the `expanding` of a type asked for at the top (one set, never written to). */
export const NOT_EXPANDING: ReadonlySet<string> = new Set();

/**
 * The Rust type of a schema where it is used (a property, a parameter, a response). `expanding`
 * holds the aliases being spelled out: an alias that contains itself (`List: [List]`) has no finite
 * Rust spelling, so the inner use reads as any value. `typeMapped`: a property's or a return
 * type, where 6.0 reads a model named like a key of its type map as the mapped type (mappedType),
 * in the docs and the crate alike; a parameter keeps the model (`zone: Option<Uuid>`).
 */
export function rustType(schema: Schema, schemas: RustSchemas, expanding: ReadonlySet<string> = NOT_EXPANDING, typeMapped = false): RustType {
  const t = typeOf(schema, schemas, expanding, typeMapped);
  // A reference to a named array with an enum beside it: referenceDocs print a model 6.0 never writes.
  const docs = enumArrayDocs(schema, t, schemas);
  return docs === undefined ? t : { ...t, docs };
}

function typeOf(schema: Schema, schemas: RustSchemas, expanding: ReadonlySet<string>, typeMapped: boolean): RustType {
  if (schema.kind === 'ref' && expanding.has(schema.name)) return any(schema.nullable);
  const resolved = schemas.resolve(schema);
  const mapped = typeMapped && resolved.kind === 'model' ? mappedType(resolved.model, schemas.reference) : undefined;
  if (mapped !== undefined) return { ...mapped, nullable: resolved.nullable };
  if (resolved.kind === 'model') {
    const { name, link, schema: modelSchema } = resolved.model;
    const extra = modelSchema.kind === 'object' ? modelSchema.additionalProperties : undefined;
    const values = extra === undefined ? undefined : () => (extra === true ? any(false) : rustType(extra, schemas, expanding));
    return { type: `crate::models::${name}`, leaf: { kind: 'model', name, doc: link, values }, container: false, nullable: resolved.nullable };
  }
  const { schema: shape, nullable } = resolved;
  const inner = schema.kind === 'ref' ? new Set([...expanding, schema.name]) : expanding;
  const rust = (s: Schema): RustType => rustType(s, schemas, inner, typeMapped);
  switch (shape.kind) {
    case 'primitive': {
      // 6.0 types a string by a format that names a type of its map (apacta's `format: boolean`),
      // which the crate cannot decode the string as: only referenceDocs print it (README "Exactness").
      const byFormat = schemas.reference && shape.type === 'string' && shape.format !== undefined && FORMAT_TYPES.has(shape.format) ? TYPE_MAP.get(shape.format) : undefined;
      // And by the primitive alias named like its type (nexmo's `number`, a string), likewise (type-aliases.ts).
      const alias = schemas.reference && byFormat === undefined ? schemas.typeAliases.get(openApiTypeName(shape)) : undefined;
      const byAlias = alias === undefined ? undefined : TYPE_MAP.get(alias);
      const mapped = byFormat ?? byAlias;
      return mapped === undefined ? primitiveType(shape, nullable) : { ...mapped, nullable };
    }
    case 'array': {
      const items = containedSchema(shape.items);
      const array = container((t) => `Vec<${t}>`, rust(items), nullable, aliasModel(items, schemas));
      // 6.0's `crate::models::Array` for an array without items is referenceDocs' reading only.
      if (!shape.itemsOmitted || !schemas.reference) return array;
      return { ...array, docs: { type: 'crate::models::Array', leaf: { kind: 'model', name: 'Array', doc: 'array', declared: true }, container: false, nullable } };
    }
    case 'map': {
      const values = containedSchema(shape.values);
      return container((t) => `${MAP}${t}>`, rust(values), nullable, aliasModel(values, schemas));
    }
    case 'object': {
      // Without named properties an object is a dictionary (or free-form when nothing is said).
      if (shape.properties.length > 0) return opaque(nullable);
      const values = shape.additionalProperties;
      if (values === undefined) return any(nullable);
      return container((t) => `${MAP}${t}>`, values === true ? any(false) : rust(values), nullable);
    }
    case 'allOf': {
      // `allOf: [$ref]` is how specs decorate a reference; it is that type.
      const [only, ...rest] = shape.members;
      return only !== undefined && rest.length === 0 ? { ...rust(only), nullable } : opaque(nullable);
    }
    case 'oneOf':
    case 'anyOf':
      return opaque(nullable);
    case 'any':
      // `items` beside `type: object`: 6.0's parser reads the schema as an array of them.
      if (shape.items !== undefined) return container((t) => `Vec<${t}>`, rust(shape.items), nullable, aliasModel(shape.items, schemas));
      return shape.declared === undefined ? any(nullable) : declaredType(shape.declared, schemas, nullable);
    case 'ref':
      return any(nullable); // unreachable: resolve() follows every ref
  }
}

/** Where a type cell is printed; the reference links AnyType differently in each. */
export type Place = 'param' | 'field' | 'body' | 'property' | 'return' | 'unlinked';

/**
 * A non-body parameter, linked by 6.0's baseType: a container to its items' type as printed
 * (`String.md`, `crate::models::Tag.md`, `Vec<String>.md`), a model with additionalProperties to
 * its values' type, any other model and a free-form value to `.md` (dead links all, as 6.0 writes them).
 */
function paramLink(t: RustType): string | undefined {
  if (t.item !== undefined) return `${t.item.type}.md`;
  switch (t.leaf.kind) {
    case 'model':
      return t.leaf.values === undefined ? '.md' : `${t.leaf.values().type}.md`;
    case 'any':
      return '.md';
    default:
      return undefined;
  }
}

/**
 * The doc a type links to, or undefined for a bold type without link. A bare AnyType links to
 * `.md` in model docs and a container of it to `serde_json::Value.md`: the reference prints
 * both (real 6.0 lines), so we reproduce them although neither file exists.
 */
function linkTarget(t: RustType, place: Place): string | undefined {
  if (place === 'unlinked') return undefined;
  if (place === 'param') return paramLink(t);
  // A form field links like a parameter, but a model by its raw schema name (`Params.md`,
  // `summary_state.md`), a free-form value to its type's page.
  if (place === 'field' && !t.container && t.leaf.kind === 'model') return `${t.leaf.doc ?? t.leaf.name}.md`;
  if (place === 'field' && !t.container && t.leaf.kind === 'any') return `${VALUE}.md`;
  if (place === 'field') return paramLink(t);
  // A body of a declared type prints bold (6.0 links a body by its model's doc, which it has none of).
  if (place === 'body' && !t.container && t.leaf.kind === 'model' && t.leaf.declared) return undefined;
  // A container body links to its items' type too, a model item by its raw schema name; a
  // container of containers (inline, or an array or map alias, which referenceDocs spell
  // `crate::models::Array` / `Map`) to the inner container's kind, `array.md` / `map.md`, as a property does.
  if (place === 'body' && t.item !== undefined && t.item.container && t.nested !== undefined) return `${t.nested}.md`;
  if (place === 'body' && t.item !== undefined && (t.item.container || t.item.leaf.kind !== 'model')) return `${t.item.type}.md`;
  // A property or return type holding a container of containers links to the inner container's
  // kind, whatever it holds.
  if ((place === 'property' || place === 'return') && t.nested !== undefined) return `${t.nested}.md`;
  switch (t.leaf.kind) {
    case 'model':
      // 6.0 links a property, return type or container body by the raw schema name
      // (`Gadget_part.md`, `me.md`), a model body by the model name: the former are dead links
      // whenever the two differ.
      return `${place === 'body' && !t.container ? t.leaf.name : (t.leaf.doc ?? t.leaf.name)}.md`;
    case 'any':
      if (t.leaf.doc !== undefined && place === 'property') return `${t.leaf.doc}.md`;
      // A returned AnyType links like a container of it (6.0 prints no bold serde_json::Value return).
      if (t.container || place === 'return') return `${VALUE}.md`;
      return place === 'property' ? '.md' : undefined;
    case 'primitive':
      return t.leaf.doc !== undefined && (place === 'property' || place === 'return') ? `${t.leaf.doc}.md` : undefined;
    case 'file':
      // A property or return type that is (or holds) a file links to its type's page, as 6.0 writes it.
      return place === 'property' || place === 'return' ? `${FILE}.md` : undefined;
    case 'opaque':
      // An inline object 6.0 leaves unhoisted (one written beside allOf) is a linked serde_json::Value.
      return place === 'property' && !t.container ? `${VALUE}.md` : undefined;
    default:
      return undefined;
  }
}

/** `**T**` or `[**T**](Target.md)`; `shown` overrides the printed type (body params print bare model names). */
export function typeMarkdown(t: RustType, place: Place, shown: string = docSpelling(t)): string {
  const link = linkTarget(inDocs(t), place);
  return link === undefined ? `**${shown}**` : `[**${shown}**](${link})`;
}

/** A parameter or property cell: wrapped in `Option<…>` when it may be absent or null. */
export function typeCell(t: RustType, place: 'param' | 'field' | 'body' | 'property' | 'unlinked', required: boolean, shown?: string): string {
  const inner = typeMarkdown(t, place, shown);
  return !required || t.nullable ? `Option<${inner}>` : inner;
}

/** The "### Return type" line; a leading space before the text when nothing is returned. */
export function returnCell(t: RustType | undefined): string {
  return t === undefined ? ' (empty response body)' : typeMarkdown(t, 'return');
}

/**
 * What an operation returns: the shared rule (kit/responses.ts, openapi-generator's
 * findMethodResponse): the lowest 2xx response, `default` when there is none, its first media type.
 */
export function returnType(op: Operation, schemas: RustSchemas): RustType | undefined {
  const content = returnContent(op);
  return content === undefined ? undefined : rustType(content.schema, schemas, NOT_EXPANDING, true);
}
