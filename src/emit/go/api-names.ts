/**
 * The Go names of one API's classes, operations and models, settled once so every page and every
 * link agrees on them. Works on the Api after the inline model resolver (kit/inline-models.ts),
 * so hoisted models are ordinary named schemas here. Collisions get suffixes in spec order
 * (kit/unique-names.ts).
 */
import type { Api, NamedSchema, Operation, Schema } from '../../model/types.js';
import { groupOperations, ordinal, type ApiClass } from '../kit/api-classes.js';
import { deriveOperationId } from '../../model/operation-id.js';
import { camelize, OPENAPI_GENERATOR_OPERATION_ID_RULES, sanitizeName, underscore } from '../kit/openapi-names.js';
import { fittingName, fitsFileNames } from '../kit/fitting-names.js';
import { uniqueFileNames, uniqueNames } from '../kit/unique-names.js';
import { goModelName, goOperationName, referenceModelName } from './naming.js';
import { remembered } from '../kit/remembered.js';

export interface GoModel {
  /** Go type name, also the doc file name: docs/<name>.md. */
  readonly name: string;
  readonly schema: NamedSchema;
  /**
   * False for a model 4.2.1 writes no page for though its client needs the type: a composition
   * with additionalProperties and no properties of its own (mapComposition). Absent otherwise.
   */
  readonly page?: false;
}

export interface GoNames {
  /** Method name of an operation, unique within each API class. */
  operation(op: Operation): string;
  /**
   * The name 4.2.1's fromOperation gives an operation before any numbering (its `nickname`, the
   * root of its Opts struct's name: goPlan numbers it within a class).
   */
  nickname(op: Operation): string;
  /** Go name of a named schema, by its spec name; undefined when the spec has none by that name. */
  model(schemaName: string): string | undefined;
  /** The named schema, by its spec name. */
  schema(schemaName: string): NamedSchema | undefined;
  /**
   * The model name before collisions are settled: a model whose Go name differs from it was
   * renamed apart from a twin, and is linked by its Go name rather than its raw name.
   */
  baseModel(schemaName: string): string;
  /** Names as 4.2.1 writes them, twins and Windows device names included (see goNames). */
  readonly reference: boolean;
  /**
   * The name a link to the model's page uses: the raw schema name, as 4.2.1's docs link it; for
   * a model the inline model resolver hoisted, the name 4.2.1's resolver gives it, every
   * character but `[A-Za-z0-9_]` a `_` (`Transfer Approval` → `Transfer_Approval`,
   * `/a-b/{id}_c` → `_a_b__id__c`), and so is a leading digit (`3d.shape_edge` → `_d_shape_edge`).
   */
  linkName(schemaName: string): string;
  /** Models that get a doc page (aliases do not), in Go-name order (the README's model list). */
  readonly models: readonly GoModel[];
  /**
   * API classes in class-name order, each operation under every one of its tags, twice in a class
   * two of its tags name (goPlan names the repeat).
   */
  readonly classes: readonly ApiClass[];
}

/**
 * toApiName(sanitizeTag(tag)): camelize keeps inner capitals (`GPS meters` → `GPSMetersApi`); a
 * tag that starts with a digit gets `Class` (`123` → `Class123Api`, checked with 4.2.1's jar),
 * which also keeps the class a Go identifier.
 */
export function goClassName(tag: string | undefined): string {
  // Asked for per operation and per comparison of the classes' sort: made once per tag.
  return remembered(classNames, tag ?? '', (name) => {
    const camel = camelize(sanitizeName(name));
    const base = /^\d/.test(camel) ? `Class${camel}` : camel;
    // A tag can make a class whose api_<snake_case>.go no file system can hold (4.2.1 then stops).
    return fittingName(`${base === '' ? 'Default' : base}Api`, (c) => fitsFileNames(`api_${underscore(c.slice(0, -'Api'.length))}_gen.go`, `${c}.md`), 'Api');
  });
}

/** An untagged operation's class is the one a tag `''` names (DefaultApi), so both share the key `''`. */
const classNames = new Map<string, string>();

/**
 * A top-level schema 4.2.1 writes no model for: every use is replaced by its target
 * (ModelUtils.unaliasSchema). Non-enum primitives, arrays, maps and free-form objects; enums,
 * objects with properties and compositions stay models.
 */
export function isAlias(schema: Schema): boolean {
  switch (schema.kind) {
    case 'primitive':
      return schema.enum === undefined;
    case 'array':
    case 'map':
    case 'any':
      return true;
    default:
      return false;
  }
}

/**
 * A oneOf, anyOf or allOf with additionalProperties (a schema or `true`) and no properties of its
 * own (channel4's `contentType`): isMapSchema to 4.2.1, whose generateModels skips "an alias to
 * map (without property)", so no page and no README entry, while every use still links it
 * (`[**ContentType**](contentType.md)`; test/emit/go/cases/open-compositions). sdkgen's client
 * declares the type all the same.
 */
function mapComposition(schema: Schema): boolean {
  return (schema.kind === 'allOf' || schema.kind === 'oneOf' || schema.kind === 'anyOf') && schema.additionalProperties !== undefined && (schema.properties ?? []).length === 0;
}

/**
 * A named schema with a doc page: every one that is not an alias, and also a schema that says
 * nothing of its type (`{}`, `{description}`, `{nullable: true}`): 4.2.1 writes it an empty page
 * though every use of it still prints `map[string]interface{}` (unlike `{type: object}`); so it
 * does for an array with `properties` beside its items (generateModels skips only an array
 * without properties), whose uses still print the array, and for an array without `items`.
 */
