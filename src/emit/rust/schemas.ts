/**
 * Which named schemas become Rust models, and what a `$ref` stands for. openapi-generator 6.0
 * writes a model (and a model doc) for objects, compositions and enums only; a named schema that
 * is just a primitive, array, map or free-form value is an alias, replaced by its target wherever
 * it is used. Following that keeps every model link in the docs pointing at a doc we write.
 */
import type { Api, NamedSchema, Schema } from '../../model/types.js';
import { uniqueFileNames } from '../kit/unique-names.js';
import { modelName, moduleName } from './naming.js';
import { fittingName, fitsFileNames } from '../kit/fitting-names.js';
import { typeAliases } from './type-aliases.js';
import { FlattenedProperties } from '../docs/flattened.js';

/** What a link destination may hold as written: letters, digits, `_`, `-` and `.`. */
const PLAIN_FILE_NAME = /^[A-Za-z0-9_.-]+$/;

export interface RustModel {
  /** The key under components.schemas / definitions. */
  readonly specName: string;
  /** The Rust type name, also the doc file name (`docs/<name>.md`). */
  readonly name: string;
  /**
   * What 6.0 links a property or return type of this model to: the raw schema name
   * (`Gadget_part`), a dead link when it differs from `name`; `name` itself when the raw name
   * would land on another doc (on a case-insensitive disk too), since a wrong page is worse.
   */
  readonly link: string;
  readonly schema: Schema;
}

/** What a schema is once aliases are followed: a model, or an inline shape. */
export type Resolved =
  | { readonly kind: 'model'; readonly model: RustModel; readonly nullable: boolean }
  | { readonly kind: 'inline'; readonly schema: Schema; readonly nullable: boolean };

const ANY: Schema = { kind: 'any', object: false, nullable: false, readOnly: false, writeOnly: false, deprecated: false };

/**
 * `lookup`: the named schemas, for one written `allOf: [$ref]` (with a description beside it, as
 * Azure's ProxyResource): 6.0 writes a model of it, with its target's properties, when the target
 * is an object or a composition of objects.
 */
function isModel(named: NamedSchema, lookup: (name: string) => Schema | undefined, reference: boolean): boolean {
  const { schema } = named;
  switch (schema.kind) {
    case 'any':
      // An enum of objects beside `type: object` (pandascore's CurrentVideogame) is an empty struct
      // to 6.0, which would drop every value and send `{}`; the crate keeps serde_json::Value and
      // only referenceDocs print 6.0's model (a wire-wins deviation, deviations/object-enum-model).
      return reference && schema.object && schema.objectEnum !== undefined && schema.items === undefined;
    case 'ref': {
      if (schema.allOfWrapper === undefined) return false;
      // Through a chain of such wrappers (bing's StructuredValue → Intangible → Thing), a loop
      // of them ending nowhere.
      let target = lookup(schema.name);
      const seen = new Set([schema.name]);
      while (target?.kind === 'ref' && target.allOfWrapper !== undefined && !seen.has(target.name)) {
        seen.add(target.name);
        target = lookup(target.name);
      }
      return target !== undefined && (target.kind === 'object' || target.kind === 'allOf');
    }
    case 'object':
    case 'allOf':
    case 'oneOf':
    case 'anyOf':
      return true;
    case 'primitive':
      return schema.enum !== undefined && schema.enum.length > 0;
    case 'array':
      return schema.propertiesBeside === true;
    default:
      return false;
  }
}

/**
 * A named array written with `properties` beside it (vtex Payments' `3.SendAdditionalDataRequest`):
 * 6.0 writes it a model page, an empty struct, but reads every use of it as the array it is.
 * Such a model has a page and a struct; `$ref`s to it stay the array alias (RustSchemas.resolve).
 */
function pageOnly(schema: Schema): boolean {
  return schema.kind === 'array' && schema.propertiesBeside === true;
}

export class RustSchemas {
  /** Models in document order. */
  readonly models: readonly RustModel[];
  private readonly bySpecName: ReadonlyMap<string, NamedSchema>;
  private readonly modelBySpecName: ReadonlyMap<string, RustModel>;
  /** The properties each model's struct has, allOf members' included; computed once per Api. */
  readonly flattened: FlattenedProperties;
  /** The spec's dialect: 6.0 reads a default differently in Swagger 2.0 (default-read.ts). */
  readonly dialect: Api['dialect'];

