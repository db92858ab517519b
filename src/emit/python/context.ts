/**
 * The Python names of one Api, decided once so every file agrees: which method an operation
 * becomes and which class a named schema becomes, with collisions resolved in spec order.
 */
import type { Api, Operation, Schema } from '../../model/types.js';
import type { ApiClass } from '../kit/api-classes.js';
import { groupOperations, ordinal } from '../kit/api-classes.js';
import { classMethodNames } from './method-names.js';
import { uniqueFileNames } from '../kit/unique-names.js';
import { apiClassName, modelName, operationName, sanitizeTag } from './naming.js';
import { FlattenedProperties } from '../docs/flattened.js';
import { pythonType, type ModelNamer, type PyType } from './types.js';
import { jsonWithoutExtensions } from '../../model/extensions.js';
import { fittingName, fitsFileNames } from '../kit/fitting-names.js';
import { snakeIdentifier } from '../identifiers.js';

export interface PythonContext {
  readonly api: Api;
  /** The Python package the docs describe (`lookerapi`). */
  readonly packageName: string;
  readonly packageVersion: string;
  /** Class name of a named schema (`ApiSession`). */
  readonly modelOf: ModelNamer;
  /** The Python type of a schema where it is used; a binary string is a `str` in a Swagger 2.0 spec (types.ts). */
  readonly typeOf: (schema: Schema) => PyType;
  /** The type the docs print for it: typeOf, but a map with properties beside it is the map (TypeRules). */
  readonly docTypeOf: (schema: Schema) => PyType;
  /** Method name of an operation before its class makes it unique (`update_session`; PythonApiClass.methodOf). */
  readonly operationOf: (op: Operation) => string;
  /**
   * For a schema that is the twin of an earlier one (same 2.2.2 class name, same shape), that
   * earlier schema's name: the two share one class and one doc. Undefined for every other.
   */
  readonly twinOf: (schemaName: string) => string | undefined;
  /** The named schema behind a `$ref`, when the Api has it. */
  readonly schemaNamed: (name: string) => Schema | undefined;
  /** The properties each model doc lists, allOf members' included; computed once per Api. */
  readonly flattened: FlattenedProperties;
  /**
   * True only for referenceDocs: every name as 2.2.2 gives it, sdkgen's safety deviations undone
   * (`async`, `None`, `1_create`, names equal but for case, twins of different shapes merged), so
   * the oracle can tell a file that differs by them alone. Never written to a package.
   */
  readonly reference: boolean;
  /** The API classes, each operation named by operationOf (pythonApiClasses): made once, for the plan and for the model names. */
  readonly classes: readonly PythonApiClass[];
}

/** An API class with the method name of each of its operations (method-names.ts). */
export interface PythonApiClass extends ApiClass {
  readonly methodOf: ReadonlyMap<Operation, string>;
}

/**
 * Operations grouped into classes named as 2.2.2's Python client names them; like 2.2.2, an
 * operation is listed under each of its tags, the classes in the order of 2.2.2's group keys
 * (naming.ts sanitizeTag, not the class names). Method names are unique within a class, made so in
 * the order the class receives its operations (spec order), and sorted by them.
 */
export function pythonApiClasses(api: Api, operationName: (op: Operation) => string): PythonApiClass[] {
  const specOrder = new Map(api.operations.map((op, i) => [op, i]));
  return groupOperations(api, { tags: 'every', className: apiClassName, operationName, classOrder: sanitizeTag }).map((c) => {
    const received = [...c.operations].sort((a, b) => (specOrder.get(a) ?? 0) - (specOrder.get(b) ?? 0));
    const methodOf = classMethodNames(received, operationName);
    const name = (op: Operation): string => methodOf.get(op) ?? operationName(op);
    return { ...c, operations: [...c.operations].sort((a, b) => ordinal(name(a), name(b))), methodOf };
  });
}

