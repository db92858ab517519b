/**
 * The Go names of one API's operations and models, settled once so every page and every link
 * agrees on them. Collisions get suffixes in spec order (kit/unique-names.ts).
 */
import type { Api, NamedSchema, Operation } from '../../model/types.js';
import { apiClassName, apiClassNames, ordinal } from '../docs/apis.js';
import { uniqueFileNames, uniqueNames } from '../kit/unique-names.js';
import { goModelName, goOperationName } from './naming.js';

export interface GoModel {
  /** Go type name, also the doc file name: docs/<name>.md. */
  readonly name: string;
  readonly schema: NamedSchema;
}

export interface GoNames {
  /** Method name of an operation, unique within its API class. */
  operation(op: Operation): string;
  /** Go name of a named schema, by its spec name; undefined when the spec has none by that name. */
  model(schemaName: string): string | undefined;
  /** Every named schema with its Go name, in Go-name order (the README's model list). */
  readonly models: readonly GoModel[];
}

export function goNames(api: Api): GoNames {
  // Methods live on their class's service, so names only need to differ within a class.
  const byClass = new Map<string, Operation[]>();
  for (const op of api.operations) {
    const className = apiClassName(op.tags[0]);
    byClass.set(className, [...(byClass.get(className) ?? []), op]);
  }
  const operationNames = new Map<Operation, string>();
  for (const ops of byClass.values()) {
    const names = uniqueNames(ops.map((op) => goOperationName(op.id)), { ignoreCase: true });
    ops.forEach((op, i) => operationNames.set(op, names[i] ?? goOperationName(op.id)));
  }

  // Model docs and API class docs share docs/: a schema named like a class (`FooApi` beside tag
  // `Foo`) is renamed rather than overwriting the class's page.
  const modelNames = uniqueFileNames(api.schemas.map((s) => goModelName(s.name)), apiClassNames(api));
  const models = api.schemas.map((schema, i) => ({ name: modelNames[i] ?? goModelName(schema.name), schema }));
  const bySpecName = new Map(models.map((m) => [m.schema.name, m.name]));

  return {
    operation: (op) => operationNames.get(op) ?? goOperationName(op.id),
    model: (schemaName) => bySpecName.get(schemaName),
    models: [...models].sort((a, b) => ordinal(a.name, b.name)),
  };
}
