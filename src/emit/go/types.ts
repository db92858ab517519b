/**
 * Go types of schemas as openapi-generator 4.2.1's Go generator derives them (docs-format.md
 * §2.5): one function per place a type appears, since 4.2.1 computes a property
 * (fromProperty), a parameter (fromParameter), a request body (fromRequestBody) and a return type
 * (handleMethodResponse) each its own way, and the docs print what each computed — including
 * links to pages that do not exist (`time.Time.md`, `int64.md`, `.md`).
 */
import type { Schema } from '../../model/types.js';
import type { GoNames } from './api-names.js';
import { isAlias } from './api-names.js';
import { goModelName } from './naming.js';

/** AbstractGoCodegen's languageSpecificPrimitives: what prints bold rather than linked. */
export const GO_PRIMITIVES: ReadonlySet<string> = new Set([
  'string', 'bool', 'uint', 'uint32', 'uint64', 'int', 'int32', 'int64',
  'float32', 'float64', 'complex64', 'complex128', 'rune', 'byte',
]);

export const FREE_FORM = 'map[string]interface{}';

/** What 4.2.1 names an array without `items`; the client declares it as any JSON value. */
const ITEMLESS_ARRAY = 'Array';

export interface GoType {
  /** The type as Go spells it: `[]Theme`, `map[string]bool`, `ApiSession`, `*os.File`. */
  readonly dataType: string;
  /**
   * What a docs cell links to (`<link>.md`) when the type is not primitive: the raw schema name,
   * the innermost type, `array`/`map` for nested containers, or `''` (a free-form object).
   */
  readonly link: string;
  /** Printed bold, unlinked. */
  readonly primitive: boolean;
  /**
   * `*os.File`: 4.2.1 prints it twice in parameter tables (isFile and isPrimitiveType); also a form
   * field's `[]*os.File` (isFile alone: printed once), which the client sends as one part per file.
   */
  readonly file: boolean;
  /** `array` or `map` for containers; what an enclosing container links to. */
  readonly container?: 'array' | 'map' | undefined;
}

/**
 * A string whose format is a key of AbstractGoCodegen's typeMapping is of the mapped type to
 * 4.2.1 (getPrimitiveType returns the format): bandsintown's `{type: string, format: integer}` is
 * `int32`, epa's `format: double` `float64` (test/emit/go/safety-deviations). Its client then
 * cannot decode the string the server sends (`"438314"` into an int32) nor send the one it
 * expects, so sdkgen keeps `string`, and only names as 4.2.1 gives them (`reference`) read the
 * format as the type (README "Exactness").
 */
const STRING_FORMAT_TYPES: ReadonlyMap<string, string> = new Map([
  ['integer', 'int32'], ['long', 'int64'], ['number', 'float64'], ['float', 'float32'], ['double', 'float64'],
  ['boolean', 'bool'], ['DateTime', 'time.Time'], ['object', FREE_FORM], ['file', '*os.File'], ['File', '*os.File'],
]);

function scalarName(schema: Extract<Schema, { kind: 'primitive' }>, reference: boolean): string {
  switch (schema.type) {
    case 'string':
      if (reference && schema.format !== undefined && STRING_FORMAT_TYPES.has(schema.format)) return STRING_FORMAT_TYPES.get(schema.format)!;
      if (schema.format === 'date-time') return 'time.Time';
      if (schema.format === 'binary') return '*os.File';
      return 'string';
    case 'integer':
      return schema.format === 'int64' ? 'int64' : 'int32';
    case 'number':
      return schema.format === 'double' ? 'float64' : 'float32';
    case 'boolean':
      return 'bool';
  }
}

/** unaliasSchema: a reference to an alias schema is its target (followed to the end). */
export function unalias(schema: Schema, names: GoNames, seen: readonly string[] = []): Schema {
  if (schema.kind !== 'ref' || seen.includes(schema.name)) return schema;
  const target = names.schema(schema.name);
  // An array with an enum beside it (nytimes' `GeoFacet`, `items` beside a oneOf read as an array)
  // stays a model to unaliasSchema, which keeps any schema with an enum (referenceDocs only: for
  // sdkgen that schema is the composition it was written as; test/emit/go/safety-deviations/types-beside).
  const enumArray = names.reference && target?.schema.kind === 'array' && target.schema.arrayEnum === true;
  return target && isAlias(target.schema) && !enumArray ? unalias(target.schema, names, [...seen, schema.name]) : schema;
}

