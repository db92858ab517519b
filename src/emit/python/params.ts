/**
 * The parameters of an operation as the Python client takes them (docs-format.md §1.6, §1.7):
 * the declared parameters in spec order, then the request body (or, for a form body, its
 * fields), stably sorted so required ones come first.
 */
import type { Operation, Parameter, Schema } from '../../model/types.js';
import { FORM_MEDIA_TYPES } from '../kit/inline-models.js';
import type { PythonContext } from './context.js';
import { variableName } from './naming.js';
import type { PyType } from './types.js';

export interface PyParam {
  /** The Python argument name. */
  readonly name: string;
  /** The name before a clash made it unique (`max_results` for `max_results2`): 2.2.2's example strings use it. */
  readonly plainName: string;
  readonly type: PyType;
  readonly required: boolean;
  /** Spec text, unescaped. */
  readonly description: string | undefined;
  /** The default as swagger-codegen prints it for a parameter: the spec value as text, unquoted. */
  readonly defaultValue: string | undefined;
  /** The spec's example (Swagger 2.0 `x-example`) as Java's toString prints it; the sample uses it when there is no default. */
  readonly example: string | undefined;
  /** The name on the wire (query key, header, form field); the body's own name for a body. */
  readonly wire: string;
  /** Where the client sends it. */
  readonly location: 'path' | 'query' | 'header' | 'cookie' | 'body' | 'form';
  /** How a list is joined (swagger-codegen's collectionFormat): `multi` repeats the key. */
  readonly collectionFormat: 'csv' | 'ssv' | 'pipes' | 'multi' | undefined;
}

type Draft = Omit<PyParam, 'name' | 'plainName'>;

/**
 * 2.2.2's ensureUniqueParams: a name already taken in the operation gets generateNextName, which
 * counts up trailing digits or appends `2` (`max_results` → `max_results2`, `page2` → `page3`).
 */
function uniqueParamNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((plain) => {
    let name = plain;
    while (used.has(name)) {
      // Trailing digits found by a scan from the end (a `\d+$` search backtracks on long digit runs).
      let start = name.length;
      while (start > 0 && name.charCodeAt(start - 1) >= 48 && name.charCodeAt(start - 1) <= 57) start -= 1;
      name = start === name.length ? `${name}2` : `${name.slice(0, start)}${BigInt(name.slice(start)) + 1n}`;
    }
    used.add(name);
    return name;
  });
}

const STR: PyType = { name: 'str', base: 'str', leaf: 'str', container: undefined, format: undefined };
const OBJECT: PyType = { name: 'object', base: 'object', leaf: 'object', container: undefined, format: undefined };
const STRING_MAP: PyType = { ...STR, name: 'dict(str, str)', container: 'map', item: STR };
const STRING_LIST: PyType = { ...STR, name: 'list[str]', container: 'list', item: STR };

/**
 * The type of a parameter that is no body: 2.2's Swagger parser builds it from the parameter's
 * own `type` alone. `object`, which Swagger 2.0 does not allow in a parameter (converters write it
 * for OpenAPI 3's object parameters), is a map of strings, whatever its properties or values; no
 * type (an enum's values aside), or one it does not know, is a `str` (star-trek's typeless formData `body`, Looker's `any`),
 * and so are untyped items of a list.
 */
function parameterType(schema: Schema, ctx: PythonContext): PyType {
  if (schema.kind === 'any') return schema.object ? STRING_MAP : STR;
  // An enum without a type is a `str` too, whatever its values (nexmo's `[true, false, 0, 1]`).
  if (schema.kind === 'primitive' && schema.typeFromEnum === true) return STR;
  if (schema.kind === 'map' || schema.kind === 'object') return STRING_MAP;
  // Items are typed the same way: untyped ones are strings (telegram's formData `media`).
  if (schema.kind === 'array' && schema.items.kind === 'any' && !schema.items.object) return STRING_LIST;
  return ctx.typeOf(schema);
}

/** A body without content says nothing about its shape. */
const FREE_FORM: Schema = { kind: 'any', object: false, nullable: false, readOnly: false, writeOnly: false, deprecated: false };

