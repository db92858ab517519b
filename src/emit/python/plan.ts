/**
 * The one Python plan of an Api: every name and type the package and its docs share, decided once.
 * The doc views (api-view, model-view, readme-view) and the code builders (code/) both read it, so
 * a method, keyword argument or model property the docs list is, by construction, one the code has.
 */
import type { Api, NamedSchema, Operation, Property, Schema } from '../../model/types.js';
import { returnContent } from '../kit/responses.js';
import { documentedProperties } from '../kit/allof-properties.js';
import { resolveInlineModels } from '../kit/inline-models.js';
import { readBy22, SWAGGER_CODEGEN_2_2, untypedProperty } from '../kit/inline-rules.js';
import { uniqueNames } from '../kit/unique-names.js';
import { snakeIdentifier } from '../identifiers.js';
import { operationSchemes } from './auth.js';
import { composedProperties } from './composed.js';
import { pythonContext, type PythonApiClass, type PythonContext } from './context.js';
import { PYTHON_UNIQUE, variableName } from './naming.js';
import { pythonParams, type PyParam } from './params.js';
import { documentedPropertyType, untypedForSwagger22, type PyType } from './types.js';

export interface PlanOperation {
  readonly op: Operation;
  /** The method name (`update_session`); `<name>_with_http_info` is its sibling. */
  readonly name: string;
  /** Required ones first, as the method takes them (positional, then keywords). */
  readonly params: readonly PyParam[];
  /** The deserialised type of the success body; undefined: the method returns None. */
  readonly returns: PyType | undefined;
  /**
   * The return type the docs print: `returns`, except where 2.2's Swagger parser reads no
   * property from the success schema (an allOf, oneOf or anyOf, an allOf around one reference, a
   * schema without a type) and 2.2.2 documents `void`. The method still returns the body.
   */
  readonly documentedReturns: PyType | undefined;
  /** Declared error bodies by status (`400`, `4XX`, `default`): ApiException.data gets one. */
  readonly errors: readonly { readonly status: string; readonly type: PyType }[];
  /** Names of the security schemes it may use, in order of first mention. */
  readonly auth: readonly string[];
  /**
   * False for an operation written with `tags: []`: 2.2.2 lists it under no class, so no doc or
   * README row has it. The method stays in its class (docs list less than the code, never more).
   */
  readonly documented: boolean;
}

export interface PlanApiClass {
  readonly className: string;
  /** `session_api`: apis/<module>.py and test/test_<module>.py. */
  readonly moduleName: string;
  readonly tag: string | undefined;
  readonly description: string | undefined;
  readonly operations: readonly PlanOperation[];
}

export interface PlanProperty {
  /** The Python attribute (`workspace_id`, `_from`). */
  readonly name: string;
  /** The JSON key (`attribute_map`). */
  readonly wire: string;
  readonly type: PyType;
  /** The type its doc row prints: `type`, but `list[ERRORUNKNOWN]` where 2.2.2 prints that (types.ts). */
  readonly documentedType: PyType;
  readonly required: boolean;
  readonly schema: Schema;
  readonly property: Property;
  /**
   * False for a property without a type (`{}`, `{description: …}`, `{format: date}`, Looker's
   * `type: any`): 2.2's Swagger parser builds no property of it, so the model doc has no row. The
   * class still declares it, so the value a server sends is kept.
   */
  readonly documented: boolean;
}

export interface PlanModel {
  readonly schemaName: string;
  readonly className: string;
  /** `api_session`: models/<module>.py and test/test_<module>.py. */
  readonly moduleName: string;
  readonly description: string | undefined;
  readonly properties: readonly PlanProperty[];
  /**
   * The rows of its doc: the properties 2.2.2 lists, in its order (for an allOf, composed.ts),
   * without the typeless ones. The class declares every property all the same.
   */
  readonly rows: readonly PlanProperty[];
  /**
   * False for a bare `{}` schema (no type, nothing but a description, title or example, see isBare): 2.2's
   * parser makes nothing of it and writes no doc, though types still link to one. The class stays.
   */
  readonly documented: boolean;
}

export interface PythonPlan {
  readonly ctx: PythonContext;
  readonly api: Api;
  readonly packageName: string;
  readonly packageVersion: string;
  readonly classes: readonly PlanApiClass[];
  /** In spec order (the docs' order); README sorts its list itself. */
  readonly models: readonly PlanModel[];
}

/** The module of a class: swagger-codegen's underscore(), `ApiSession` → `api_session`. */
export function moduleName(className: string): string {
  return snakeIdentifier(className) || 'module';
}

/**
 * Whether 2.2's Swagger parser makes a property of a response schema: not of a composition (the
 * resolver has already hoisted those with properties beside them), nor of an allOf around one
 * reference, nor of a schema without a type (`{description: …}`, Looker's `type: any`).
 */
function readAsProperty(schema: Schema): boolean {
  return !untypedForSwagger22(schema);
}

function planOperation(op: Operation, name: string, ctx: PythonContext): PlanOperation {
  const success = returnContent(op);
  const returns = success === undefined ? undefined : ctx.typeOf(success.schema);
  const errors = op.responses
    .filter((r) => !r.status.startsWith('2') && r.content[0] !== undefined && r.content[0].schemaless !== true)
    .flatMap((r) => (r.content[0] === undefined ? [] : [{ status: r.status, type: ctx.typeOf(r.content[0].schema) }]));
  return {
    op,
    name,
    params: pythonParams(op, ctx),
    returns,
    documentedReturns: success === undefined || !readAsProperty(success.schema) ? undefined : ctx.docTypeOf(success.schema),
    errors,
    auth: operationSchemes(op, ctx.api).map((s) => s.name),
    documented: op.tagsWrittenEmpty !== true,
  };
}