function simple(dataType: string, link: string): GoType {
  return { dataType, link, primitive: GO_PRIMITIVES.has(dataType), file: dataType === '*os.File' };
}

/** What an enclosing container links to for this inner type. */
function innerLink(inner: GoType): string {
  if (inner.container) return inner.container;
  return inner.link === '' ? inner.dataType : inner.link;
}

function container(kind: 'array' | 'map', inner: GoType): GoType {
  const link = innerLink(inner);
  const dataType = `${kind === 'array' ? '[]' : 'map[string]'}${inner.dataType}`;
  return { dataType, link, primitive: GO_PRIMITIVES.has(link), file: false, container: kind };
}

/** The typeMapping keys a string's format may name, which getPrimitiveType then returns. */
const TYPE_MAPPING_KEYS: ReadonlySet<string> = new Set([
  'integer', 'long', 'number', 'float', 'double', 'boolean', 'string', 'UUID', 'URI', 'date', 'DateTime',
  'password', 'File', 'file', 'binary', 'ByteArray', 'object', 'interface{}',
]);

/**
 * getPrimitiveType's name for a primitive member: `long` for int64, `double`, `float`, `DateTime`,
 * `date`, `ByteArray`, `file` (binary), `password`, `URI`, `UUID`; a string's format when it is a
 * typeMapping key; else the JSON type (test/emit/go/cases/composition-member-formats).
 */
export function primitiveTypeName(schema: Extract<Schema, { kind: 'primitive' }>): string {
  const format = schema.format;
  switch (schema.type) {
    case 'boolean':
      return 'boolean';
    case 'integer':
      return format === 'int64' ? 'long' : 'integer';
    case 'number':
      return format === 'double' || format === 'float' ? format : 'number';
    case 'string': {
      const named: Record<string, string> = { 'date-time': 'DateTime', date: 'date', byte: 'ByteArray', binary: 'file', password: 'password', uri: 'URI', uuid: 'UUID' };
      if (format === undefined) return 'string';
      return named[format] ?? (TYPE_MAPPING_KEYS.has(format) ? format : 'string');
    }
  }
}

/**
 * The names a composition lists (getSingleSchemaType): a model's or enum's raw name
 * (`oneOf<FlatTip,round-tip>`), else the primitive type of the member, aliases unaliased first:
 * `integer`, `array`, `map`, `object` (test/emit/go/cases/composition-member-names); a `$ref`
 * inside a named schema by its last segment (test/emit/go/cases/composition-inner-refs).
 */
function memberName(member: Schema, names: GoNames): string {
  // A `$ref` inside a named schema (nexmo's `#/components/schemas/channel/properties/from/oneOf/0`),
  // which the model inlines, is named by getSimpleRef: its last segment, `0`.
  if (member.innerRef !== undefined) return member.innerRef.slice(member.innerRef.lastIndexOf('/') + 1);
  const schema = unalias(member, names);
  switch (schema.kind) {
    case 'ref':
      return schema.name;
    case 'primitive':
      // `additionalProperties` beside the type makes it a map to 4.2.1's parser (kit/values-beside.ts).
      return schema.valuesBeside !== undefined ? 'object' : aliasedTypeName(primitiveTypeName(schema), names);
    case 'array':
      return 'array';
    case 'map':
      return 'map';
    case 'object':
      // Properties beside additionalProperties (`true` or a schema) make a MapSchema to 4.2.1's
      // parser, as for a property (propertyType): `map` (test/emit/go/cases/composition-map-members).
      return schema.additionalProperties === undefined ? 'object' : 'map';
    default:
      return 'object';
  }
}

/**
 * The Go type of a type name JSON Schema does not know, which 4.2.1 takes for a model's
 * (`any` → `Any`); `object`, what it names a `$ref` it cannot follow (kit/stray-refs.ts), is
 * in its typeMapping: `map[string]interface{}`.
 */
function declaredType(declared: string): string {
  return declared === 'object' ? FREE_FORM : goModelName(declared);
}

