/**
 * The inline model resolver of openapi-generator 6.0 (InlineModelResolver rewritten around
 * gatherInlineModels), beside 4.2.1's in inline-models.ts: 6.0 walks every schema to any depth
 * and hoists whatever "needs a model" (an object with properties, typed or not; a composition
 * whose members hold one; any oneOf/anyOf), naming it after where it sits:
 *
 * - a request body `<op>_request`, a response `<op>_<status>_response`, a parameter
 *   `<op>_<name>_parameter`, where `<op>` is the operationId, or for an operation without one the
 *   path and the verb of the path's first operation in 6.0's order (delete, get, head, ...): both
 *   operations of `/other` (get, put) take `_other_get`;
 * - a property `<Parent>_<prop>`, array items `<...>_inner`, map values `<...>_value`, an inline
 *   member of a composition `<...>_allOf` (`_oneOf`, `_anyOf`);
 * - a title, when given, instead; every name made `[A-Za-z0-9_]` and unique with `_1`, `_2`.
 *
 * A hoisted schema equal to one hoisted before reuses its name (request bodies too, unlike 4.2.1).
 * Form bodies are hoisted by 6.0 but never written ("unused, due to form parameters"): they keep
 * their place here and only take their name, but for one written as a `$ref` to
 * components/requestBodies, which 6.0 takes whole, as its hoisted model. Checked with 6.0.0's jar (test/emit/rust/quirks).
 */
import { jsonLeavingOut, keysIn, STRAY_REF_KEYS, withoutStrayRef } from '../../model/extensions.js';
import type { Api, HttpMethod, NamedSchema, Operation, Schema } from '../../model/types.js';
import { modelFromProperty } from './inline-models-flatten.js';
import { isExactFormMedia, pathVisits, refTo } from './inline-models.js';
import { NamedSchemaList } from './named-schema-list.js';

/** Any JSON value: what a closed array's items are held as. */
const ANY_VALUE: Schema = { kind: 'any', object: false, nullable: false, readOnly: false, writeOnly: false, deprecated: false };

/** Where a behaviour differs between generators of this family: the names they give. */
export interface GatherNaming {
  /** The verbs in the order that picks the name of an operation without operationId. */
  readonly verbOrder: readonly HttpMethod[];
  readonly requestBody: (op: string) => string;
  readonly response: (op: string, status: string) => string;
  readonly parameter: (op: string, name: string) => string;
  readonly arrayItems: string;
  readonly mapValues: string;
}

export const OPENAPI_GENERATOR_6: GatherNaming = {
  verbOrder: ['delete', 'get', 'head', 'options', 'patch', 'post', 'put', 'trace'],
  requestBody: (op) => `${op}_request`,
  response: (op, status) => `${op}_${status}_response`,
  parameter: (op, name) => `${op}_${name}_parameter`,
  arrayItems: '_inner',
  mapValues: '_value',
};

type ObjectSchema = Extract<Schema, { kind: 'object' }>;

const common = { nullable: false, readOnly: false, writeOnly: false, deprecated: false } as const;

/** A name sanitize leaves as it is: most are (`repos_get_200_response_owner`), and one test is cheaper than two replacements. */
const SANITIZED = /^(?:[A-Za-z_][A-Za-z0-9_]*)?$/;

/** 6.0's sanitizeName: a leading digit gets `_`, anything but ASCII letters and digits becomes `_`. */
function sanitize(name: string): string {
  if (SANITIZED.test(name)) return name;
  return name.replace(/^[0-9]/, '_$&').replace(/[^A-Za-z0-9]/g, '_');
}

/** A one-member `allOf` around a non-reference is a composition to the Java parser. */
function asComposition(schema: Schema): Schema {
  if (schema.allOfWrapper === undefined) return schema;
  const { allOfWrapper, ...rest } = schema;
  const member = { ...rest } as Schema;
  return { ...common, ...allOfWrapper, kind: 'allOf', members: [member] };
}

class Gatherer {
  private readonly schemas: NamedSchemaList;
  private readonly taken: Set<string>;
  private readonly byName: Map<string, Schema>;
  private readonly generated = new Map<string, string>();
  /** A key the comparison leaves out, as JSON text writes a key (see key). */
  private readonly dropped: RegExp;

  constructor(api: Api, private readonly naming: GatherNaming, readonly swagger2: boolean, private readonly anyTitle = false, private readonly innerRefsCompared = false) {
    this.schemas = new NamedSchemaList(api.schemas);
    this.taken = new Set(api.schemas.map((s) => s.name));
    this.byName = new Map(api.schemas.map((s) => [s.name, s.schema]));
    const dropped = [...STRAY_REF_KEYS].filter((k) => !(k === 'innerRef' && innerRefsCompared));
    this.dropped = keysIn(dropped);
  }