function hasPage(schema: Schema): boolean {
  if (schema.kind === 'array') return schema.propertiesBeside === true || schema.itemsOmitted === true;
  return !isAlias(schema) || (schema.kind === 'any' && !schema.object);
}

function methodName(op: Operation): string {
  return goOperationName(op.operationId ?? deriveOperationId(op.path, op.method, OPENAPI_GENERATOR_OPERATION_ID_RULES));
}

/**
 * `reference` names things exactly as 4.2.1 does, where sdkgen's own names deliberately differ
 * (README "Exactness"): Windows device names kept (`Aux`), twins left twins (two schemas that are
 * both `Foo`; 4.2.1 writes one page over the other), parameter names repeated. Only the oracle
 * (scripts/oracle/go.mjs) asks for it, to tell those safety deviations from real differences.
 */
export interface GoNamesOptions {
  readonly reference?: boolean | undefined;
  /** The names of the schemas the inline model resolver added (kit/inline-models.ts). */
  readonly hoisted?: ReadonlySet<string> | undefined;
}

export function goNames(api: Api, options: GoNamesOptions = {}): GoNames {
  const reference = options.reference === true;
  const hoisted = options.hoisted ?? new Set<string>();
  // A hoisted model is named, linked and paged by the name 4.2.1's resolver gives it.
  // Its sanitizeClassName also makes a leading digit `_` (`200Metrics_metrics` → `_00Metrics_metrics`).
  const linkName = (schemaName: string): string => (hoisted.has(schemaName) ? schemaName.replace(/\W/g, '_').replace(/^\d/, '_') : schemaName);
  // Asked for by every reference's type (types.ts propertyType), so made once per schema name.
  const baseModels = new Map<string, string>();
  const baseModel = (schemaName: string): string => remembered(baseModels, schemaName, (n) => (reference ? referenceModelName : goModelName)(linkName(n)));
  const bySpecName = new Map(api.schemas.map((s) => [s.name, s]));
  // Methods live on their class's service, so names only need to differ within a class; an
  // operation listed under several tags keeps the name its first tag's class gives it.
  const byFirstTag = new Map<string, Operation[]>();
  for (const op of api.operations) {
    const className = goClassName(op.tags[0]);
    const ops = byFirstTag.get(className);
    if (ops === undefined) byFirstTag.set(className, [op]);
    else ops.push(op);
  }
  const operationNames = new Map<Operation, string>();
  for (const ops of byFirstTag.values()) {
    // DefaultGenerator.processOperation numbers a repeated operationId within its tag `_0`, `_1`, ...
    // It compares them as written: sdkgen also tells apart names equal but for case (gitea's
    // `UserGetOAuth2Application` and `UserGetOauth2Application`), whose pages' anchors and
    // README links 4.2.1 makes one (`#usergetoauth2application`); names as 4.2.1 gives them do not.
    const names = uniqueNames(ops.map(methodName), { ignoreCase: !reference, separator: '_', start: 0 });
    ops.forEach((op, i) => operationNames.set(op, names[i] ?? methodName(op)));
  }
  const operation = (op: Operation): string => operationNames.get(op) ?? methodName(op);
  // 4.2.1 keeps its classes in a TreeMap keyed by sanitizeTag (the class name before `Api`), so
  // `NetworkApi` comes before `NetworkAccessApi`. Names as 4.2.1 gives them keep `CRUDApi` and
  // `CrudApi` both (azure mobileengagement), which sdkgen's own names keep apart for case-insensitive disks.
  const classesByName = groupOperations(api, {
    tags: 'every',
    className: goClassName,
    operationName: operation,
    classOrder: (tag) => goClassName(tag).slice(0, -'Api'.length),
    caseApart: !reference,
    // Two tags of one operation naming one class (e_conomic's `TimeEntries` and `Time entries`):
    // 4.2.1 lists it there twice, the second `<name>_0` (goPlan names it).
    repeatPerTag: true,
  });

  // A model's longest file is model_<snake_case>.go. 4.2.1's resolver names a nested inline object
  // after every parent, past the 255 bytes of a file name, and then fails to write it; sdkgen shortens it.
  const writable = (name: string): string => fittingName(name, (c) => fitsFileNames(`model_${underscore(c)}_gen.go`, `${c}.md`));
  // Model docs and API class docs share docs/: a schema named like a class (`FooApi` beside tag
  // `Foo`) is renamed rather than overwriting the class's page.
  const baseNames = api.schemas.map((s) => baseModel(s.name));
  const modelNames = reference ? baseNames : uniqueFileNames(baseNames.map(writable), classesByName.map((c) => c.className));
  const goNameOf = new Map(api.schemas.map((s, i) => [s.name, modelNames[i] ?? baseModel(s.name)]));
  const all = api.schemas.map((schema): GoModel => ({ name: goNameOf.get(schema.name) ?? baseModel(schema.name), schema, ...(mapComposition(schema.schema) ? { page: false as const } : {}) }));
  // Twins in reference mode: 4.2.1 lists the name once and its page is the later schema's, so
  // none when that one is an alias (amazonaws health's `EventType` object, then `eventType` string).
  const models = (reference ? [...new Map(all.map((m) => [m.name, m])).values()] : all).filter((m) => hasPage(m.schema.schema));

  return {
    operation,
    nickname: methodName,
    model: (schemaName) => goNameOf.get(schemaName),
    schema: (schemaName) => bySpecName.get(schemaName),
    baseModel,
    reference,
    linkName,
    models: [...models].sort((a, b) => ordinal(a.name, b.name)),
    classes: classesByName,
  };
}