/** AbstractGoCodegen's typeMapping of the names getPrimitiveType gives a primitive. */
const PRIMITIVE_GO_TYPES: ReadonlyMap<string, string> = new Map([
  ['integer', 'int32'], ['long', 'int64'], ['number', 'float32'], ['float', 'float32'], ['double', 'float64'],
  ['boolean', 'bool'], ['string', 'string'], ['UUID', 'string'], ['URI', 'string'], ['date', 'string'],
  ['DateTime', 'time.Time'], ['password', 'string'], ['ByteArray', 'string'], ['binary', '*os.File'],
  ['file', '*os.File'], ['File', '*os.File'], ['object', FREE_FORM],
]);

/**
 * getAlias, for names as 4.2.1 gives them only (`reference`): its typeAliases map the raw name of
 * every named schema that is no object, array, map or enum to that schema's primitive type, and
 * getSingleSchemaType looks every primitive type name up there, so nexmo's schema `number: {type:
 * string}` makes each `type: number` anywhere a `string` (properties, items, parameters, return
 * types, a composition's member names). Its client could then not decode the numbers the server
 * sends; sdkgen keeps the type the spec gives (a safety deviation, README "Exactness";
 * test/emit/go/deviations/primitive-type-aliases, 4.2.1's jar output).
 */
function aliasedTypeName(name: string, names: GoNames): string {
  if (!names.reference) return name;
  const target = names.schema(name)?.schema;
  return target?.kind === 'primitive' && target.enum === undefined ? primitiveTypeName(target) : name;
}

/**
 * An inline oneOf, anyOf or allOf (a one-member allOf included), whose getSingleSchemaType is
 * `object`: an allOf property so typed by its first member is `map[string]interface{}` (box's
 * `allOf: [{oneOf: [File, Folder]}, {description}]`; test/emit/go/cases/allof-composed-members).
 */
function inlineComposition(schema: Schema): boolean {
  return schema.allOfWrapper !== undefined || schema.kind === 'oneOf' || schema.kind === 'anyOf' || schema.kind === 'allOf';
}

/** fromProperty: a model property's type. */
export function propertyType(raw: Schema, names: GoNames, expanding: readonly string[] = []): GoType {
  // `allOf: [$ref]` is typed as a composition: its one member, aliases unaliased the allOf way.
  if (raw.kind === 'ref' && raw.allOfWrapper) return allOfMember(raw, names);
  // `allOf: [inline map]`: getPrimitiveType's `map`, a model name (test/emit/go/cases/allof-map-members).
  if (raw.allOfWrapper && (raw.kind === 'map' || (raw.kind === 'object' && raw.additionalProperties !== undefined))) return { dataType: 'ModelMap', link: 'map', primitive: false, file: false };
  // `allOf: [{oneOf: [...]}]`: its one member an inline composition.
  if (raw.allOfWrapper && (raw.kind === 'oneOf' || raw.kind === 'anyOf' || raw.kind === 'allOf')) return simple(FREE_FORM, FREE_FORM);
  // So is `allOf: [$ref]` whose `$ref` 4.2.1 does not follow (kit/stray-refs.ts): `map[string]interface{}`.
  if (raw.kind === 'any' && raw.declared === 'object' && raw.allOfWrapper) return allOfMember({ ...raw, declared: undefined }, names);
  // An alias that contains itself (`A: {type: array, items: {$ref: A}}`) is expanded once, then
  // named: unaliasing it for ever would never end.
  const cyclic = raw.kind === 'ref' && expanding.includes(raw.name);
  const schema = cyclic ? raw : unalias(raw, names);
  const inner = raw.kind === 'ref' ? [...expanding, raw.name] : expanding;
  switch (schema.kind) {
    case 'ref': {
      const model = names.model(schema.name) ?? names.baseModel(schema.name);
      // The raw schema name, dots and all (`Shop.Item.md`; test/emit/go/cases/dotted-schema-names).
      // A model sdkgen had to rename (4.2.1 would overwrite one twin's page with the other's) links
      // to its page.
      const renamed = model !== names.baseModel(schema.name);
      return { dataType: model, link: renamed ? model : names.linkName(schema.name), primitive: false, file: false };
    }
    case 'primitive': {
      const typeName = primitiveTypeName(schema);
      const aliased = aliasedTypeName(typeName, names);
      const name = aliased === typeName ? scalarName(schema, names.reference) : (PRIMITIVE_GO_TYPES.get(aliased) ?? aliased);
      return simple(name, name);
    }
    case 'array':
      // `type: array` without items is a model named `Array` to 4.2.1 (test/emit/go/cases/itemless-arrays).
      if (schema.itemsOmitted) return { dataType: ITEMLESS_ARRAY, link: 'array', primitive: false, file: false };
      return container('array', memberType(schema.items, names, inner));
    case 'map':
      return container('map', memberType(schema.values, names, inner));
    case 'any':
      // A type JSON Schema does not know (Looker's `type: any`) is a model of that name to 4.2.1:
      // `[**Any**](any.md)` (test/emit/go/cases/unknown-schema-types).
      if (schema.declared !== undefined) return { dataType: declaredType(schema.declared), link: schema.declared, primitive: false, file: false };
      // `type: object` with `items` is an ArraySchema to 4.2.1's parser (test/emit/go/cases/container-members).
      if (schema.items !== undefined) return container('array', memberType(schema.items, names, inner));
      // `type: object` alone has no complexType (`(.md)`); an untyped schema is an "object".
      return { dataType: FREE_FORM, link: schema.object ? '' : FREE_FORM, primitive: false, file: false };
    case 'object':
      // Properties beside additionalProperties make a MapSchema to 4.2.1: a map of those values.
      if (schema.additionalProperties !== undefined) return container('map', memberType(schema.additionalProperties === true ? OPEN_OBJECT : schema.additionalProperties, names, inner));
      return { dataType: FREE_FORM, link: FREE_FORM, primitive: false, file: false };
    case 'allOf': {
      // "allOf with multiple schemas defined. Using only the first one."
      const first = schema.members[0];
      return first && !inlineComposition(first) ? allOfMember(first, names) : simple(FREE_FORM, FREE_FORM);
    }
    case 'oneOf':
    case 'anyOf': {
      const raw = `${schema.kind}<${schema.members.map((m) => memberName(m, names)).join(',')}>`;
      return { dataType: goModelName(raw), link: raw, primitive: false, file: false };
    }
  }
}