  named(): NamedSchema[] {
    return this.schemas.list;
  }

  /**
   * resolveModelName: the title when it has a letter or digit, else the wanted name; unique. 6.0
   * takes any title, `""` too (vtex Search: models ``, `_1`, `_2`, which no Rust type can be
   * called): only `anyTitle` (a target's referenceDocs) does that.
   */
  resolveName(title: string | undefined, wanted: string): string {
    const usable = title !== undefined && (this.anyTitle || sanitize(title).replace(/_/g, '') !== '');
    const base = usable ? sanitize(title) : sanitize(wanted);
    let unique = base;
    for (let count = 1; this.taken.has(unique); count += 1) unique = `${base}_${count}`;
    return unique;
  }

  /** isModelNeeded, references followed inside allOf only (a bare `$ref` is never hoisted). */
  needed(schema: Schema, seen: Set<Schema> = new Set()): boolean {
    if (seen.has(schema)) return true;
    seen.add(schema);
    const s = asComposition(schema);
    if (s.kind === 'object') return s.properties.length > 0;
    // Properties beside a composition make it a model whatever its members (linode's
    // `updateFirewallRules` body, `allOf: [$ref]` + `properties`).
    if ((s.kind === 'allOf' || s.kind === 'oneOf' || s.kind === 'anyOf') && (s.properties?.length ?? 0) > 0) return true;
    if (s.kind === 'oneOf' || s.kind === 'anyOf') return s.members.length > 0;
    if (s.kind !== 'allOf') return false;
    return s.members.some((m) => {
      const target = m.kind === 'ref' ? (m.allOfWrapper === undefined ? this.byName.get(m.name) : asComposition(m)) : m;
      return target !== undefined && this.needed(target, seen);
    });
  }

  /** The JSON the generator compares for reuse; Swagger 2.0 objects are all typed once converted. */
  private key(schema: Schema): string {
    const swagger2 = this.swagger2;
    const innerRefs = this.innerRefsCompared;
    const replacer = function (this: unknown, k: string, v: unknown): unknown {
      if (k === 'innerRef' && innerRefs) return v;
      return k === 'typed' && swagger2 ? undefined : withoutStrayRef.call(this, k, v);
    };
    // Most schemas hold no key the comparison leaves out (in Swagger 2.0 every object holds
    // `typed`, so the replacer is always asked there).
    return swagger2 ? JSON.stringify(schema, replacer) : jsonLeavingOut(schema, this.dropped, replacer);
  }

  /** makeSchemaInComponents: an equal schema hoisted before, or a new one under `name`; compared as `compared` when given. */
  hoist(name: string, schema: Schema, pointer: string, compared: Schema = schema): Schema {
    const key = this.key(compared);
    const existing = this.generated.get(key);
    if (existing !== undefined) return refTo(existing);
    this.add(name, schema, pointer);
    this.generated.set(key, name);
    return refTo(name);
  }

  private add(name: string, schema: Schema, pointer: string): void {
    this.taken.add(name);
    this.byName.set(name, schema);
    // A name resolved before the schema's own children were hoisted may have been taken by one of
    // them (equal titles): 6.0 puts both under it, the outer replacing the inner.
    this.schemas.put({ name, schema, pointer });
  }

  reserve(name: string): void {
    this.taken.add(name);
  }

  /** A schema's place: hoisted under `wanted` (or its title) when it needs a model, else gathered. */
  place(schema: Schema, wanted: string, pointer: string): Schema {
    // A reference, primitive or untyped value holds nothing to gather and needs no model: it stays,
    // without a name being made for it (most properties are such).
    if (schema.allOfWrapper === undefined && (schema.kind === 'ref' || schema.kind === 'primitive' || schema.kind === 'any')) return schema;
    // A one-member allOf is named after the wrapper's own title, the composition 6.0 hoists.
    const name = this.resolveName(schema.allOfWrapper?.title ?? schema.title, wanted);
    const gathered = this.gather(schema, name, pointer);
    return this.needed(gathered) ? this.hoist(name, asComposition(gathered), pointer) : gathered;
  }

