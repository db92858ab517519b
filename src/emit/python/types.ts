/**
 * Python types as swagger-codegen 2.2.2's Python docs print them (docs-format.md §3.5–§3.7): the
 * type itself (`str`, `list[ApiSession]`, `dict(str, bool)`), whether the docs treat it as a
 * primitive (printed bold) or link it to the doc of its innermost model.
 */
import type { Schema } from '../../model/types.js';
import { typedComposition } from '../kit/allof-properties.js';

/** The builtin a type bottoms out in, or `model` for a named schema. */
export type PyLeaf = 'str' | 'int' | 'float' | 'bool' | 'datetime' | 'date' | 'file' | 'object' | 'model';

export interface PyType {
  /** As printed: `str`, `list[ApiSession]`, `dict(str, bool)`. */
  readonly name: string;
  /** The innermost element type (swagger-codegen's baseType / complexType): `ApiSession` for `list[ApiSession]`. */
  readonly base: string;
  readonly leaf: PyLeaf;
  /** The outermost container, if any. */
  readonly container: 'list' | 'map' | undefined;
  /** A container's element type (`list[str]` for `list[list[str]]`); undefined for a non-container. */
  readonly item?: PyType | undefined;
  /** The schema's format at the leaf, for example values (`int64` → 789). */
  readonly format: string | undefined;
}

/** How a named schema is called in Python; injected so types need not know the whole Api. */
export type ModelNamer = (schemaName: string) => string;

function leafType(leaf: Exclude<PyLeaf, 'model'>, format?: string): PyType {
  return { name: leaf, base: leaf, leaf, container: undefined, format };
}

/**
 * What a binary string is. swagger-codegen 2.2 reads Swagger 2.0 only, where a file is
 * `type: file` and a string written `format: binary` is a `str` (so is `format: byte`): `str`
 * for a Swagger 2.0 spec. OpenAPI 3 has no `type: file`: its binary strings are the files.
 */
export type BinaryStrings = 'file' | 'str';

/**
 * How a type is read. `binary`: see BinaryStrings. `mapBesideProperties`: an object with
 * properties and an additionalProperties schema is a map of those values to 2.2's parser (the
 * properties unread): `map` where docs print it (`dict(str, list[str])`), `object` for the class,
 * which must keep the properties' values (a `bool` among `list[str]` values cannot be read as one).
 */
export interface TypeRules {
  readonly binary: BinaryStrings;
  readonly mapBesideProperties: 'map' | 'object';
  /**
   * A composition with `type: object` beside it (kit/allof-properties.ts typedComposition) is a
   * plain `object` where docs print it, as 2.2's parser reads it; the class keeps what it composes.
   */
  readonly typedCompositionIsObject?: boolean;
  /**
   * A reference to a definition named `file` is typeMapping's `file` (`[**file**](file.md)`), as
   * 2.2.2 prints it: for referenceDocs only. sdkgen's docs and package keep the model (`File`):
   * 2.2.2's own client would save such a response to a temporary file instead of reading the model.
   */
  readonly fileDefinitionIsFile?: boolean;
}

const DEFAULT_RULES: TypeRules = { binary: 'file', mapBesideProperties: 'object' };

function primitive(schema: Extract<Schema, { kind: 'primitive' }>, binary: BinaryStrings): PyType {
  switch (schema.type) {
    case 'integer':
      return leafType('int', schema.format);
    case 'number':
      return leafType('float', schema.format);
    case 'boolean':
      return leafType('bool');
    case 'string':
      if (schema.format === 'date') return leafType('date');
      if (schema.format === 'date-time') return leafType('datetime');
      // Binary content is a file to upload or save (Swagger 2.0's `type: file` arrives this way).
      if (schema.swaggerFile === true || (binary === 'file' && schema.format === 'binary')) return leafType('file');
      return leafType('str', schema.format);
  }
}

function list(inner: PyType): PyType {
  return { ...inner, name: `list[${inner.name}]`, container: 'list', item: inner };
}

function map(inner: PyType): PyType {
  return { ...inner, name: `dict(str, ${inner.name})`, container: 'map', item: inner };
}

const OBJECT: PyType = leafType('object');

/**
 * 2.2.2's typeMapping, which it applies to a reference's name too: a definition named `object`,
 * `string` or `DateTime` still gets its model and doc, but every use of it is the Python type
 * (`**object**`, `**str**`, `**datetime**`). Keys compare exactly (`String` is a model).
 */
const TYPE_MAPPING: ReadonlyMap<string, Exclude<PyLeaf, 'model' | 'file'>> = new Map([
  ['integer', 'int'], ['long', 'int'], ['number', 'float'], ['float', 'float'], ['double', 'float'],
  ['boolean', 'bool'], ['string', 'str'], ['binary', 'str'], ['ByteArray', 'str'], ['UUID', 'str'],
  ['date', 'date'], ['DateTime', 'datetime'], ['object', 'object'],
] as const);

/**
 * A schema 2.2's Swagger parser reads no property from: no type (also a map written without
 * `type: object`), or a composition.
 */
export function untypedForSwagger22(schema: Schema): boolean {
  if (typedComposition(schema)) return false;
  if (schema.kind === 'allOf' || schema.kind === 'oneOf' || schema.kind === 'anyOf' || schema.allOfWrapper !== undefined) return true;
  return (schema.kind === 'any' && !schema.object) || (schema.kind === 'map' && schema.typed === false);
}