/**
 * The items or values of a container: getTypeDeclaration names a reference to an array or map
 * alias by the alias's type, `Array` or `ModelMap` (`[]ModelMap`, `map[string]Array`), where a
 * property would be unaliased; other members are typed as properties.
 */
function memberType(member: Schema, names: GoNames, expanding: readonly string[]): GoType {
  if (member.kind === 'ref' && !member.allOfWrapper) {
    const target = unalias(member, names);
    if (target.kind === 'array' || target.kind === 'map') return allOfMember(member, names);
    if (names.reference && namedLikeItsType(member.name, target)) return { ...propertyType(target, names), dataType: names.baseModel(member.name) };
  }
  return propertyType(member, names, expanding);
}

/**
 * A primitive alias named as its own schema type (AWS's `string: {type: string}`): getTypeDeclaration
 * sees the reference's name equal its type and names it as a model, `ModelString` (`integer`:
 * `Integer`), printed bold like the primitive, where a property would be unaliased. No such type
 * is declared, so 4.2.1's client would not compile: only names as 4.2.1 gives them (`reference`)
 * read it so (README "Exactness"; test/emit/go/safety-deviations/primitive-named-aliases).
 */
function namedLikeItsType(name: string, target: Schema): boolean {
  return target.kind === 'primitive' && target.format === undefined && target.enum === undefined && name === target.type;
}

/** The type of an allOf property: its first member's, with aliases typed by their schema type. */
function allOfMember(member: Schema, names: GoNames): GoType {
  const target = unalias(member.kind === 'ref' ? { ...member, allOfWrapper: undefined } : member, names);
  if (target.kind === 'array') return { dataType: 'Array', link: 'array', primitive: false, file: false };
  // `map` is a Go reserved word, so toModelName gives `ModelMap`; `array` is not (`Array`).
  // So is an object with additionalProperties beside its properties, a MapSchema to the parser
  // (test/emit/go/cases/allof-map-members).
  if (target.kind === 'map' || (target.kind === 'object' && target.additionalProperties !== undefined)) return { dataType: 'ModelMap', link: 'map', primitive: false, file: false };
  if (target.kind === 'any') return { dataType: FREE_FORM, link: FREE_FORM, primitive: false, file: false };
  return propertyType(target, names);
}