/**
 * Schemas whose 2.2.2 class names are equal (`__string` and `String`): 2.2.2 writes one class and
 * one doc for them, the last definition over the others. Where they are the same shape that loses
 * nothing, so a later one becomes the twin of the first (twin → first). Twins of different shapes
 * are kept apart (`Gizmo`, `Gizmo2`): one class for both would read one of them wrongly.
 */
function twinSchemas(api: Api, reference: boolean): Map<string, string> {
  const twins = new Map<string, string>();
  if (reference) {
    // 2.2.2 itself: one class per name, the last definition written over the others.
    const lastOf = new Map(api.schemas.map((s) => [modelName(s.name, true), s.name]));
    for (const s of api.schemas) {
      const last = lastOf.get(modelName(s.name, true));
      if (last !== undefined && last !== s.name) twins.set(s.name, last);
    }
    return twins;
  }
  // A schema's shape (its JSON without extensions) is written out only when another schema has
  // its model name: most names are unique, and stringifying every schema of a large spec is not free.
  const shapes = new Map<Schema, string>();
  const shapeOf = (schema: Schema): string => shapes.get(schema) ?? shapes.set(schema, jsonWithoutExtensions(schema)).get(schema)!;
  const firstOf = new Map<string, { name: string; schema: Schema }[]>();
  for (const s of api.schemas) {
    const seen = firstOf.get(modelName(s.name)) ?? [];
    const same = seen.length === 0 ? undefined : seen.find((f) => shapeOf(f.schema) === shapeOf(s.schema));
    if (same === undefined) firstOf.set(modelName(s.name), [...seen, { name: s.name, schema: s.schema }]);
    else twins.set(s.name, same.name);
  }
  return twins;
}

export function pythonContext(api: Api, packageName: string, packageVersion: string, reference = false): PythonContext {
  const models = new Map<string, string>();
  const twins = twinSchemas(api, reference);
  const own = api.schemas.filter((s) => !twins.has(s.name));
  // API class docs share docs/ with model docs: a model never takes a class's file name. (A
  // class's name comes from its tags alone, whatever names its operations.)
  const operationOf = (op: Operation): string => operationName(op, reference);
  const classes = pythonApiClasses(api, operationOf);
  const classNames = classes.map((c) => c.className);
  const named = (name: string): string => modelName(name, reference);
  // A model's longest file is its test module; 2.2.2 writes a name past that limit, sdkgen shortens it.
  const writable = (name: string): string => fittingName(name, (c) => fitsFileNames(`test_${snakeIdentifier(c)}.py`, `${c}.md`));
  const modelNames = reference ? own.map((s) => named(s.name)) : uniqueFileNames(own.map((s) => writable(named(s.name))), classNames);
  own.forEach((s, i) => models.set(s.name, modelNames[i] ?? named(s.name)));
  for (const [twin, first] of twins) models.set(twin, models.get(first) ?? named(first));

  const schemas = new Map(api.schemas.map((s) => [s.name, s.schema]));
  const modelOf: ModelNamer = (name) => models.get(name) ?? named(name);
  const binary = api.dialect === 'swagger-2.0' ? 'str' : 'file';
  const codeRules = { binary, mapBesideProperties: 'object' } as const;
  const docRules = { binary, mapBesideProperties: 'map', typedCompositionIsObject: true, fileDefinitionIsFile: reference } as const;
  return {
    api,
    packageName,
    packageVersion,
    modelOf,
    typeOf: (schema) => pythonType(schema, modelOf, codeRules),
    docTypeOf: (schema) => pythonType(schema, modelOf, docRules),
    operationOf,
    twinOf: (name) => twins.get(name),
    schemaNamed: (name) => schemas.get(name),
    // A property an allOf member defines again takes the later definition, at its first place (2.2.2 merges into a LinkedHashMap).
    flattened: new FlattenedProperties(schemas.keys(), (name) => schemas.get(name), true),
    reference,
    classes,
  };
}