  /** gatherInlineModels: every property, item, value and member that needs a model, hoisted. */
  gather(schema: Schema, prefix: string, pointer: string): Schema {
    if (schema.kind === 'ref') return schema;
    if (schema.allOfWrapper !== undefined) {
      const composed = asComposition(schema);
      const gathered = this.gather(composed, prefix, pointer);
      // Unchanged when its member needs no model: the wrapper keeps its own shape.
      return gathered === composed || JSON.stringify(gathered, withoutStrayRef) === JSON.stringify(composed, withoutStrayRef) ? schema : gathered;
    }
    switch (schema.kind) {
      case 'object': {
        const properties = schema.properties.map((p) => ({ ...p, schema: this.place(p.schema, `${prefix}_${p.name}`, pointer) }));
        const extra = schema.additionalProperties;
        // 6.0 names map values after the *parent's* title when it has one.
        const additionalProperties = extra === undefined || extra === true ? extra : this.placeValues(schema, extra, prefix, pointer);
        return { ...schema, properties, additionalProperties };
      }
      case 'map':
        return { ...schema, values: this.placeValues(schema, schema.values, prefix, pointer) };
      case 'array':
        // Beside `additionalProperties: false` (hsbc's `Brand`), 6.0 hoists nothing from the items
        // and holds each one as any value (`Vec<serde_json::Value>`).
        if (schema.closed === true && this.needed(schema.items)) return { ...schema, items: ANY_VALUE };
        return { ...schema, items: this.place(schema.items, `${prefix}${this.naming.arrayItems}`, pointer) };
      case 'allOf':
      case 'oneOf':
      case 'anyOf': {
        // Properties written beside an inline composition are gathered first, like an object's.
        const beside = schema.properties?.map((p) => ({ ...p, schema: this.place(p.schema, `${prefix}_${p.name}`, pointer) }));
        const members = schema.members.map((m) => this.place(m, `${prefix}_${schema.kind}`, pointer));
        return beside === undefined ? { ...schema, members } : { ...schema, properties: beside, members };
      }
      default:
        return schema;
    }
  }

  private placeValues(parent: Schema, values: Schema, prefix: string, pointer: string): Schema {
    const name = this.resolveName(parent.title, `${prefix}${this.naming.mapValues}`);
    const gathered = this.gather(values, name, pointer);
    return this.needed(gathered) ? this.hoist(name, asComposition(gathered), pointer) : gathered;
  }
}

/**
 * The prefix of an operation's inline models: its operationId, else the path it is visited under
 * (a callback's operation: its API operation's) and that path's first verb.
 */
function operationPrefixes(api: Api, naming: GatherNaming): (op: Operation, pathname: string) => string {
  const verbs = new Map<string, HttpMethod[]>();
  for (const op of api.operations) verbs.set(op.path, [...(verbs.get(op.path) ?? []), op.method]);
  return (op, pathname) => {
    if (op.operationId !== undefined) return op.operationId;
    const present = verbs.get(pathname) ?? [op.method];
    const verb = naming.verbOrder.find((v) => present.includes(v)) ?? op.method;
    return `${pathname}_${verb}`;
  };
}

function operation(g: Gatherer, op: Operation, prefix: string, naming: GatherNaming): Operation {
  let requestBody = op.requestBody;
  if (requestBody) {
    const wanted = naming.requestBody(prefix);
    const referenced = requestBody.referenced === true;
    const content = requestBody.content.map((c) => {
      // A form body written as a `$ref` to components/requestBodies is hoisted like any other:
      // 6.0 takes it as one argument of the hoisted model (and still writes no doc for it).
      if (referenced || !isExactFormMedia(c.mediaType)) return { ...c, schema: g.place(c.schema, wanted, op.pointer) };
      // Hoisted and then skipped as unused by 6.0: only the name is spent. What it holds is
      // gathered first, as for any schema: a field's inline object is a model (`<op>_request_<field>`).
      const gathered = g.gather(c.schema, wanted, op.pointer);
      if (g.needed(c.schema)) g.reserve(g.resolveName(c.schema.title, wanted));
      return { ...c, schema: gathered };
    });
    requestBody = { ...requestBody, content };
  }
  const parameters = op.parameters.map((p) => ({ ...p, schema: g.place(p.schema, naming.parameter(prefix, p.name), op.pointer) }));
  const responses = op.responses.map((r) => ({
    ...r,
    content: r.content.map((c) => ({ ...c, schema: g.place(c.schema, naming.response(prefix, r.status), op.pointer) })),
  }));
  return { ...op, requestBody, parameters, responses };
}

