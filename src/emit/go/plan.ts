/**
 * The Go plan: every name and type of one API's Go client, settled once. The doc views
 * (api-view.ts, model-view.ts, readme-view.ts) and the code builders (code/) both read it, so a
 * name or type the docs print is the one the code declares, by construction.
 */
import type { Api, NamedSchema, Operation, Property, Schema } from '../../model/types.js';
import { FlattenedProperties } from '../docs/flattened.js';
import { ordinal } from '../kit/api-classes.js';
import { returnContent } from '../kit/responses.js';
import { uniqueNames } from '../kit/unique-names.js';
import { goNames, type GoModel, type GoNames, type GoNamesOptions } from './api-names.js';
import { goParams, type GoParam } from './params.js';
import { goPropertyName } from './naming.js';
import { sanitizeName } from '../kit/openapi-names.js';
import { propertyType, returnType, type GoType } from './types.js';

export interface GoField {
  /** Exported struct field name, unique within the model. */
  readonly name: string;
  readonly property: Property;
  readonly type: GoType;
  /** `Pointer to ` in the docs, `*T` in the code. */
  readonly nullable: boolean;
}

/**
 * How a model is declared: a struct of fields (objects, allOf), a named scalar (enums), a named
 * reference (a schema that is only a `$ref`), or an open value (oneOf, anyOf: any JSON).
 */
export type GoModelShape =
  | { readonly kind: 'struct'; readonly fields: readonly GoField[] }
  | { readonly kind: 'named'; readonly type: GoType }
  | { readonly kind: 'open' };

export interface GoModelPlan extends GoModel {
  readonly shape: GoModelShape;
}

/** A declared non-success response whose body the error carries decoded. */
export interface GoErrorResponse {
  readonly status: number;
  readonly type: GoType;
}

export interface GoOperationPlan {
  readonly op: Operation;
  /** Method name on the class's service. */
  readonly name: string;
  /** Required parameters first (the method's arguments), then optional ones (fields of optsName). */
  readonly params: readonly GoParam[];
  readonly required: readonly GoParam[];
  readonly optional: readonly GoParam[];
  /** `<Name>Opts`: the struct of optional parameters, when there are any. */
  readonly optsName: string;
  /** The success body's type; undefined when the method returns none. */
  readonly result: GoType | undefined;
  readonly errors: readonly GoErrorResponse[];
}

export interface GoClassPlan {
  /** `SessionApi`: the APIClient field and the doc page. */
  readonly className: string;
  readonly operations: readonly GoOperationPlan[];
}

export interface GoPlan {
  readonly names: GoNames;
  readonly classes: readonly GoClassPlan[];
  /** Models with a doc page, in the README's order. */
  readonly models: readonly GoModelPlan[];
  operation(op: Operation): GoOperationPlan;
  model(name: string): GoModelPlan | undefined;
}

/** A reference is nullable when its target is, or its allOf wrapper says so. */
export function isNullable(schema: Schema, names: GoNames): boolean {
  if (schema.kind !== 'ref') return schema.nullable;
  const target = names.schema(schema.name)?.schema.nullable === true;
  return target || (schema.allOfWrapper?.nullable ?? schema.nullable);
}

function modelShape(model: NamedSchema, flattened: FlattenedProperties, names: GoNames): GoModelShape {
  const top = model.schema;
  if (top.kind === 'ref' && !top.allOfWrapper) return { kind: 'named', type: propertyType(top, names) };
  if (top.kind === 'primitive') return { kind: 'named', type: propertyType({ ...top, enum: undefined }, names) };
  // Of an allOf's inline members 4.2.1 reads the first alone, so its client can neither read nor
  // send the others' properties: only names as 4.2.1 gives them read so (a safety deviation,
  // test/emit/go/safety-deviations/allof-inline-members).
  const props = flattened.ofNamedReferencesFirst(model.name, names.reference);
  // A oneOf/anyOf is a struct of its members' properties, as 4.2.1 writes it; without any, its
  // members are not objects and the value stays open.
  if ((top.kind === 'oneOf' || top.kind === 'anyOf') && props.length === 0) return { kind: 'open' };
  // Struct fields must differ and have a name: a property named `''` (or `*`, which sanitizes to
  // nothing) is `Var`, a second
  // `MandateUuid` is `MandateUuid2`. 4.2.1 prints `''` and repeats the name (its struct does not
  // compile), as names written as 4.2.1 gives them (`reference`) do (test/emit/go/safety-deviations).
  const fieldNames = names.reference
    ? props.map((p) => (sanitizeName(p.name) === '' ? '' : goPropertyName(p.name)))
    : uniqueNames(props.map((p) => goPropertyName(p.name)), { ignoreCase: true });
  const fields = props.map((p, i) => ({
    name: fieldNames[i] ?? goPropertyName(p.name),
    property: p,
    type: fieldType(p.schema, names),
    nullable: isNullable(p.schema, names),
  }));
  return { kind: 'struct', fields };
}