/** A spec default as text, the way Java's toString prints the parsed value. */
export function defaultText(defaultValue: { readonly value: unknown } | undefined): string | undefined {
  if (defaultValue === undefined) return undefined;
  const { value } = defaultValue;
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * An `x-example` as Java's toString prints what 2.2's parser read: a list is a java.util.List
 * (`[name, -modified_at]`, its items the same way), an object JSON (`{"a":1}`), null `null`
 * (test/emit/python/quirks/list-example-as-java).
 */
export function exampleText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(exampleText).join(', ')}]`;
  return defaultText({ value }) ?? 'null';
}

/**
 * A parameter's default as 2.2's Swagger parser keeps it: one written as a list or an object is
 * not read at all (test/emit/python/quirks/array-parameter-default); an integer's is read as a
 * Java Integer, so one outside its range (`3000000000`, also for int64, also written as the
 * string `"3000000000"` as converters write it) is lost, and the sample falls back to the
 * placeholder.
 */
function parameterDefault(schema: Schema): string | undefined {
  const value = schema.default?.value;
  if (value !== null && typeof value === 'object') return undefined;
  const integer = schema.kind === 'primitive' && schema.type === 'integer';
  const whole = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : undefined;
  if (integer && whole !== undefined && (whole > 2147483647 || whole < -2147483648)) return undefined;
  return defaultText(schema.default);
}

/** The object schema behind a (possibly referenced) schema, if it is one with properties. */
function objectShape(schema: Schema, ctx: PythonContext): Extract<Schema, { kind: 'object' }> | undefined {
  const target = schema.kind === 'ref' ? ctx.schemaNamed(schema.name) : schema;
  return target?.kind === 'object' && target.properties.length > 0 ? target : undefined;
}

/**
 * The body as arguments. swagger-codegen passes form fields as one argument each; any other body
 * is one argument named by the spec (Swagger 2.0 body name, x-codegen-request-body-name), else
 * after the model it references (`CreateSessionRequest` → `create_session_request`), else `body`.
 */
function bodyDrafts(op: Operation, ctx: PythonContext): Draft[] {
  const body = op.requestBody;
  if (!body) return [];
  const content = body.content[0];
  // referenceDocs: Swagger 2.0 formData parameters stay arguments whatever the operation consumes,
  // as 2.2 reads them (plan.ts: the package sends them as one object unless it consumes a form).
  const formData = body.formData === true && ctx.reference;
  const form = content && (formData || FORM_MEDIA_TYPES.has(content.mediaType)) ? objectShape(content.schema, ctx) : undefined;
  if (form) {
    return form.properties.map((p) => ({
      wire: p.name,
      location: 'form' as const,
      collectionFormat: p.schema.kind === 'array' ? ('multi' as const) : undefined,
      type: parameterType(p.schema, ctx),
      required: p.required,
      description: p.schema.description,
      defaultValue: parameterDefault(p.schema),
      // A formData parameter's x-example, as any parameter's (a null one is the text `null`).
      example: p.formExample === undefined ? undefined : exampleText(p.formExample.value),
    }));
  }
  const schema = content?.schema;
  // An inline map body is a ModelImpl without properties to 2.2: typed by its `type` alone, `object`.
  const type = schema?.kind === 'map' ? OBJECT : ctx.typeOf(schema ?? FREE_FORM);
  const wire = body.name ?? (schema?.kind === 'ref' ? ctx.modelOf(schema.name) : 'body');
  return [{ wire, location: 'body', collectionFormat: undefined, type, required: body.required, description: body.description, defaultValue: undefined, example: undefined }];
}

/** OpenAPI 3's style and explode as the Swagger 2.0 collectionFormat the Python client knows. */
function collectionFormat(p: Parameter): PyParam['collectionFormat'] {
  if (p.style === 'spaceDelimited') return 'ssv';
  if (p.style === 'pipeDelimited') return 'pipes';
  return p.style === 'form' && p.explode ? 'multi' : 'csv';
}

/** `.../parameters/3` → its parent and index. */
function declaredAt(pointer: string | undefined): { parent: string; index: number } | undefined {
  const found = pointer === undefined ? null : /^(.*)\/parameters\/(\d+)$/.exec(pointer);
  return found?.[1] === undefined || found[2] === undefined ? undefined : { parent: found[1], index: Number(found[2]) };
}

/**
 * Where the body goes among the parameters. swagger-codegen keeps a Swagger 2.0 body parameter
 * where the spec declares it (`dashboard_id, result_format, body, width, height`); an OpenAPI 3
 * requestBody, declared apart from the parameters, comes after them all.
 */
function bodyIndex(op: Operation): number {
  const body = declaredAt(op.requestBody?.pointer);
  if (body === undefined) return op.parameters.length;
  const after = op.parameters.findIndex((p) => {
    const at = declaredAt(p.pointer);
    return at !== undefined && at.parent === body.parent && at.index > body.index;
  });
  return after < 0 ? op.parameters.length : after;
}

export function pythonParams(op: Operation, ctx: PythonContext): PyParam[] {
  const drafts: Draft[] = op.parameters.map((p) => ({
    wire: p.name,
    location: p.in,
    collectionFormat: p.schema.kind === 'array' ? collectionFormat(p) : undefined,
    type: parameterType(p.schema, ctx),
    required: p.required,
    description: p.description,
    // 2.2's PathParameter keeps no default: neither the notes nor the sample show one.
    defaultValue: p.in === 'path' ? undefined : parameterDefault(p.schema),
    // DefaultCodegen.fromParameter reads `x-example` into the parameter's example (a null one is the text `null`).
    example: p.example === undefined ? undefined : exampleText(p.example),
  }));
  drafts.splice(bodyIndex(op), 0, ...bodyDrafts(op, ctx));
  // 2.2.2's toParamName: a parameter named exactly `callback` (its methods' own async keyword) is `param_callback`.
  const plain = drafts.map((d) => (d.wire === 'callback' ? 'param_callback' : variableName(d.wire, ctx.reference)));
  const names = uniqueParamNames(plain);
  const params = drafts.map((d, i) => ({ ...d, name: names[i] ?? plain[i] ?? d.wire, plainName: plain[i] ?? d.wire }));
  // Array.prototype.sort is stable, so declared order survives within each group.
  return params.sort((a, b) => Number(b.required) - Number(a.required));
}
