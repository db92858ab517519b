/**
 * An operation's parameters as the Go docs list them (allParams, docs-format.md §1.6, §1.7): path,
 * query, header and cookie parameters in spec order, then the body — or, for a form or multipart
 * body, one parameter per field of its schema — stably sorted so required ones come first.
 */
import type { Operation, Parameter, Property, RequestBody, Schema } from '../../model/types.js';
import type { GoNames } from './api-names.js';
import { escapeText } from '../docs/escape.js';
import { isFormFieldsMedia } from '../kit/inline-models.js';
import { parsedDefault } from './default-values.js';
import { goParamName } from './naming.js';
import { OPTIONAL_TYPES } from './optional-types.js';
import { bodyType, formFieldType, parameterType, propertyType, unalias, type GoType } from './types.js';

export interface GoParam {
  /** Go parameter name, unique within the operation and never `ctx` or `optional`. */
  readonly name: string;
  readonly required: boolean;
  /** For the docs, before a cell's escaping; a form field's is escaped once already (4.2.1 escapes it twice). */
  readonly description: string | undefined;
  readonly type: GoType;
  readonly default: { readonly value: unknown } | undefined;
  /** Where the value goes on the wire; the docs ignore it, the client's code is built from it. */
  readonly source: ParamSource;
}

/** A spec parameter, the whole request body, or one field of a form body. */
export type ParamSource =
  | { readonly kind: 'parameter'; readonly parameter: Parameter }
  | { readonly kind: 'body'; readonly mediaTypes: readonly string[] }
  | { readonly kind: 'form'; readonly field: string };

/** Names the docs signature already uses beside the parameters: `(ctx, ..., optional)`. */
const SIGNATURE_NAMES = ['ctx', 'optional'];

/** A form body's fields: the properties of its (referenced) object schema. */
function formFields(schema: Schema, names: GoNames): Property[] {
  const target = unalias(schema, names);
  const resolved = target.kind === 'ref' ? names.schema(target.name)?.schema : target;
  return resolved?.kind === 'object' ? [...resolved.properties] : [];
}

/** A form field 4.2.1's isMapSchema takes for a map: any additionalProperties but `false`. */
function isMapField(schema: Schema, names: GoNames): boolean {
  const target = unalias(schema, names);
  const resolved = target.kind === 'ref' ? names.schema(target.name)?.schema : target;
  return resolved?.kind === 'map' || (resolved?.kind === 'object' && resolved.additionalProperties !== undefined);
}

/**
 * The body parameter's name before Go casing: the spec's own (Swagger 2.0 body name or
 * x-codegen-request-body-name), else the model's Go name, `UNKNOWN_BASE_TYPE` for an inline schema
 * 4.2.1 could not type; an inline array is named by its innermost item's complexType (`[][]Gadget`
 * → `Gadget`, `[]Shop.Item` → `Shop.Item`), `request_body` when that is a primitive; a map (a
 * model with additionalProperties too) is `request_body`; anything else `body`.
 */
export function bodyName(body: RequestBody, type: GoType, schema: Schema, names: GoNames): string {
  if (body.name !== undefined) return body.name;
  const target = unalias(schema, names);
  if (type.container === 'map') return 'request_body';
  if (target.kind === 'ref' && names.schema(target.name)?.schema.kind === 'primitive') return 'body';
  if (target.kind === 'ref' || type.dataType === 'UNKNOWN_BASE_TYPE') return type.dataType;
  if (target.kind === 'array' && target.itemsOmitted) return 'body';
  if (target.kind === 'array') return innermostComplexType(target, names) ?? 'request_body';
  // `type: object` with `items`, an array to 4.2.1's parser (bodyType).
  if (target.kind === 'any' && target.declared === undefined && target.items !== undefined) return innermostComplexType({ ...target, kind: 'array', items: target.items }, names) ?? 'request_body';
  if (target.kind === 'map') return 'request_body';
  return 'body';
}

/**
 * The complexType of an array's innermost item: a model's raw name; none for a primitive. An alias
 * that is an array of itself (`A: {type: array, items: {$ref: A}}`) ends where it comes round.
 */
function innermostComplexType(array: Extract<Schema, { kind: 'array' }>, names: GoNames): string | undefined {
  const seen = new Set<string>();
  const step = (schema: Schema): Schema => {
    if (schema.kind === 'ref') {
      if (seen.has(schema.name)) return schema;
      seen.add(schema.name);
    }
    return unalias(schema, names);
  };
  let item = step(array.items);
  while (item.kind === 'array') item = step(item.items);
  if (item.kind === 'primitive') return undefined;
  const type = propertyType(item, names);
  return type.link === '' ? undefined : type.link;
}

/**
 * generateNextName: a later parameter whose name is taken counts its trailing number up
 * (`xAmzContentSha256` → `xAmzContentSha257`) or gets `2`. 4.2.1 does so for the spec's
 * parameters only and lets a body or form field share a name (its client then fails to compile);
 * sdkgen renames those too, and `ctx` or `optional`, so the Go signature stays valid.
 */
