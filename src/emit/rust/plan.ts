/**
 * The Rust plan: every name and type of the crate, decided once. The doc views (api-view,
 * model-view, readme-view) and the code builders (code/) both read it, so a function, parameter,
 * model or field the docs list is the one the crate has, by construction.
 */
import type { Api, Operation, Property, Schema } from '../../model/types.js';
import { deriveOperationId } from '../../model/operation-id.js';
import { groupOperations, type ApiClass } from '../kit/api-classes.js';
import { stronglyConnected } from '../graph.js';
import { OPENAPI_GENERATOR_OPERATION_ID_RULES } from '../kit/openapi-names.js';
import { returnContent, successResponse } from '../kit/responses.js';
import { uniqueNames } from '../kit/unique-names.js';
import { apiClassName, apiTag, crateName, fieldName, moduleName, operationName, variantName } from './naming.js';
import { formOnlyModels } from './form-only.js';
import { aliasShadowedModels } from './alias-twins.js';
import { rustParams, type RustParam } from './params.js';
import { propertyDescription, propertyReadOnly, propertyType, valueDefault } from './composed.js';
import { RustSchemas, type RustModel } from './schemas.js';
import { NOT_EXPANDING, returnType, rustType, type RustType } from './types.js';

export interface PlannedError {
  /** `Status400`, `Status4XX`, `DefaultResponse`. */
  readonly variant: string;
  readonly type: RustType;
}

export interface PlannedFunction {
  readonly name: string;
  readonly op: Operation;
  /** In the order the docs show and the function takes them: required first. */
  readonly params: readonly RustParam[];
  readonly returns: RustType | undefined;
  /** A `String` answered as text/* is the text itself, not JSON. */
  readonly returnsText: boolean;
  /** The per-operation error enum: `SessionIdGetError`. */
  readonly errorEnum: string;
  readonly errors: readonly PlannedError[];
}

export interface PlannedClass {
  readonly apiClass: ApiClass;
  readonly className: string;
  /** `sessions_api`: the module and its file `src/apis/sessions_api.rs`. */
  readonly module: string;
  readonly functions: readonly PlannedFunction[];
}

export interface PlannedField {
  readonly name: string;
  /** The property name on the wire, for `#[serde(rename)]`. */
  readonly wire: string;
  readonly type: RustType;
  /**
   * The type the model doc prints: the code's type, except in referenceDocs a property written
   * `allOf: [alias]` of an array or map alias, which openapi-generator 6.0 documents as a model
   * `Array`/`Map` that neither it nor sdkgen declares (see composed.ts).
   */
  readonly docType: RustType;
  /** What 6.0 prints beside the property: the description and readOnly written beside allOf or the alias's own. */
  readonly description: string | undefined;
  readonly readOnly: boolean;
  /** What 6.0 prints as the default: the property's own, or an alias's it refers to (composed.ts). */
  readonly default: { readonly value: unknown } | undefined;
  readonly required: boolean;
  /** `Option<…>` in the struct: absent or null allowed. */
  readonly optional: boolean;
  /** Held in a `Box` because the field's model contains this one (a recursive type). */
  readonly boxed: boolean;
  readonly property: Property;
}

/** What a model becomes in Rust. */
export type PlannedShape =
  | { readonly kind: 'struct' }
  | { readonly kind: 'enum'; readonly variants: readonly { readonly name: string; readonly wire: string }[] }
  /** A union (oneOf/anyOf of models): an untagged enum, each member boxed (it may contain the union). */
  | { readonly kind: 'union'; readonly variants: readonly { readonly name: string; readonly type: RustType }[] }
  /** What serde cannot spell as a type of its own (number enums, unions of inline shapes). */
  | { readonly kind: 'alias'; readonly target: string };

export interface PlannedModel {
  readonly model: RustModel;
  readonly name: string;
  /** `get_session_response`: the module and its file `src/models/get_session_response.rs`. */
  readonly module: string;
  /**
   * The properties the docs list: a struct's fields; for a oneOf or anyOf, the properties of its
   * members, which 6.0 lists (a union's variants hold the members themselves); none otherwise.
   */
  readonly fields: readonly PlannedField[];
  readonly shape: PlannedShape;
}

export interface RustPlan {
  readonly crateName: string;
  readonly schemas: RustSchemas;
  readonly classes: readonly PlannedClass[];
  readonly models: readonly PlannedModel[];
  /** The models with a doc page (README list, docs/<Model>.md): all but 6.0's form-only ones (form-only.ts). */
  readonly documented: readonly PlannedModel[];
  readonly opName: (op: Operation) => string;
}

/**
 * Function names, unique within each API class (each class is one Rust module); a clash is
 * settled in spec order, the later operation taking `_2`.
 */
export function operationNames(api: Api, reference = false): (op: Operation) => string {
  const byClass = new Map<string, Operation[]>();
  for (const op of api.operations) {
    const className = apiClassName(op.tags[0]);
    byClass.set(className, [...(byClass.get(className) ?? []), op]);
  }
  const names = new Map<Operation, string>();
  for (const ops of byClass.values()) {
    const own = ops.map((op) => functionName(op, reference));
    const unique = uniqueNames(own, { separator: '_' });
    ops.forEach((op, i) => names.set(op, unique[i] ?? own[i] ?? functionName(op, reference)));
  }
  return (op) => names.get(op) ?? functionName(op, reference);
}