/**
 * A model property's type. A `$ref` with `type: object` beside it (Airflow's `{$ref: Action, type:
 * object}`) has no complexType to 4.2.1: it links `.md` (test/emit/go/cases/ref-beside-object).
 */
function fieldType(schema: Schema, names: GoNames): GoType {
  const type = propertyType(schema, names);
  return schema.kind === 'ref' && schema.siblingType === 'object' ? { ...type, link: '' } : type;
}

/** Declared 3xx–5xx responses with a body schema, by status: what GenericOpenAPIError.Model() holds. */
function errorResponses(op: Operation, names: GoNames): GoErrorResponse[] {
  return op.responses
    .filter((r) => /^[3-5]\d\d$/.test(r.status))
    .flatMap((r) => {
      const first = r.content[0];
      return first && !first.schemaless ? [{ status: Number(r.status), type: returnType(first.schema, names) }] : [];
    });
}

function operationPlan(op: Operation, names: GoNames, name = names.operation(op)): GoOperationPlan {
  const params = goParams(op, names);
  const content = returnContent(op);
  return {
    op,
    name,
    params,
    required: params.filter((p) => p.required),
    optional: params.filter((p) => !p.required),
    optsName: `${name}Opts`,
    result: content ? returnType(content.schema, names) : undefined,
    errors: errorResponses(op, names),
  };
}

/**
 * The methods of one class. An operation listed again because another of its tags names this
 * class too (e_conomic's `ApproveTimeEntries` under `TimeEntries` and `Time entries`) is a method
 * of its own, `<name>_0` (then `_1`), as 4.2.1 numbers an operationId repeated within a tag; one
 * whose name the class already holds takes a further suffix. 4.2.1 sorts a class's operations by
 * these final names, then names their Opts structs (withNicknames).
 */
function classOperations(ops: readonly Operation[], names: GoNames, operation: (op: Operation) => GoOperationPlan): GoOperationPlan[] {
  const seen = new Map<Operation, number>();
  const wanted = ops.map((op) => {
    const count = seen.get(op) ?? 0;
    seen.set(op, count + 1);
    return count === 0 ? names.operation(op) : `${names.operation(op)}_${count - 1}`;
  });
  const repeated = ops.some((op) => seen.get(op) !== 1);
  const unique = repeated ? uniqueNames(wanted, { separator: '_', ignoreCase: true }) : wanted;
  const planned = ops.map((op, i) => (!repeated || (wanted[i] === names.operation(op) && unique[i] === wanted[i]) ? operation(op) : operationPlan(op, names, unique[i] ?? wanted[i])));
  const sorted = planned.map((p, i) => ({ p, i })).sort((a, b) => ordinal(a.p.name, b.p.name) || a.i - b.i).map(({ p }) => p);
  return withNicknames(sorted, names);
}

/**
 * 4.2.1's DefaultGenerator.processOperations, over a class's sorted operations: the second and
 * later operation whose nickname (its name before addOperationToGroup numbered it, GoNames.nickname)
 * the class already holds gets `_<n>` from one counter of the class, so clicksend's
 * `CreateANewRule_0` and `UpdateARule_0` have `CreateANewRule_1Opts` and `UpdateARule_5Opts`
 * (test/emit/go/cases/opts-nicknames). Only the Opts struct's name shows it: the method and its
 * heading keep the operationId.
 */
