/**
 * Names every generated declaration of one API, in an order fixed by the spec so output is
 * deterministic: API classes (by name) claim their names first, then models (spec order), as in
 * every target, then request types (by class, then method). The TypeScript docs read the same plan.
 */
import { apiClasses } from '../docs/apis.js';
import type { Api, Operation, Parameter, PrimitiveShape, RequestBody, Schema } from '../../model/types.js';
import { bodyContent, responseShape } from './media.js';
import {
  camelName,
  className,
  enumValuesName,
  errorNames,
  fieldName,
  fileScope,
  methodName,
  modelNames,
  NameScope,
  packageScope,
  requestTypeName,
  variantName,
} from './naming.js';

export interface OperationPlan {
  readonly operation: Operation;
  readonly methodName: string;
  /** The variant resolving to `{ data, status, headers, response }`: `getPetRaw`. */
  readonly rawMethodName: string;
  /** For binary downloads, the variant resolving to the body as a ReadableStream: `getFileStream`. */
  readonly streamMethodName: string | undefined;
  /** The union of the ApiErrors the spec declares for the operation: `GetPetError`. */
  readonly errorType: string;
  /** The type guard for it: `isGetPetError`. */
  readonly errorGuard: string;
  /** Absent when the operation takes no parameters and no body. */
  readonly requestType: string | undefined;
  /** Field of the request object for each parameter, in the operation's order. */
  readonly fields: readonly { readonly parameter: Parameter; readonly field: string }[];
  readonly bodyField: string | undefined;
}

export interface ApiClassPlan {
  readonly className: string;
  readonly tag: string | undefined;
  readonly description: string | undefined;
  /** Sorted by method name. */
  readonly operations: readonly OperationPlan[];
}

export interface NamePlan {
  /** Schema name (as in the spec) → TypeScript type name. */
  readonly models: ReadonlyMap<string, string>;
  readonly classes: readonly ApiClassPlan[];
  /** Schema name of each named enum → the name of the frozen array of its values. */
  readonly enumValues: ReadonlyMap<string, string>;
}

export function planNames(api: Api): NamePlan {
  const scope = packageScope();
  // apiClasses sorts by this name; computed once per operation, not once per comparison.
  const sortNames = new Map(api.operations.map((op) => [op, camelName(op.id, 'operation')]));
  const grouped = apiClasses(api, (op) => sortNames.get(op) ?? op.id);
  const files = fileScope();
  const classNames = grouped.map((group) => className(scope, files, group.className));
  const typeNames = modelNames(scope, api.schemas.map((s) => s.name), classNames);
  const models = new Map(api.schemas.map((schema, i) => [schema.name, typeNames[i] ?? schema.name]));
  const classes = grouped.map((group, index) => {
    const members = new NameScope();
    // Every operation's own name first, then the variants: an operation named `getPetRaw` keeps
    // its name and `getPet`'s variant becomes `getPetRaw2`.
    const methods = group.operations.map((operation) => ({ operation, methodName: methodName(members, operation.id) }));
    const raws = methods.map(({ methodName: method }) => variantName(members, method, 'Raw'));
    const streams = methods.map(({ operation, methodName: method }) =>
      responseShape(operation).kind === 'blob' ? variantName(members, method, 'Stream') : undefined,
    );
    return {
      className: classNames[index] ?? group.className,
      tag: group.tag,
      description: group.description,
      operations: methods.map(({ operation, methodName: method }, i) => planOperation(scope, operation, method, raws[i] ?? `${method}Raw`, streams[i])),
    };
  });
  // Claimed after every existing name so that adding them renamed nothing that was there before.
  const withErrors = classes.map((c) => ({ ...c, operations: c.operations.map((op) => ({ ...op, ...errorNames(scope, op.methodName) })) }));
  const enumValues = new Map(
    api.schemas.flatMap((s) => (isNamedEnum(s.schema) ? [[s.name, enumValuesName(scope, models.get(s.name) ?? s.name)] as const] : [])),
  );
  return { models, classes: withErrors, enumValues };
}

/** A schema that exports its values: a primitive with an enum. */
export function isNamedEnum(schema: Schema): schema is Schema & PrimitiveShape & { readonly enum: readonly (string | number | boolean | null)[] } {
  return schema.kind === 'primitive' && schema.enum !== undefined && schema.enum.length > 0;
}

function planOperation(
  scope: NameScope,
  operation: Operation,
  method: string,
  raw: string,
  stream: string | undefined,
): Omit<OperationPlan, 'errorType' | 'errorGuard'> {
  const fieldScope = new NameScope();
  const fields = operation.parameters.map((parameter) => ({ parameter, field: fieldName(fieldScope, parameter.name) }));
  const bodyField = operation.requestBody === undefined ? undefined : fieldName(fieldScope, bodyName(operation.requestBody), 'body');
  const hasRequest = fields.length > 0 || bodyField !== undefined;
  return {
    operation,
    methodName: method,
    rawMethodName: raw,
    streamMethodName: stream,
    requestType: hasRequest ? requestTypeName(scope, method) : undefined,
    fields,
    bodyField,
  };
}

/** The spec's name for the body, else the name of the model it refers to, else `body`. */
export function bodyName(body: RequestBody): string {
  if (body.name !== undefined && body.name !== '') return body.name;
  const schema = bodyContent(body)?.schema;
  return schema?.kind === 'ref' ? schema.name : 'body';
}