/**
 * 2.2.2's type for a list of items its parser reads no property from (`{}`, `{description: …}`,
 * `{format: date}`, a map without `type: object`, a composition, also one around a reference): it
 * names the missing item type ERRORUNKNOWN, links it to `.md`, and declares its class with it.
 */
const UNKNOWN: PyType = { name: 'ERRORUNKNOWN', base: '', leaf: 'model', container: undefined, format: undefined };
const UNKNOWN_LIST: PyType = { ...UNKNOWN, name: 'list[ERRORUNKNOWN]', container: 'list', item: UNKNOWN };

/**
 * The type a model doc prints for a property: its type, except a list of items 2.2's parser
 * cannot read, which 2.2.2 prints `[**list[ERRORUNKNOWN]**](.md)`. The class keeps `list[object]`
 * (2.2.2's own cannot deserialise such a list), so the doc says less than the code, never more.
 */
export function documentedPropertyType(schema: Schema, type: PyType): PyType {
  return schema.kind === 'array' && untypedForSwagger22(schema.items) ? UNKNOWN_LIST : type;
}

/** The Python type of a schema where it is used (a property, a parameter, a response). */
export function pythonType(schema: Schema, modelOf: ModelNamer, rules: TypeRules = DEFAULT_RULES): PyType {
  if (rules.typedCompositionIsObject === true && typedComposition(schema)) return OBJECT;
  switch (schema.kind) {
    case 'ref': {
      if (rules.fileDefinitionIsFile === true && schema.name === 'file') return { name: 'file', base: 'file', leaf: 'model', container: undefined, format: undefined };
      const mapped = TYPE_MAPPING.get(schema.name);
      if (mapped !== undefined) return leafType(mapped);
      const name = modelOf(schema.name);
      return { name, base: name, leaf: 'model', container: undefined, format: undefined };
    }
    case 'primitive':
      return primitive(schema, rules.binary);
    case 'array':
      return list(pythonType(schema.items, modelOf, rules));
    case 'map':
      // 2.2's Swagger parser makes a map only of values it can type: `additionalProperties: true`,
      // `{}`, a schema without a type (`{description: …}`) or a composition (`oneOf`, an allOf,
      // also around one reference) leave a plain `object`.
      if (untypedForSwagger22(schema.values)) return OBJECT;
      return map(pythonType(schema.values, modelOf, rules));
    case 'object': {
      // The plan hoists inline objects with properties into models (kit/inline-models.ts); those
      // left are an allOf member's (a plain `object`) or a map's with properties beside it, which
      // 2.2's parser reads as the map alone (TypeRules.mapBesideProperties).
      const values = schema.additionalProperties;
      if (values === undefined || values === true) return OBJECT;
      if (schema.properties.length > 0 && rules.mapBesideProperties === 'object') return OBJECT;
      if (untypedForSwagger22(values)) return OBJECT;
      return map(pythonType(values, modelOf, rules));
    }
    case 'allOf': {
      // `allOf: [$ref]` is how specs decorate a reference; it is that type.
      const [only, ...rest] = schema.members;
      return only !== undefined && rest.length === 0 ? pythonType(only, modelOf, rules) : OBJECT;
    }
    case 'oneOf':
    case 'anyOf':
    case 'any':
      return OBJECT;
  }
}

/** True when the innermost type is a builtin rather than a model. */
export function isBuiltin(t: PyType): boolean {
  return t.leaf !== 'model';
}

/** Where a type is printed: each place decides bold or link by its own 2.2.2 rule. */
export type TypePlace = 'param' | 'body' | 'property' | 'return';

/**
 * How 2.2.2's CodegenProperty sees a container: bold when its element's baseType is a language
 * primitive (`str`, `int`, `float`, `bool`, `date`, `datetime`, `object`, also `list`, so
 * `list[list[Other]]` is bold), else a link to that baseType (a model; `dict` for a map element,
 * `file` for a file), which for a non-container is the type itself.
 */
function elementLink(t: PyType): string | undefined {
  const element = t.item ?? t;
  if (element.container === 'list') return undefined;
  if (element.container === 'map') return 'dict';
  if (element.leaf === 'model' || element.leaf === 'file') return element.base;
  return undefined;
}

/**
 * The type cell of the docs, `**str**` or `[**list[Pet]**](Pet.md)`, by where it is printed:
 * - property: its element's baseType decides (elementLink); `file` links to `file.md` (no such page);
 * - return: as a property, but a returned map links to its model, else to `dict.md`;
 * - param: a bare builtin (`file` too) is bold; a container links to its element, a builtin one
 *   included (`[**list[str]**](str.md)`, `[**list[list[str]]**](list[str].md)`);
 * - body: a bare type as a param; a list as a property (`**list[str]**`, `[**list[Pet]**](Pet.md)`).
 */
export function typeMarkdown(t: PyType, place: TypePlace): string {
  const linked = (target: string | undefined): string => (target === undefined ? `**${t.name}**` : `[**${t.name}**](${target}.md)`);
  if (place === 'param' || (place === 'body' && t.container === undefined)) {
    if (t.container === undefined) return linked(isBuiltin(t) ? undefined : t.base);
    const element = t.item ?? t;
    return linked(element.container === undefined ? element.base : element.name);
  }
  if (place === 'return' && t.container === 'map') {
    const values = t.item ?? t;
    return linked(values.container === undefined && values.leaf === 'model' ? values.base : 'dict');
  }
  return linked(elementLink(t));
}