function withNicknames(ops: readonly GoOperationPlan[], names: GoNames): GoOperationPlan[] {
  const held = new Set<string>();
  let counter = 0;
  return ops.map((p) => {
    const nickname = names.nickname(p.op);
    const numbered = held.has(nickname);
    held.add(nickname);
    if (!numbered) return p.optsName === `${nickname}Opts` ? p : { ...p, optsName: `${nickname}Opts` };
    counter += 1;
    return { ...p, optsName: `${nickname}_${counter}Opts` };
  });
}

/**
 * An Opts struct is a package-level Go type: two operations (in one class or two) whose structs
 * 4.2.1 names alike, or one named like a model or a service, would not compile. The later one
 * takes a free name (a safety deviation in names; `reference` keeps 4.2.1's).
 */
function distinctOpts(classes: readonly GoClassPlan[], types: Iterable<string>): GoClassPlan[] {
  const wanted = new Set(classes.flatMap((c) => c.operations.filter((p) => p.optional.length > 0).map((p) => p.optsName)));
  const owner = new Map<string, Operation | undefined>([...types].map((t) => [t, undefined]));
  const free = (name: string): string => {
    const root = name.slice(0, -'Opts'.length);
    for (let n = 2; ; n += 1) if (!owner.has(`${root}${n}Opts`) && !wanted.has(`${root}${n}Opts`)) return `${root}${n}Opts`;
  };
  return classes.map((c) => ({
    ...c,
    operations: c.operations.map((p) => {
      if (p.optional.length === 0) return p;
      const optsName = owner.has(p.optsName) && owner.get(p.optsName) !== p.op ? free(p.optsName) : p.optsName;
      owner.set(optsName, p.op);
      return optsName === p.optsName ? p : { ...p, optsName };
    }),
  }));
}

/**
 * A named `allOf: [X]` with its own `required` is X's properties with those required, as 4.2.1
 * gathers every `required` list of a composition (test/emit/go/cases/required-beside-single-allof,
 * required-beside-untyped-allof):
 * given to the flattening as the one-member composition it was written as.
 */
function withWrapperRequired(schema: Schema): Schema {
  // X a reference, or an inline object without `type` (no `<Name>AllOf` model is made of it).
  if ((schema.kind !== 'ref' && schema.kind !== 'object') || schema.allOfWrapper?.required === undefined) return schema;
  const { allOfWrapper, ...member } = schema;
  const { nullable, readOnly, required } = allOfWrapper;
  return { nullable, readOnly, writeOnly: false, deprecated: false, kind: 'allOf', members: [member], required };
}

/**
 * Works on the Api after the inline model resolver (kit/inline-models.ts), told which schemas it
 * hoisted. `reference` plans the names exactly as 4.2.1 gives them, safety deviations undone
 * (goNames): for the oracle only.
 */
export function goPlan(api: Api, options: GoNamesOptions = {}): GoPlan {
  const names = goNames(api, options);
  const schemas = new Map(api.schemas.map((s) => [s.name, withWrapperRequired(s.schema)]));
  // 4.2.1 merges allOf members into a LinkedHashMap: a later member's definition of a name wins,
  // while the members' `required` lists are gathered into one (a name any member requires is
  // required); a oneOf or anyOf lists its members' properties the same way.
  const flattened = new FlattenedProperties(schemas.keys(), (name) => schemas.get(name), true, ['allOf', 'oneOf', 'anyOf'], false, true);
  const byOperation = new Map<Operation, GoOperationPlan>();
  const operation = (op: Operation): GoOperationPlan => {
    const found = byOperation.get(op) ?? operationPlan(op, names);
    byOperation.set(op, found);
    return found;
  };
  const models = names.models.map((m) => ({ ...m, shape: modelShape(m.schema, flattened, names) }));
  const byName = new Map(models.map((m) => [m.name, m]));
  const classes = names.classes.map((c) => ({ className: c.className, operations: classOperations(c.operations, names, operation) }));
  return {
    names,
    classes: names.reference ? classes : distinctOpts(classes, [...models.map((m) => m.name), ...classes.map((c) => `${c.className}Service`)]),
    models,
    operation,
    model: (name) => byName.get(name),
  };
}
