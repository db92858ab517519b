/**
 * The Python names of one Api, decided once so every file agrees: which method an operation
 * becomes and which class a named schema becomes, with collisions resolved in spec order.
 */
import type { Api, Operation, Schema } from '../../model/types.js';
import type { ApiClass } from '../kit/api-classes.js';
import { groupOperations } from '../kit/api-classes.js';
import { uniqueFileNames, uniqueNames } from '../kit/unique-names.js';
import { apiClassName, modelName, operationName, PYTHON_UNIQUE } from './naming.js';
import { FlattenedProperties } from '../docs/flattened.js';
import type { ModelNamer } from './types.js';

export interface PythonContext {
  readonly api: Api;
  /** The Python package the docs describe (`lookerapi`). */
  readonly packageName: string;
  readonly packageVersion: string;
  /** Class name of a named schema (`ApiSession`). */
  readonly modelOf: ModelNamer;
  /** Method name of an operation (`update_session`). */
  readonly operationOf: (op: Operation) => string;
  /** The named schema behind a `$ref`, when the Api has it. */
  readonly schemaNamed: (name: string) => Schema | undefined;
  /** The properties each model doc lists, allOf members' included; computed once per Api. */
  readonly flattened: FlattenedProperties;
}

/** Operations grouped into classes named as 2.2.2's Python client names them; like 2.2.2, an operation is listed under each of its tags. */
export function pythonApiClasses(api: Api, operationName: (op: Operation) => string): ApiClass[] {
  return groupOperations(api, { tags: 'every', className: apiClassName, operationName });
}

export function pythonContext(api: Api, packageName: string, packageVersion: string): PythonContext {
  const models = new Map<string, string>();
  // API class docs share docs/ with model docs: a model never takes a class's file name.
  const classNames = pythonApiClasses(api, (op) => op.id).map((c) => c.className);
  const modelNames = uniqueFileNames(api.schemas.map((s) => modelName(s.name)), classNames);
  api.schemas.forEach((s, i) => models.set(s.name, modelNames[i] ?? modelName(s.name)));

  const operations = new Map<Operation, string>();
  const opNames = uniqueNames(api.operations.map((op) => operationName(op)), PYTHON_UNIQUE);
  api.operations.forEach((op, i) => operations.set(op, opNames[i] ?? operationName(op)));

  const schemas = new Map(api.schemas.map((s) => [s.name, s.schema]));
  return {
    api,
    packageName,
    packageVersion,
    modelOf: (name) => models.get(name) ?? modelName(name),
    operationOf: (op) => operations.get(op) ?? operationName(op),
    schemaNamed: (name) => schemas.get(name),
    // A property an allOf member defines again takes the later definition, at its first place (2.2.2 merges into a LinkedHashMap).
    flattened: new FlattenedProperties(schemas.keys(), (name) => schemas.get(name), true),
  };
}
