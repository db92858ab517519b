/**
 * Python types as swagger-codegen 2.2.2's Python docs print them (docs-format.md §3.5–§3.7): the
 * type itself (`str`, `list[ApiSession]`, `dict(str, bool)`), whether the docs treat it as a
 * primitive (printed bold) or link it to the doc of its innermost model.
 */
import type { Schema } from '../../model/types.js';

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
  /** The schema's format at the leaf, for example values (`int64` → 789). */
  readonly format: string | undefined;
}

/** How a named schema is called in Python; injected so types need not know the whole Api. */
export type ModelNamer = (schemaName: string) => string;

function leafType(leaf: Exclude<PyLeaf, 'model'>, format?: string): PyType {
  return { name: leaf, base: leaf, leaf, container: undefined, format };
}

function primitive(schema: Extract<Schema, { kind: 'primitive' }>): PyType {
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
      if (schema.format === 'binary' || schema.format === 'file') return leafType('file');
      return leafType('str', schema.format);
  }
}

function list(inner: PyType): PyType {
  return { ...inner, name: `list[${inner.name}]`, container: 'list' };
}

function map(inner: PyType): PyType {
  return { ...inner, name: `dict(str, ${inner.name})`, container: 'map' };
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
  if (schema.kind === 'allOf' || schema.kind === 'oneOf' || schema.kind === 'anyOf' || schema.allOfWrapper !== undefined) return true;
  return (schema.kind === 'any' && !schema.object) || (schema.kind === 'map' && schema.typed === false);
}

/** The Python type of a schema where it is used (a property, a parameter, a response). */
export function pythonType(schema: Schema, modelOf: ModelNamer): PyType {
  switch (schema.kind) {
    case 'ref': {
      const mapped = TYPE_MAPPING.get(schema.name);
      if (mapped !== undefined) return leafType(mapped);
      const name = modelOf(schema.name);
      return { name, base: name, leaf: 'model', container: undefined, format: undefined };
    }
    case 'primitive':
      return primitive(schema);
    case 'array':
      return list(pythonType(schema.items, modelOf));
    case 'map':
      // 2.2's Swagger parser makes a map only of values it can type: `additionalProperties: true`,
      // `{}`, a schema without a type (`{description: …}`) or a composition (`oneOf`, an allOf,
      // also around one reference) leave a plain `object`.
      if (untypedForSwagger22(schema.values)) return OBJECT;
      return map(pythonType(schema.values, modelOf));
    case 'object': {
      // The plan hoists inline objects with properties into models (kit/inline-models.ts); those
      // left (a map's properties, an allOf member's) are a plain `object`, none a dictionary.
      if (schema.properties.length > 0) return OBJECT;
      const values = schema.additionalProperties;
      if (values === undefined || values === true) return OBJECT;
      return map(pythonType(values, modelOf));
    }
    case 'allOf': {
      // `allOf: [$ref]` is how specs decorate a reference; it is that type.
      const [only, ...rest] = schema.members;
      return only !== undefined && rest.length === 0 ? pythonType(only, modelOf) : OBJECT;
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

/**
 * The type cell of the docs. Where the reference prints a type decides what counts as
 * "primitive" (bold, no link):
 * - property, return: anything whose innermost type is a builtin (`**dict(str, bool)**`), but a
 *   returned map of builtins (or list of such maps) links to `dict.md`;
 * - param: only a bare builtin; a list or dict param links to its element (`[**list[str]**](str.md)`),
 *   a quirk of swagger-codegen's CodegenParameter that real 2.2.x docs show.
 */
export function typeMarkdown(t: PyType, place: 'param' | 'property' | 'return'): string {
  // A returned map, or list of maps, of builtins links to `dict.md`: 2.2.2's returnBaseType is
  // the map's complexType (its model), else its baseType `dict`, which is no Python primitive.
  const returnsMap = place === 'return' && (t.container === 'map' || t.name.startsWith('list[dict('));
  if (returnsMap && isBuiltin(t)) return `[**${t.name}**](dict.md)`;
  const bold = place === 'param' ? t.container === undefined && isBuiltin(t) : isBuiltin(t);
  return bold ? `**${t.name}**` : `[**${t.name}**](${t.base}.md)`;
}