/**
 * fromParameter: scalars are primitive (time.Time too), containers link to their innermost type.
 * Two kinds have no baseType, so their link is `.md` (test/emit/go/cases/parameter-links): a
 * parameter whose schema is a model (an enum, an object) and a `uuid` or `email` string, which
 * 4.2.1 does not count as primitive either (`optional.Interface of string`). An array links to
 * its items' Go type (test/emit/go/cases/parameter-objects).
 */
export function parameterType(raw: Schema, names: GoNames): GoType {
  const schema = unalias(raw, names);
  const type = propertyType(schema, names);
  // A type JSON Schema does not know is a model to 4.2.1, linked `.md` like one.
  if (schema.kind === 'ref' || (schema.kind === 'any' && schema.declared !== undefined)) return { ...type, link: '' };
  // A composition has no baseType either: `[**AnyOfstringstring**](.md)`, an allOf
  // `[**optional.Interface of string**](.md)` (test/emit/go/cases/composition-member-formats).
  if (schema.kind === 'allOf' || schema.kind === 'oneOf' || schema.kind === 'anyOf') return { ...type, link: '', primitive: false };
  if (schema.kind === 'primitive' && schema.type === 'string' && (schema.format === 'uuid' || schema.format === 'email')) return { ...type, link: '', primitive: false };
  // An object without a type is no ObjectSchema to the parser, so no model was made of it; a
  // schema without any type has no complexType either (test/emit/go/cases/untyped-defaults).
  if (schema.kind === 'object' && schema.additionalProperties === undefined) return { ...type, link: '' };
  if (schema.kind === 'any' && schema.declared === undefined && schema.items === undefined) return { ...type, link: '' };
  // An array without items is a model to 4.2.1 (`Array`), linked `.md` like one.
  if (schema.kind === 'array' && schema.itemsOmitted) return { ...type, link: '' };
  // An array's baseType is its items' dataType: `[]Kind` links `Kind.md`, `[][]Kind` `[]Kind.md`.
  if (schema.kind === 'array') return { ...formFieldType(schema, names), link: propertyType(schema.items, names).dataType };
  return formFieldType(schema, names);
}

/**
 * A form field's type (fromFormProperty): as a parameter's, but a model links as a property does,
 * and a uuid or email string is no primitive to 4.2.1: it links `string.md`.
 */
export function formFieldType(raw: Schema, names: GoNames): GoType {
  const schema = unalias(raw, names);
  const type = propertyType(schema, names);
  if (schema.kind === 'primitive' && schema.type === 'string' && (schema.format === 'uuid' || schema.format === 'email')) return { ...type, link: 'string', primitive: false };
  if (schema.kind === 'primitive') return { ...type, primitive: true };
  // A free-form `type: object` field links as an untyped one does (test/emit/go/cases/form-map-fields).
  if (schema.kind === 'any' && schema.declared === undefined && schema.items === undefined) return { ...type, link: FREE_FORM };
  // An array of binary strings is a list of files: isFile to 4.2.1, printed bold and unlinked.
  if (type.dataType === '[]*os.File') return { ...type, primitive: false, file: true };
  if (type.container) return { ...type, primitive: false };
  return type;
}

/** `additionalProperties: true`: values typed as `{type: object}`. */
const OPEN_OBJECT: Schema = { nullable: false, readOnly: false, writeOnly: false, deprecated: false, kind: 'any', object: true };

/** A `$ref` to a named schema that says nothing of its type (`{}`, `{description}`). */
function isUntypedRef(schema: Schema, names: GoNames): boolean {
  if (schema.kind !== 'ref') return false;
  const target = names.schema(schema.name)?.schema;
  return target?.kind === 'any' && !target.object && target.declared === undefined && target.items === undefined;
}

/**
 * fromRequestBody: a model links to its Go name; containers to their innermost type; a binary
 * body is a file; an inline schema the resolver could not name is UNKNOWN_BASE_TYPE.
 */
