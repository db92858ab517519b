/**
 * Names every generated declaration of one API, in an order fixed by the spec so output is
 * deterministic: API classes (by name) claim their names first, then models (spec order), as in
 * every target, then request types (by class, then method). The TypeScript docs read the same plan.
 */
import { apiClasses } from '../docs/apis.js';
import type { Api, Operation, Parameter, RequestBody } from '../../model/types.js';
import { bodyContent } from './media.js';
import { camelName, className, fieldName, fileScope, methodName, modelNames, NameScope, packageScope, requestTypeName } from './naming.js';

export interface OperationPlan {
  readonly operation: Operation;
  readonly methodName: string;
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
    const methods = group.operations.map((operation) => ({ operation, methodName: methodName(members, operation.id) }));
    return {
      className: classNames[index] ?? group.className,
      tag: group.tag,
      description: group.description,
      operations: methods.map(({ operation, methodName: method }) => planOperation(scope, operation, method)),
    };
  });
  return { models, classes };
}

function planOperation(scope: NameScope, operation: Operation, method: string): OperationPlan {
  const fieldScope = new NameScope();
  const fields = operation.parameters.map((parameter) => ({ parameter, field: fieldName(fieldScope, parameter.name) }));
  const bodyField = operation.requestBody === undefined ? undefined : fieldName(fieldScope, bodyName(operation.requestBody), 'body');
  const hasRequest = fields.length > 0 || bodyField !== undefined;
  return {
    operation,
    methodName: method,
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