/**
 * An operation without operationId is named as 6.0 derives one, with its real camelize: each
 * `.` of a path part starts a word (`/exports/list.json` → `exports_list_json_post`, where the
 * model's simpler rules join `listjson`).
 */
function functionName(op: Operation, reference: boolean): string {
  return operationName(op.operationId ?? deriveOperationId(op.path, op.method, OPENAPI_GENERATOR_OPERATION_ID_RULES), reference);
}

/** `session_id_get` → `SessionIdGet`, `call_123raw` → `Call123raw`: each word capitalised, joined. */
function upperCamel(snake: string): string {
  return snake
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function errorVariant(status: string): string {
  return status === 'default' ? 'DefaultResponse' : `Status${status.toUpperCase().replace(/[^0-9X]/g, '')}`;
}

const VALUE: Schema = { kind: 'any', object: false, nullable: false, readOnly: false, writeOnly: false, deprecated: false };

function planFunction(op: Operation, name: string, schemas: RustSchemas): PlannedFunction {
  const returns = returnType(op, schemas);
  const success = successResponse(op);
  const media = returnContent(op)?.mediaType ?? '';
  // Every other response outside 2xx that has a body; `default` only when it is not the success.
  const errors = op.responses
    .filter((r) => r !== success && !/^2/.test(r.status) && r.content.length > 0)
    .map((r) => ({ variant: errorVariant(r.status), type: rustType(r.content[0]?.schema ?? VALUE, schemas) }));
  const variants = uniqueNames(errors.map((e) => e.variant), { separator: '_' });
  return {
    name,
    op,
    params: rustParams(op, schemas),
    returns,
    returnsText: returns?.type === 'String' && !/json/i.test(media),
    errorEnum: `${upperCamel(name)}Error`,
    errors: errors.map((e, i) => ({ variant: variants[i] ?? e.variant, type: e.type })),
  };
}

/** The models a model's struct holds directly (not inside a Vec or HashMap, which are on the heap). */
function directModels(fields: readonly PlannedField[]): string[] {
  return fields.flatMap((f) => (f.type.leaf.kind === 'model' && !f.type.container ? [f.type.leaf.name] : []));
}

function shapeOf(model: RustModel, schemas: RustSchemas): PlannedShape {
  const { schema } = model;
  // A model written `allOf: [$ref]` (schemas.ts) is a struct of its target's properties; an
  // array with properties beside it a struct without fields (schemas.ts, pageOnly).
  if (schema.kind === 'object' || schema.kind === 'allOf' || schema.kind === 'ref' || schema.kind === 'array') return { kind: 'struct' };
  if (schema.kind === 'primitive') {
    const values = schema.enum ?? [];
    if (schema.type !== 'string' || values.some((v) => typeof v !== 'string')) return { kind: 'alias', target: rustType({ ...schema, enum: undefined }, schemas).type };
    const wires = values.filter((v): v is string => typeof v === 'string');
    const names = uniqueNames(wires.map(variantName));
    return { kind: 'enum', variants: wires.map((wire, i) => ({ wire, name: names[i] ?? variantName(wire) })) };
  }
  if ((schema.kind === 'oneOf' || schema.kind === 'anyOf') && schema.members.length > 0) {
    const types = schema.members.map((m) => rustType(m, schemas));
    if (types.every((t) => t.leaf.kind === 'model' && !t.container)) {
      const names = uniqueNames(types.map((t) => (t.leaf.kind === 'model' ? t.leaf.name : 'Value')));
      return { kind: 'union', variants: types.map((type, i) => ({ name: names[i] ?? 'Value', type })) };
    }
  }
  return { kind: 'alias', target: 'serde_json::Value' };
}

function isComposition(schema: Schema): boolean {
  return schema.kind === 'oneOf' || schema.kind === 'anyOf';
}

/** `reference`: field names as 6.0 gives them (planFields). */
function planModels(schemas: RustSchemas, reference: boolean): PlannedModel[] {
  const modules = uniqueNames(schemas.models.map((m) => moduleName(m.name)), { separator: '_', ignoreCase: true });
  const declared = new Set(schemas.models.map((m) => `crate::models::${m.name}`));
  const drafts = schemas.models.map((model, i) => {
    const shape = shapeOf(model, schemas);
    // Its members' references first, then the members 6.0's resolver left inline (a nested oneOf).
    const props = shape.kind === 'struct' || isComposition(model.schema) ? schemas.flattened.ofNamedReferencesFirst(model.specName) : [];
    // One struct cannot hold a name twice (trello's `prefs/background` and `prefs_background`):
    // the later takes `_2`, except in referenceDocs, which repeat it as 6.0 does.
    const own = props.map((p) => fieldName(p.name, reference));
    const names = reference ? own : uniqueNames(own, { separator: '_' });
    const fields = props.map((p, j) => {
      const docType = propertyType(p.schema, schemas);
      // Array/Map are names only referenceDocs use; the code keeps the alias's real type.
      const type = docType.leaf.kind === 'model' && docType.type.startsWith('crate::models::') && !declared.has(docType.type) ? rustType(p.schema, schemas, NOT_EXPANDING, true) : docType;
      const description = propertyDescription(p.schema, schemas);
      const readOnly = propertyReadOnly(p.schema, schemas);
      return { name: names[j] ?? fieldName(p.name, reference), wire: p.name, type, docType, description, readOnly, default: valueDefault(p.schema, schemas, 'property'), required: p.required, optional: !p.required || type.nullable, boxed: false, property: p };
    });
    return { model, name: model.name, module: modules[i] ?? moduleName(model.name), fields, shape };
  });
  // A struct that holds itself, directly or through other structs, has no size: those fields are boxed.
  const byName = new Map(drafts.map((d) => [d.name, d]));
  const groupOf = new Map<string, number>();
  stronglyConnected(
    drafts.map((d) => d.name),
    // Only a struct holds its fields; a union's variants are boxed already.
    (name) => {
      const draft = byName.get(name);
      return draft?.shape.kind === 'struct' ? directModels(draft.fields) : [];
    },
  ).forEach((group, index) => group.forEach((name) => groupOf.set(name, index)));
  return drafts.map((d) => ({
    model: d.model,
    name: d.name,
    module: d.module,
    // A draft's field is unboxed already: only a boxed one is made anew.
    fields: d.fields.map((f) => (f.type.leaf.kind === 'model' && !f.type.container && groupOf.get(f.type.leaf.name) === groupOf.get(d.name) ? { ...f, boxed: true } : f)),
    shape: d.shape,
  }));
}

/**
 * The functions' names in one class: an operation listed again because another of its tags names
 * this class too is a function of its own, `<name>_0` (then `_1`), as 6.0 numbers repeated
 * operationIds; the crate has both.
 */
function classFunctions(ops: readonly Operation[], opName: (op: Operation) => string, schemas: RustSchemas): PlannedFunction[] {
  const seen = new Map<Operation, number>();
  const wanted = ops.map((op) => {
    const count = seen.get(op) ?? 0;
    seen.set(op, count + 1);
    return count === 0 ? opName(op) : `${opName(op)}_${count - 1}`;
  });
  // One module holds them all: a repeat's name another operation has already takes a further suffix.
  const names = uniqueNames(wanted, { separator: '_' });
  return ops.map((op, i) => planFunction(op, names[i] ?? opName(op), schemas));
}

/** `call_1a` and `call1a` both read `Call1a`: error enums share the class's module, so the later takes `Call1aError2`. */
function uniqueErrorEnums(functions: PlannedFunction[]): PlannedFunction[] {
  const names = uniqueNames(functions.map((fn) => fn.errorEnum));
  return functions.map((fn, i) => ({ name: fn.name, op: fn.op, params: fn.params, returns: fn.returns, returnsText: fn.returnsText, errorEnum: names[i] ?? fn.errorEnum, errors: fn.errors }));
}

/**
 * `hoisted`: the schemas the inline model resolver added, which replace a model of the same name.
 * `reference` plans the model and field names exactly as 6.0 gives them, safety deviations undone
 * (RustSchemas, fieldName): for referenceDocs alone, as no crate can be built from such a plan.
 */
export function rustPlan(api: Api, packageName: string, hoisted: ReadonlySet<string> = new Set(), reference = false): RustPlan {
  const opName = operationNames(api, reference);
  // 6.0 lists an operation under each of its tags, the classes by their camelized tags (a TreeMap
  // of them). Names are unique among the operations of each first tag; where an operation listed
  // under another tag would repeat a name there (one Rust module cannot hold both), it stays out.
  const classes = groupOperations(api, { tags: 'every', className: apiClassName, operationName: opName, classOrder: apiTag, repeatPerTag: true }).map((c) => ({
    ...c,
    operations: c.operations.filter(
      (op) => apiClassName(op.tags[0]) === apiClassName(c.tag) || c.operations.every((other) => other === op || opName(other) !== opName(op)),
    ),
  }));
  const schemas = new RustSchemas(api, classes.map((c) => c.className), hoisted, reference);
  // `CafeApi` and `CaféApi` are two docs pages but would be one `cafe_api.rs`: the later class's
  // module takes a suffix (file names ignore case, as everywhere).
  const classModules = uniqueNames(classes.map((c) => moduleName(c.className)), { separator: '_', ignoreCase: true });
  const models = planModels(schemas, reference);
  const formOnly = formOnlyModels(api);
  const shadowed = aliasShadowedModels(api, schemas);
  return {
    crateName: crateName(packageName),
    schemas,
    opName,
    classes: classes.map((apiClass, i) => ({
      apiClass,
      className: apiClass.className,
      module: classModules[i] ?? moduleName(apiClass.className),
      functions: uniqueErrorEnums(classFunctions(apiClass.operations, opName, schemas)),
    })),
    models,
    documented: models.filter((m) => !formOnly.has(m.model.specName) && !shadowed.has(m.model.specName)),
  };
}