/** flattenComposedChildren: a composition's inline members with properties become `<Name>_allOf` models. */
function composedChildren(g: Gatherer, named: NamedSchema): Schema {
  const { schema } = named;
  // `Name: {allOf: [$ref], required: [...]}`: a composition to 6.0, whose `required` applies to the member's properties.
  if (schema.kind === 'ref' && schema.allOfWrapper?.required !== undefined) return asComposition(schema);
  if (schema.allOfWrapper !== undefined && schema.kind === 'object') {
    // `Name: {allOf: [inline object]}`: the member is a model `<Name>_allOf`, and Name shows its
    // properties as flattened there (the nested objects as the models they became).
    if (schema.properties.length > 0) {
      const name = g.resolveName(schema.title, `${named.name}_allOf`);
      const { allOfWrapper: _wrapper, ...member } = schema;
      const { model, compared } = modelFromProperty(g, member as ObjectSchema, name, named.pointer);
      g.hoist(name, model, named.pointer, compared);
      return { ...schema, properties: model.properties };
    }
    return schema;
  }
  if (schema.kind !== 'allOf' && schema.kind !== 'oneOf' && schema.kind !== 'anyOf') return g.gather(schema, named.name, named.pointer);
  const members = schema.members.map((m) => {
    // An inline member that is a composition with properties beside it becomes a model of those
    // properties alone (6.0's modelFromProperty keeps no allOf): Azure's `ElasticPool_allOf`.
    if ((m.kind === 'allOf' || m.kind === 'oneOf' || m.kind === 'anyOf') && m.allOfWrapper === undefined && (m.properties?.length ?? 0) > 0) {
      const name = g.resolveName(m.title, `${named.name}_${schema.kind}`);
      const { members: _members, discriminator: _discriminator, additionalProperties: _extra, properties, ...common } = m;
      const object: ObjectSchema = { ...common, kind: 'object', properties: properties ?? [], typed: true };
      if (schema.kind !== 'allOf') return g.hoist(name, g.gather(object, name, named.pointer), named.pointer);
      const { model, compared } = modelFromProperty(g, object, name, named.pointer);
      return g.hoist(name, model, named.pointer, compared);
    }
    // A member written `allOf: [...]` itself is a composition without properties of its own to 6.0.
    const own = m.kind !== 'ref' && m.allOfWrapper === undefined;
    const hoisted = own && ((m.kind === 'object' && m.properties.length > 0) || (m.kind === 'primitive' && (m.enum?.length ?? 0) > 0));
    if (!hoisted) return m;
    const name = g.resolveName(m.title, `${named.name}_${schema.kind}`);
    // An allOf's object member is flattened the older way (inline-models-flatten.ts).
    if (schema.kind !== 'allOf' || m.kind !== 'object') return g.hoist(name, g.gather(m, name, named.pointer), named.pointer);
    const { model, compared } = modelFromProperty(g, m, name, named.pointer);
    return g.hoist(name, model, named.pointer, compared);
  });
  return { ...schema, members };
}

/**
 * The Api with every inline schema 6.0 makes a model of hoisted, appended after the spec's own.
 * `anyTitle`: name a model after any title, one without a letter or digit too, as 6.0 does
 * (resolveName), for docs that undo the safety deviations. `innerRefsCompared`: two schemas are
 * equal only when the `$ref`s inside named schemas they hold (SchemaCommon.innerRef) are too, as
 * 6.0 compares the references as written (linode's `{entities: {$ref: ServiceTransfer/…}}` is no
 * twin of `{entities: {$ref: EntityTransfer/…}}`), for docs that read such references as 6.0 does.
 */
export function gatherInlineModels(api: Api, naming: GatherNaming = OPENAPI_GENERATOR_6, anyTitle = false, innerRefsCompared = false): Api {
  const g = new Gatherer(api, naming, api.dialect === 'swagger-2.0', anyTitle, innerRefsCompared);
  const prefixOf = operationPrefixes(api, naming);
  // Visited path by path, each path's callbacks after its operations (their inline models are
  // models too, named after the path: ex-3-callbacks' `StreamsPostRequest`); returned in the Api's order.
  const done = new Map<Operation, Operation>();
  for (const [op, pathname] of pathVisits(api.operations, true)) done.set(op, operation(g, op, prefixOf(op, pathname), naming));
  const operations = api.operations.map((op) => {
    const own = done.get(op) ?? op;
    const callbacks = op.callbacks?.map((c) => ({ ...c, operations: c.operations.map((each) => done.get(each) ?? each) }));
    return callbacks === undefined ? own : { ...own, callbacks };
  });
  // flattenComponents walks every model there is once the paths are done: the spec's own, then
  // those hoisted from the paths, whose compositions' enum members become models now (GitHub's
  // `gists/create` body property `public: oneOf: [boolean, string enum]` →
  // `GistsCreateRequest_public_oneOf`; an object member hoisted earlier keeps `_anyOf`, the enum
  // takes `_anyOf_1`). What this walk hoists itself is not walked again.
  const own = api.schemas.length;
  const schemas = g.named();
  const count = schemas.length;
  for (let i = 0; i < count; i += 1) {
    const named = schemas[i];
    const composition = named !== undefined && (named.schema.kind === 'allOf' || named.schema.kind === 'oneOf' || named.schema.kind === 'anyOf');
    if (named && (i < own || composition)) schemas[i] = { ...named, schema: composedChildren(g, named) };
  }
  return { ...api, operations, schemas };
}
