/**
 * The parameters of an operation as the Rust client takes them (docs-format.md §1.6, §1.7): the
 * declared parameters, then the request body, stably sorted so required ones come first.
 */
import type { Operation, Parameter, Property, Schema } from '../../model/types.js';
import { isFormFieldsMedia } from '../kit/inline-models.js';
import { uniqueNames } from '../kit/unique-names.js';
import { isAnyType, propertyDescription, valueDefault } from './composed.js';
import { fieldName } from './naming.js';
import type { RustSchemas } from './schemas.js';
import { docSpelling, inDocs, rustType, type RustType } from './types.js';

export interface RustParam {
  /** The Rust argument name. */
  readonly name: string;
  readonly type: RustType;
  /** The type as the docs print it: the bare model name for a model, else `type.type`. */
  readonly shown: string;
  readonly required: boolean;
  readonly description: string | undefined;
  readonly default: { readonly value: unknown } | undefined;
  /** The spec's parameter, or undefined for the request body. */
  readonly source: Parameter | undefined;
  /** The body's first media type (how the crate sends it); undefined for other parameters. */
  readonly media: string | undefined;
  /** A field of a form body (multipart/form-data, x-www-form-urlencoded): its name on the wire. */
  readonly formField: string | undefined;
  /**
   * Printed bold, without link: a parameter or form field written `{$ref, type: string}` (Twilio's
   * enum parameters), which 6.0 takes for a primitive of the model's name.
   */
  readonly unlinked: boolean;
}

/** `{$ref: X, type: string}`: a reference with a primitive type beside it. */
function typedReference(schema: Schema): boolean {
  return schema.kind === 'ref' && schema.siblingType !== undefined;
}

/**
 * Names every generated function uses itself (code/api-module.ts): no parameter may take them.
 * `configuration` may: the function's own argument then takes `local_var_configuration`.
 */
export const FUNCTION_NAMES: readonly string[] = ['local_var_configuration', 'local_var_path', 'local_var_req', 'local_var_form'];

const FREE_FORM: Schema = { kind: 'any', object: false, nullable: false, readOnly: false, writeOnly: false, deprecated: false };
const TEXT: Schema = { kind: 'primitive', type: 'string', nullable: false, readOnly: false, writeOnly: false, deprecated: false };

/** An enum model given as the body: 6.0 takes it as its text, `body: String`. */
function isEnumModel(schema: Schema, schemas: RustSchemas): boolean {
  const resolved = schemas.resolve(schema);
  return schema.kind === 'ref' && resolved.kind === 'model' && resolved.model.schema.kind === 'primitive' && resolved.model.schema.type === 'string' && resolved.model.schema.enum !== undefined;
}

/**
 * An array's innermost items (an array of arrays of X: X). An alias that is an array of itself
 * (`A: {type: array, items: {$ref: A}}`) has no innermost items: it ends where it comes round.
 */
function innermost(schema: Schema, schemas: RustSchemas): Schema {
  let current = schema;
  const seen = new Set<string>();
  for (;;) {
    if (current.kind === 'ref') {
      if (seen.has(current.name)) return current;
      seen.add(current.name);
    }
    const resolved = schemas.resolve(current);
    if (resolved.kind !== 'inline' || resolved.schema.kind !== 'array') return current;
    current = resolved.schema.items;
  }
}

/**
 * The body argument's name before casing, as 6.0 names it: the spec's own (Swagger 2.0 body name,
 * x-codegen-request-body-name); else, for an array, its innermost item model's raw name or
 * `request_body`; `request_body` for a map; the model it references; else `body` (an enum too).
 */
function bodyName(op: Operation, schema: Schema, schemas: RustSchemas): string {
  if (op.requestBody?.name !== undefined) return op.requestBody.name;
  const resolved = schemas.resolve(schema);
  if (resolved.kind === 'inline' && resolved.schema.kind === 'array') {
    const item = innermost(schema, schemas);
    return item.kind === 'ref' && schemas.resolve(item).kind === 'model' ? item.name : 'request_body';
  }
  if (resolved.kind === 'inline' && resolved.schema.kind === 'map') return 'request_body';
  if (isEnumModel(schema, schemas)) return 'body';
  return schema.kind === 'ref' && resolved.kind === 'model' ? resolved.model.name : 'body';
}