export function nextName(name: string): string {
  // Walk back over the trailing digits (a regex `\d+$` retried at every digit is quadratic).
  let start = name.length;
  while (start > 0 && name.charCodeAt(start - 1) >= 48 && name.charCodeAt(start - 1) <= 57) start -= 1;
  if (start === name.length) return `${name}2`;
  return `${name.slice(0, start)}${BigInt(name.slice(start)) + 1n}`;
}

/**
 * A parameter or form field written `{$ref: X, type: string}` is a primitive to 4.2.1: its type
 * prints unlinked. Required ones only: an optional one 4.2.1 declares `optional.X`, which the
 * antihax/optional package does not have (its client does not compile), so sdkgen keeps
 * `optional.Interface of X`, which its code declares (a safety deviation, README; `reference`
 * names write 4.2.1's cell).
 */
function typedBeside(required: boolean, schema: Schema, type: GoType, names: GoNames): GoType {
  const primitive = schema.kind === 'ref' && schema.siblingType !== undefined && schema.siblingType !== 'object';
  return (required || names.reference) && primitive ? { ...type, primitive: true } : type;
}

export function goParams(op: Operation, names: GoNames): GoParam[] {
  const collected: Omit<GoParam, 'name'>[] = op.parameters.map((p) => ({
    required: p.required,
    description: p.description,
    type: typedBeside(p.required, p.schema, parameterType(p.schema, names), names),
    // A `$ref` to an alias shows the alias's default, as a property does (test/emit/go/cases/parameter-alias-defaults).
    default: parsedDefault(unalias(p.schema, names)),
    source: { kind: 'parameter', parameter: p } as const,
  }));
  const rawNames = op.parameters.map((p) => p.name);
  const body = op.requestBody;
  const first = body?.content[0];
  // getContentType reads the operation's own body: one written as a `$ref` is never a form.
  if (body && first && isFormFieldsMedia(first.mediaType) && body.referenced !== true) {
    for (const field of formFields(first.schema, names)) {
      // "Map of form parameters not supported": 4.2.1 leaves out a field that is a map (values
      // `true` or a schema, beside properties or not), and so its client sends none
      // (test/emit/go/cases/form-map-fields).
      if (isMapField(field.schema, names)) continue;
      // How the fields are encoded (urlencoded or multipart) is the runtime's choice, from the Content-Type.
      const source = { kind: 'form', field: field.name } as const;
      // A field written as a `$ref` has no description of its own to 4.2.1: siblings of a `$ref` are
      // ignored; one to a primitive alias is the alias, its description and default shown (nexmo's
      // `country`; test/emit/go/cases/form-field-aliases). Any description is escaped twice
      // (fromFormProperty escapes the property's escaped description again): once here, once as
      // every cell is.
      const read = unalias(field.schema, names);
      const own = read.kind === 'ref' ? undefined : read.description;
      const description = own === undefined ? undefined : escapeText(own, 'comment');
      // An array field shows its items' default, not its own (fromFormProperty reads the inner
      // property's; netlicensing's `licenseTemplate`; test/emit/go/cases/form-field-aliases).
      const shown = read.kind === 'array' ? parsedDefault(unalias(read.items, names)) : parsedDefault(read);
      collected.push({ required: field.required, description, type: typedBeside(field.required, field.schema, formFieldType(field.schema, names), names), default: shown, source });
      rawNames.push(field.name);
    }
  } else if (body) {
    const schema = first?.schema ?? { nullable: false, readOnly: false, writeOnly: false, deprecated: false, kind: 'any', object: false };
    const type = bodyType(schema, names);
    collected.push({ required: body.required, description: body.description, type, default: undefined, source: { kind: 'body', mediaTypes: body.content.map((c) => c.mediaType) } });
    rawNames.push(bodyName(body, type, schema, names));
  }
  const used = new Set(names.reference ? [] : SIGNATURE_NAMES);
  const params = collected.map((p, i) => {
    let name = goParamName(rawNames[i] ?? '');
    if (names.reference) {
      // 4.2.1 counts up once, and only for the spec's own parameters.
      if (i < op.parameters.length && used.has(name)) name = nextName(name);
    } else {
      while (used.has(name)) name = nextName(name);
    }
    used.add(name);
    return { ...p, name };
  });
  // Array.prototype.sort is stable, as sortParamsByRequiredFlag needs.
  return declaredOptionals(params.sort((a, b) => Number(b.required) - Number(a.required)), names);
}

/**
 * An optional parameter of a primitive type antihax/optional has no value type for (a free-form
 * body, an array without items, a type JSON Schema does not know) is listed as the
 * `optional.Interface` the code declares, as 4.2.1 lists such a query parameter:
 * `[**optional.Interface of map[string]interface{}**](.md)`. 4.2.1 lists the body as
 * `**optional.Map[string]interface{}**` (`optional.Array`, `optional.Any`), which its client
 * declares and cannot compile: a safety deviation (README; `reference` names keep 4.2.1's cell,
 * test/emit/go/safety-deviations/undeclared-optionals).
 */
function declaredOptionals(params: GoParam[], names: GoNames): GoParam[] {
  if (names.reference) return params;
  return params.map((p) =>
    !p.required && p.type.primitive && !p.type.file && !OPTIONAL_TYPES.has(p.type.dataType)
      ? { ...p, type: { ...p.type, primitive: false, link: '' } }
      : p,
  );
}