  /**
   * `taken`: names already used in the docs folder (the API classes), so that a model named like
   * an API class gets its own file instead of overwriting that class's doc.
   */
  /**
   * `reference`: the names exactly as 6.0 gives them, for referenceDocs alone (README
   * "Exactness"): a model name that is no Rust type (`1`, ``; modelName), two models equal but
   * for case both kept as written (one page on a case-insensitive disk), two of one name one model
   * (the later, as 6.0's map of models keeps it, every use of either linked by its raw name);
   * types as 6.0 prints them where the crate holds the wire's (types.ts: the type map, formats).
   */
  constructor(api: Api, taken: readonly string[] = [], replacing: ReadonlySet<string> = new Set(), readonly reference = false) {
    this.bySpecName = new Map(api.schemas.map((s) => [s.name, s]));
    this.dialect = api.dialect;
    this.typeAliases = reference ? typeAliases(api.schemas) : new Map();
    // 6.0 keeps its models in a map keyed by model name: a hoisted inline model named exactly like
    // an earlier model (`DeleteAlternateContact_request` and the spec's `DeleteAlternateContactRequest`,
    // both `DeleteAlternateContactRequest`) replaces it, and every use of either is that one model.
    const kept: NamedSchema[] = [];
    const at = new Map<string, number>();
    /** Spec name of a replaced schema → spec name of the model that took its place. */
    const replaced = new Map<string, string>();
    for (const s of api.schemas.filter((named) => isModel(named, (name) => this.bySpecName.get(name)?.schema, reference))) {
      const index = at.get(modelName(s.name, reference));
      const earlier = index === undefined ? undefined : kept[index];
      if (index !== undefined && earlier !== undefined && (reference || replacing.has(s.name))) {
        for (const [gone, by] of replaced) if (by === earlier.name) replaced.set(gone, s.name);
        replaced.set(earlier.name, s.name);
        kept[index] = s;
        continue;
      }
      if (index === undefined) at.set(modelName(s.name, reference), kept.length);
      kept.push(s);
    }
    // Names are file names too: unique regardless of case, after the API classes (kit/unique-names.ts).
    const written = kept.map((s) => modelName(s.name, reference));
    // A name whose files no file system can hold (6.0's resolver names nested inline objects after
    // every parent) is shortened (kit/fitting-names.ts); 6.0 writes it as it is.
    const writable = (name: string): string => fittingName(name, (c) => fitsFileNames(`${c}.md`, `${moduleName(c)}.rs`));
    const names = reference ? written : uniqueFileNames(written.map(writable), taken);
    const docs = new Set([...names, ...taken].map((n) => n.toLowerCase()));
    // `me.md` for the doc `Me.md` lands on its own page where case is ignored: only another page's name falls back.
    // A raw name that is not a plain file-name token (`a|b`, `x y`, `javascript:x`) would break the table
    // row or the link, or point off-site: safety wins there and the link goes to the real page.
    const link = (raw: string, own: string): string =>
      reference || (PLAIN_FILE_NAME.test(raw) && fitsFileNames(`${raw}.md`) && (raw.toLowerCase() === own.toLowerCase() || !docs.has(raw.toLowerCase()))) ? raw : own;
    this.linkName = link;
    this.models = kept.map((s, i) => {
      const name = names[i] ?? modelName(s.name, reference);
      return { specName: s.name, name, link: link(s.name, name), schema: s.schema };
    });
    const modelBySpecName = new Map(this.models.filter((m) => !pageOnly(m.schema)).map((m) => [m.specName, m]));
    // A use of the replaced schema is the replacing model, still linked by the name it was written with.
    for (const [gone, by] of replaced) {
      const model = modelBySpecName.get(by);
      if (model) modelBySpecName.set(gone, { ...model, specName: gone, link: link(gone, model.name) });
    }
    this.modelBySpecName = modelBySpecName;
    // 6.0 lists properties written beside a composition first, then its members' (a oneOf's and
    // an anyOf's too, as addProperties walks every composition); a name a later member defines
    // again takes that definition at its first place, one written beside stays; a name any member
    // requires is required.
    this.flattened = new FlattenedProperties(this.bySpecName.keys(), (name) => this.bySpecName.get(name)?.schema, true, ['allOf', 'oneOf', 'anyOf'], true, true);
  }

  /** What 6.0's links to the raw schema name `raw` of the model `own` point at (RustModel.link). */
  readonly linkName: (raw: string, own: string) => string;

  /** referenceDocs only: the spec's primitive aliases by name, as 6.0's getAlias reads a type name (type-aliases.ts). */
  readonly typeAliases: ReadonlyMap<string, string>;

  /** The written type names no schema defines (types.ts, declaredType), by their Rust name. */
  readonly #declared = new Map<string, string>();

  /**
   * The Rust name of a written type name no schema defines (`any` → `Any`), remembered so the crate
   * declares it (plan.ts). One that names a model already (a schema `Any`) is that model.
   */
  declaredType(declared: string): string {
    const name = modelName(declared, this.reference);
    if (!this.models.some((m) => m.name === name)) this.#declared.set(name, declared);
    return name;
  }

  /** The names declaredType gave out for no model, sorted: the crate's aliases of serde_json::Value. */
  declaredAliases(): string[] {
    return [...this.#declared.keys()].sort();
  }

  /** The named schema as the spec (or the inline model resolver) wrote it, before any model replaced it. */
  written(name: string): Schema | undefined {
    return this.bySpecName.get(name)?.schema;
  }

  /**
   * Follows `$ref`s through aliases. Nullability is kept from every hop, so a nullable use of an
   * alias, or an alias declared nullable, both read as nullable.
   */
  resolve(schema: Schema): Resolved {
    let current = schema;
    let nullable = schema.nullable;
    // Made on the second hop only: most schemas are no reference, or one to a model.
    let seen: Set<string> | undefined;
    while (current.kind === 'ref') {
      const model = this.modelBySpecName.get(current.name);
      // 6.0 cannot follow a `$ref` to the model an empty title names (`#/components/schemas/`):
      // it reads any value there. Only the reference plan has such a model (modelName).
      if (model?.name === '') return { kind: 'inline', schema: ANY, nullable };
      if (model) return { kind: 'model', model, nullable };
      const target = this.bySpecName.get(current.name);
      // A dangling or circular alias has no type to offer; it reads as any value.
      if (!target || seen?.has(current.name) === true) return { kind: 'inline', schema: ANY, nullable };
      (seen ??= new Set()).add(current.name);
      current = target.schema;
      nullable ||= current.nullable;
    }
    return { kind: 'inline', schema: current, nullable };
  }
}