/**
 * What 6.0 makes of a body that is an allOf of primitives only (ex-3-schema-types' string and
 * integer): a parameter and a type `UNKNOWN_BASE_TYPE`, nullable, linked to its page, which no crate
 * has; sdkgen's crate takes any JSON value (test/emit/rust/deviations/incompatible-allof-body).
 */
const UNKNOWN_BASE_TYPE: RustType = { type: 'UNKNOWN_BASE_TYPE', leaf: { kind: 'model', name: 'UNKNOWN_BASE_TYPE' }, container: false, nullable: true };

function primitivesOnly(schema: Schema): boolean {
  return schema.kind === 'allOf' && schema.members.length > 1 && schema.members.every((m) => m.kind === 'primitive');
}

/**
 * referenceDocs only: a body written `allOf: [$ref]` around a `$ref` inside a named schema
 * (linode's `createFirewallDevice`, `#/components/schemas/FirewallDevices/properties/entity`),
 * which 6.0 reads as a model it never declares (inner-refs.ts) and so does not hoist: a composition
 * left inline, `UNKNOWN_BASE_TYPE` as an allOf of primitives is.
 */
function wrappedDeclared(schema: Schema): boolean {
  return schema.kind === 'any' && schema.declared !== undefined && schema.innerRef !== undefined && schema.allOfWrapper !== undefined;
}

/**
 * An object without properties (free-form `{type: object}`, or a map), and for referenceDocs an
 * inline primitive too (spoonacular's form of `{type: string}`): 6.0 takes no argument for it, so
 * its crate sends nothing and the text cannot be sent at all. sdkgen's crate takes the primitive
 * as `body` and sends it as the request body (code/api-module.ts formValue), and its docs list
 * that argument (test/emit/rust/deviations/form-primitive-body).
 */
function propertyless(schema: Schema, schemas: RustSchemas): boolean {
  const resolved = schemas.resolve(schema);
  if (resolved.kind !== 'inline') return false;
  if (resolved.schema.kind === 'primitive') return schemas.reference;
  return (resolved.schema.kind === 'any' && resolved.schema.object) || resolved.schema.kind === 'map';
}

/** A form body's fields: the properties of its object (a model's, allOf members' included). */
function formFields(schema: Schema, schemas: RustSchemas): readonly Property[] {
  const resolved = schemas.resolve(schema);
  if (resolved.kind === 'model') return resolved.model.schema.kind === 'object' || resolved.model.schema.kind === 'allOf' ? schemas.flattened.ofNamed(resolved.model.specName) : [];
  return resolved.schema.kind === 'object' || resolved.schema.kind === 'allOf' ? schemas.flattened.ofSchema(resolved.schema) : [];
}

/**
 * A body model with additionalProperties beside its properties (or its oneOf, anyOf or allOf) is
 * taken as the map it also is:
 * 6.0's fromRequestBody asks isMapSchema before anything else (`request_body:
 * HashMap<String, serde_json::Value>`); the crate sends that map as JSON.
 */
function openModelAsMap(schema: Schema, schemas: RustSchemas): Schema {
  // The schema the body names, not a model that replaced it (an allOf whose member took its name).
  const written = schema.kind === 'ref' ? schemas.written(schema.name) : undefined;
  const open = written?.kind === 'object' || written?.kind === 'oneOf' || written?.kind === 'anyOf' || written?.kind === 'allOf';
  if (!open || written.additionalProperties === undefined) return schema;
  const extra = written.additionalProperties;
  return { kind: 'map', values: extra === true ? FREE_FORM : extra, nullable: written.nullable, readOnly: false, writeOnly: false, deprecated: false };
}

/** A model parameter (the body too) is printed by its bare name, unlike everywhere else. */
function bareModel(type: RustType): string {
  const d = inDocs(type);
  return d.leaf.kind === 'model' && !d.leaf.declared && !d.container ? d.leaf.name : docSpelling(type);
}

/**
 * A parameter written `allOf: [$ref]` around an enum model (svix's `order`) is a composed schema
 * 6.0 does not hoist: it prints the model's full type, `crate::models::Ordering` (an object
 * model in that place is hoisted into `<op>_<param>_parameter`, printed bare as any model).
 */
function wrappedEnum(schema: Schema, schemas: RustSchemas): boolean {
  if (schema.kind !== 'ref' || schema.allOfWrapper === undefined) return false;
  const resolved = schemas.resolve(schema);
  return resolved.kind === 'model' && resolved.model.schema.kind === 'primitive';
}