export function bodyType(raw: Schema, names: GoNames): GoType {
  // An inline `allOf: [X]` body is a composed schema to 4.2.1, which its inline model resolver
  // leaves in place and fromRequestBody cannot name, whatever X is (test/emit/go/cases/inline-allof-bodies).
  if (raw.allOfWrapper !== undefined) return { dataType: 'UNKNOWN_BASE_TYPE', link: 'UNKNOWN_BASE_TYPE', primitive: false, file: false };
  const schema = unalias(raw, names);
  switch (schema.kind) {
    case 'ref': {
      // fromRequestBody checks isMapSchema on the referenced schema first: a model with
      // additionalProperties is sent as a map of them (test/emit/go/cases/open-model-bodies).
      const target = names.schema(schema.name)?.schema;
      // An enum is typed by its values' type, as fromRequestBody reads the referenced schema:
      // `body` of `**string**` (rubrik's `PreferredCdpNetworkProtocol`; test/emit/go/cases/enum-bodies).
      if (target?.kind === 'primitive') return { ...propertyType(target, names), primitive: true };
      if (target?.kind === 'object' && target.additionalProperties !== undefined) {
        const values = target.additionalProperties === true ? OPEN_OBJECT : target.additionalProperties;
        return { ...propertyType({ ...OPEN_OBJECT, kind: 'map', values }, names), primitive: false };
      }
      // An allOf with additionalProperties too: getSchemaType names the map by the first member's
      // raw name, `Resource[string]map[string]interface{}` (test/emit/go/cases/open-allof-bodies).
      const first = target?.kind === 'allOf' ? target.members[0] : undefined;
      if (target?.kind === 'allOf' && target.additionalProperties !== undefined && first?.kind === 'ref') {
        const values = propertyType(target.additionalProperties === true ? OPEN_OBJECT : target.additionalProperties, names);
        return { dataType: `${first.name}[string]${values.dataType}`, link: values.link === '' ? values.dataType : values.link, primitive: false, file: false, container: 'map' };
      }
      const model = names.model(schema.name) ?? names.baseModel(schema.name);
      return { dataType: model, link: model, primitive: false, file: false };
    }
    case 'primitive': {
      const type = propertyType(schema, names);
      return { ...type, primitive: true };
    }
    case 'array':
    case 'map': {
      const type = propertyType(schema, names);
      // An array without items counts as primitive, as a free-form body does: `**Array**`, 4.2.1's
      // `**optional.Array**` when optional (sdkgen's docs: params.ts declaredOptionals).
      const primitive = schema.kind === 'array' && schema.itemsOmitted === true;
      // Items written as a `$ref` to an untyped named schema (clever-cloud's `WannabeEnvVar: {}`)
      // link their schema type, `object.md` (test/emit/go/cases/untyped-item-bodies).
      return { ...type, primitive, ...(schema.kind === 'array' && isUntypedRef(schema.items, names) ? { link: 'object' } : {}) };
    }
    case 'object':
      // An inline object with additionalProperties beside its properties is a map to 4.2.1's
      // parser, never hoisted, and sent as one (test/emit/go/cases/open-inline-bodies).
      if (schema.additionalProperties !== undefined) {
        const values = schema.additionalProperties === true ? OPEN_OBJECT : schema.additionalProperties;
        return { ...propertyType({ ...OPEN_OBJECT, kind: 'map', values }, names), primitive: false };
      }
      return { dataType: 'UNKNOWN_BASE_TYPE', link: 'UNKNOWN_BASE_TYPE', primitive: false, file: false };
    case 'any':
      // One of a type JSON Schema does not know prints its name the same way: `**Any**`.
      if (schema.declared !== undefined) return { dataType: declaredType(schema.declared), link: schema.declared, primitive: true, file: false };
      // `type: object` with `items` is an array to 4.2.1's parser, as a body too (launchdarkly's
      // semantic patches; test/emit/go/cases/object-item-bodies).
      if (schema.items !== undefined) return { ...propertyType(schema, names), primitive: false };
      // A free-form body counts as primitive: `**map[string]interface{}**`, 4.2.1's
      // `optional.Map[string]interface{}` when optional (sdkgen's docs: params.ts declaredOptionals).
      return { dataType: FREE_FORM, link: FREE_FORM, primitive: true, file: false };
    default:
      return { dataType: 'UNKNOWN_BASE_TYPE', link: 'UNKNOWN_BASE_TYPE', primitive: false, file: false };
  }
}

/** handleMethodResponse: containers link to their inner type, the rest to complexType or baseType. */
export function returnType(raw: Schema, names: GoNames): GoType {
  const type = propertyType(raw, names);
  const link = type.link === '' ? type.dataType : type.link;
  return { ...type, link, primitive: GO_PRIMITIVES.has(link) };
}
