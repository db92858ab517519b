/**
 * The Python names of one Api, decided once so every file agrees: which method an operation
 * becomes and which class a named schema becomes, with collisions resolved in spec order.
 */
import type { Api, Operation, Schema } from '../../model/types.js';
import { apiClassName } from '../docs/apis.js';
import { FlattenedProperties } from '../docs/flattened.js';
import { modelName, operationName, uniqueNames } from './naming.js';
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

export function pythonContext(api: Api, packageName: string, packageVersion: string): PythonContext {
  const models = new Map<string, string>();
  // API class docs share docs/ with model docs: a model never takes a class's file name.
  const classNames = [...new Set(api.operations.map((op) => apiClassName(op.tags[0])))];
  const modelNames = uniqueNames([...classNames, ...api.schemas.map((s) => modelName(s.name))], '').slice(classNames.length);
  api.schemas.forEach((s, i) => models.set(s.name, modelNames[i] ?? modelName(s.name)));

  const operations = new Map<Operation, string>();
  const opNames = uniqueNames(api.operations.map((op) => operationName(op.id)), '_');
  api.operations.forEach((op, i) => operations.set(op, opNames[i] ?? operationName(op.id)));

  const schemas = new Map(api.schemas.map((s) => [s.name, s.schema]));
  return {
    api,
    packageName,
    packageVersion,
    modelOf: (name) => models.get(name) ?? modelName(name),
    operationOf: (op) => operations.get(op) ?? operationName(op.id),
    schemaNamed: (name) => schemas.get(name),
    flattened: new FlattenedProperties(schemas.keys(), (name) => schemas.get(name)),
  };
}