/**
 * A body whose model is declared `nullable: true` (a `$ref` to one, or an inline nullable object
 * hoisted into one: GitHub's `gists/update` body) may be null: 6.0 takes the model's nullable for
 * the parameter's, `Option<[**GistsUpdateRequest**](…)>` although required, and so does the
 * crate's function (api-module.ts isOptional), which can then send a null body.
 */
function nullableModelBody(schema: Schema, type: RustType, schemas: RustSchemas): RustType {
  const resolved = schemas.resolve(schema);
  return resolved.kind === 'model' && resolved.model.schema.nullable ? { ...type, nullable: true } : type;
}

export function rustParams(op: Operation, schemas: RustSchemas): RustParam[] {
  const drafts = op.parameters.map((p) => {
    const type = rustType(p.schema, schemas);
    return {
      wire: p.name,
      type,
      shown: wrappedEnum(p.schema, schemas) ? docSpelling(type) : bareModel(type),
      required: p.required,
      description: p.description,
      default: valueDefault(p.schema, schemas, 'parameter'),
      source: p as Parameter | undefined,
      media: undefined as string | undefined,
      formField: undefined as string | undefined,
      unlinked: typedReference(p.schema),
    };
  });
  const body = op.requestBody;
  if (body) {
    const schema = body.content[0]?.schema ?? FREE_FORM;
    const media = body.content[0]?.mediaType;
    // 6.0 takes a form body a field at a time: one argument per property, required as the property
    // is; but one written as a `$ref` to components/requestBodies whole, named after its model.
    const asFields = media !== undefined && isFormFieldsMedia(media) && body.referenced !== true;
    const fields = asFields ? formFields(schema, schemas) : [];
    for (const f of fields) {
      const written = rustType(f.schema, schemas);
      // A field is read as a property is: an untyped value (telegram's InputFile) is AnyType,
      // nullable even when required.
      const target = schemas.resolve(f.schema);
      const anyType = target.kind === 'inline' && target.schema.kind === 'any' && !target.schema.object && target.schema.declared === undefined;
      const type = anyType ? { ...written, nullable: true } : written;
      // A field prints its full type (`crate::models::Params`), unlike the other parameters; a
      // `$ref` field loses what is written beside it (as a property does): a model's shows no
      // description, an alias's its own.
      const description = propertyDescription(f.schema, schemas);
      drafts.push({ wire: f.name, type, shown: docSpelling(type), required: f.required, description, default: valueDefault(f.schema, schemas, 'parameter'), source: undefined, media, formField: f.name, unlinked: typedReference(f.schema) });
    }
    // A form of a free-form object or a map (Looker's login: `{type: object}`) has no field 6.0
    // could take: the function takes no body at all, and the crate sends none (a primitive's
    // form does, but for referenceDocs: propertyless).
    if (fields.length === 0 && !(asFields && propertyless(schema, schemas))) {
      const taken = openModelAsMap(schema, schemas);
      // referenceDocs only: 6.0's name and type for an allOf of primitives, which no crate has.
      const unknown = schemas.reference && (primitivesOnly(taken) || wrappedDeclared(taken));
      const typed = unknown ? UNKNOWN_BASE_TYPE : nullableModelBody(taken, rustType(isEnumModel(taken, schemas) ? TEXT : taken, schemas), schemas);
      // An untyped body (pendo's `Tags`, a description only) is AnyType: `Option<…>` even when required.
      const type = isAnyType(taken, schemas) ? { ...typed, nullable: true } : typed;
      const wire = unknown ? UNKNOWN_BASE_TYPE.type : bodyName(op, taken, schemas);
      drafts.push({ wire, type, shown: bareModel(type), required: body.required, description: body.description, default: undefined, source: undefined, media, formField: undefined, unlinked: false });
    }
  }
  // The function's own names are taken: the locals of its body.
  // 6.0 numbers a repeated name without separator: `max_results`, `max_results2`.
  const names = uniqueNames(drafts.map((d) => fieldName(d.wire)), { separator: '', taken: FUNCTION_NAMES });
  const params = drafts.map((d, i) => ({
    type: d.type,
    shown: d.shown,
    required: d.required,
    description: d.description,
    default: d.default,
    source: d.source,
    media: d.media,
    formField: d.formField,
    unlinked: d.unlinked,
    name: names[i] ?? fieldName(d.wire),
  }));
  // Array.prototype.sort is stable, so declared order survives within each group.
  return params.sort((a, b) => Number(b.required) - Number(a.required));
}