/**
 * A definition 2.2.2 writes no doc for: no type and nothing its ModelImpl keeps beyond a
 * description, title, example or required (a format, a default, x-nullable or another `x-` key,
 * a discriminator, xml or externalDocs make it a model, so do properties its parser reads).
 */
function isBare(schema: Schema): boolean {
  const nothingKept = !schema.nullable && schema.default === undefined;
  // Properties without a type of their own only, none read (Azure's TagsResource: `{properties:
  // {tags: {additionalProperties: …}}}`): as bare as `{}` to 2.2.
  if (schema.kind === 'object' && schema.typed === false && schema.additionalProperties === undefined) {
    return nothingKept && readBy22(schema.properties).length === 0;
  }
  // A vendor extension is kept too (ModelImpl's vendorExtensions), and so are discriminator, xml
  // and externalDocs (`annotated`): such a definition gets a doc.
  // Without a type, `items` (nytimes' `{items: {}}`) or an empty `properties` (nrel's `{description,
  // properties: {}}`) is as bare: 2.2's ModelImpl keeps neither.
  if (schema.kind === 'array' && schema.typeOmitted === true) return nothingKept && schema.extensions === undefined;
  if (schema.kind !== 'any') return false;
  const untyped = !schema.object || schema.emptyProperties === true;
  return untyped && nothingKept && schema.format === undefined && schema.extensions === undefined && schema.annotated === undefined;
}

function planModel(named: NamedSchema, className: string, module: string, ctx: PythonContext): PlanModel {
  // swagger-codegen 2.2's parser reads no allOf in a property: such properties are neither documented nor declared.
  const properties = documentedProperties(ctx.flattened.ofSchema(named.schema), 'dropped');
  const own = properties.map((p) => variableName(p.name, ctx.reference));
  // referenceDocs repeats a name 2.2.2 gives two properties, as 2.2.2 does; a class cannot.
  const names = ctx.reference ? own : uniqueNames(own, PYTHON_UNIQUE);
  const planned: PlanProperty[] = properties.map((p, i) => {
    const type = ctx.typeOf(p.schema);
    return {
      name: names[i] ?? own[i] ?? p.name,
      wire: p.name,
      type,
      documentedType: documentedPropertyType(p.schema, ctx.docTypeOf(p.schema)),
      required: p.required,
      schema: p.schema,
      property: p,
      documented: !untypedProperty(p.schema),
    };
  });
  const byWire = new Map(planned.map((p) => [p.wire, p]));
  const composed = composedProperties(named.schema, ctx.flattened);
  const read = composed?.map((p) => {
    const known = byWire.get(p.name);
    return known === undefined || known.required === p.required ? known : { ...known, required: p.required };
  }) ?? planned;
  // A definition that is only a `$ref` (lambdatest's `screenshot-details`) is a RefModel to 2.2's
  // parser, which has no properties: its doc is an empty table. The class keeps the target's.
  const alias = named.schema.kind === 'ref' && named.schema.allOfWrapper === undefined;
  return {
    schemaName: named.name,
    className,
    moduleName: module,
    description: named.schema.description,
    documented: !isBare(named.schema),
    properties: planned,
    rows: alias ? [] : read.filter((p): p is PlanProperty => p !== undefined && p.documented),
  };
}

function planClass(apiClass: PythonApiClass, module: string, ctx: PythonContext): PlanApiClass {
  return {
    className: apiClass.className,
    moduleName: module,
    tag: apiClass.tag,
    description: apiClass.description,
    operations: apiClass.operations.map((op) => planOperation(op, apiClass.methodOf.get(op) ?? ctx.operationOf(op), ctx)),
  };
}

/** `reference`: the names as 2.2.2 gives them, for referenceDocs alone (PythonContext.reference). */
export function pythonPlan(spec: Api, packageName: string, packageVersion: string, reference = false): PythonPlan {
  // swagger-codegen 2.2 hoists inline objects into models (`InlineResponse200`, `PetOwner`) before
  // naming anything: here they become named schemas, so docs and code treat them as any other.
  // referenceDocs keeps formData parameters as fields under any consumes, as 2.2 does; sdkgen's
  // package sends such a body as one object where the operation consumes no form type, which is
  // the only way its client can send it (safety-deviations/form-fields-any-consumes).
  const api = resolveInlineModels(spec, reference ? { ...SWAGGER_CODEGEN_2_2, formDataStaysFields: true } : SWAGGER_CODEGEN_2_2);
  const ctx = pythonContext(api, packageName, packageVersion, reference);
  const classes = ctx.classes;
  // A twin shares the class (and doc) of the schema it repeats (context.ts).
  const schemas = api.schemas.filter((s) => ctx.twinOf(s.name) === undefined);
  const modelClasses = schemas.map((s) => ctx.modelOf(s.name));
  // Module names share one folder each, and test/ holds both kinds: unique together, ignoring case.
  const modules = uniqueNames([...classes.map((c) => moduleName(c.className)), ...modelClasses.map(moduleName)], PYTHON_UNIQUE);
  return {
    ctx,
    api,
    packageName,
    packageVersion,
    classes: classes.map((c, i) => planClass(c, modules[i] ?? moduleName(c.className), ctx)),
    models: schemas.map((s, i) => {
      const className = modelClasses[i] ?? ctx.modelOf(s.name);
      return planModel(s, className, modules[classes.length + i] ?? moduleName(className), ctx);
    }),
  };
}

/** The classes the docs list: each with its documented operations, and none left without one. */
export function documentedClasses(plan: PythonPlan): PlanApiClass[] {
  return plan.classes.map((c) => ({ ...c, operations: c.operations.filter((o) => o.documented) })).filter((c) => c.operations.length > 0);
}
