/**
 * The inline model resolver: the pass openapi-generator (InlineModelResolver, 4.2.1) and
 * swagger-codegen run before naming anything. Every inline `type: object` schema with properties
 * becomes a named schema and its place a reference to it:
 *
 * - a request body: `inline_object`, `inline_object_1`, ... (its title when it has one);
 * - a response (or its array items / map values): `inline_response_<status>`;
 * - a parameter's object (or its array items): the parameter's name;
 * - a property (or its array items / map values) of a named schema: `<Parent>_<prop>`, nested
 *   ones `<Parent>_<prop>_<child>`;
 * - an inline `type: object` member of a named allOf/oneOf/anyOf: `<Name>_allOf` (`_oneOf`, `_anyOf`);
 *   an untyped one stays inline, and its page lists it after the referenced members (go/plan.ts).
 *
 * A name already taken gets `_1`, `_2`, ... A hoisted schema whose structure equals one hoisted
 * before (title, readOnly and constraints aside) reuses that one's name (matchGenerated), except a request body: each is a model of its own. Only a *typed* object is hoisted: properties without `type: object` stay inline, as
 * the Java parser gives them no ObjectSchema. The result is a plain Api, so any target can ask
 * for it and the rest of the emitter needs no notion of "inline".
 */
import type { Api, MediaContent, NamedSchema, Operation, Property, Response, Schema } from '../../model/types.js';
import type { InlineRules } from './inline-rules.js';
import { EXTENSION_KEYS_IN_TEXT, jsonLeavingOut, withoutExtensions } from '../../model/extensions.js';
import { NamedSchemaList } from './named-schema-list.js';

/** Names the resolver gives; a parameter because swagger-codegen and later generators differ. */
export interface InlineNaming {
  readonly requestBody: string;
  /** The object items of an array body, when not named like a body (4.2.1: `InlineObject`, counted apart). */
  readonly requestBodyItems?: string;
  readonly response: (status: string) => string;
}

export const OPENAPI_GENERATOR_4: InlineRules = {
  requestBody: 'inline_object',
  requestBodyItems: 'InlineObject',
  // flattenRequestBody asks matchGenerated for an array body's object items, not for an object body
  // (test/emit/go/cases/array-body-items-shared: box's two equal JSON-Patch bodies share one model).
  sharedBodyItems: true,
  response: (status) => `inline_response_${status}`,
  // Its resolver makes the title a class name before asking whether it is taken: openbanking's
  // `400 Error object` and `500 Error object` are both `_00_Error_object`, the later `_1`.
  nameKey: (name) => name.replace(/\W/g, '_').replace(/^\d/, '_'),
};

type ObjectSchema = Extract<Schema, { kind: 'object' }>;

/** The media types of a form body, written exactly so (what both 4.2.1 and 2.2 read as form fields). */
export const FORM_MEDIA_TYPES: ReadonlySet<string> = new Set(['multipart/form-data', 'application/x-www-form-urlencoded']);

/**
 * A body openapi-generator (4.2.1 and 6.0) takes a field at a time: urlencoded (parameters such as
 * `; charset=utf-8` too) or any multipart subtype, in any case (test/emit/go/cases/form-media-types,
 * test/emit/rust/quirks/form-media-types).
 */
export function isFormFieldsMedia(media: string): boolean {
  return /^(application\/x-www-form-urlencoded|multipart\/)/i.test(media);
}

/**
 * Exactly one of the two form media types, in any case: what 6.0's skipFormModel counts as "used
 * in a form". A `; charset=utf-8` or `multipart/mixed` body's hoisted model keeps its doc.
 */
export function isExactFormMedia(media: string): boolean {
  return /^(application\/x-www-form-urlencoded|multipart\/form-data)$/i.test(media);
}

/**
 * A one-member `allOf: [object]` is a composition to the Java parser, not an ObjectSchema.
 * `untypedToo`: an object written without `type` is hoisted as well.
 */
function hoistable(schema: Schema, rules: Pick<InlineRules, 'openObjectsHoisted' | 'readProperties'>, untypedToo: boolean): schema is ObjectSchema {
  if (schema.kind !== 'object' || schema.allOfWrapper !== undefined) return false;
  if ((rules.readProperties?.(schema.properties) ?? schema.properties).length === 0) return false;
  // The parsers read properties beside additionalProperties as a map (4.2.1's MapSchema), which is
  // never hoisted itself; swagger-codegen 2.2's keeps `additionalProperties: true` an object.
  const open = schema.additionalProperties === true && rules.openObjectsHoisted === true;
  if (schema.additionalProperties !== undefined && !open) return false;
  return schema.typed === true || untypedToo;
}

type MapLike = Extract<Schema, { kind: 'map' | 'object' }>;

/**
 * A map's values, or those of an object with an additionalProperties schema beside its
 * properties, a map to 4.2.1's parser whose object values are hoisted like any map's.
 */
function mapValues(schema: Schema, rules: Pick<InlineRules, 'besideValuesStayInline'>): { map: MapLike; values: Schema } | undefined {
  if (schema.kind === 'map') return { map: schema, values: schema.values };
  const values = schema.kind === 'object' ? schema.additionalProperties : undefined;
  if (schema.kind !== 'object' || values === undefined || values === true || rules.besideValuesStayInline === true) return undefined;
  return { map: schema, values };
}

/** The map with its values replaced (by a reference to their hoisted model). */
function withValues(map: MapLike, values: Schema): Schema {
  return map.kind === 'map' ? { ...map, values } : { ...map, additionalProperties: values };
}

/**
 * What 4.2.1's matchGenerated compares: the JSON of modelFromProperty's model, which keeps only the
 * object's description, example, nullable and properties (required is each property's). Title,
 * readOnly, deprecated and constraints are left behind, so objects differing only there are one.
 * A schema written as a `$ref` into `#/paths/...` is that `$ref` to it, unfollowed: two such
 * references are one only when they name one place (digitalocean's `{alert: $ref}` bodies of two
 * operations are `InlineResponse2009` and `InlineResponse2018`; test/emit/go/cases/stray-refs).
 */
function modelFromPropertySignature(object: ObjectSchema): string {
  // `strayRef` is one of the keys withoutExtensions leaves out, so text without any of them needs neither replacement.
  return jsonLeavingOut({ description: object.description, example: object.example, nullable: object.nullable, properties: object.properties }, EXTENSION_KEYS_IN_TEXT, unfollowedRefs);
}

/** withoutExtensions, but a schema written as a `$ref` into `#/paths/...` is that `$ref`. */
function unfollowedRefs(this: unknown, key: string, value: unknown): unknown {
  const stray = value !== null && typeof value === 'object' && key !== '' ? (value as { strayRef?: unknown }).strayRef : undefined;
  return typeof stray === 'string' ? { $ref: stray } : withoutExtensions.call(this, key, value);
}

/** A plain reference to the named schema `name`, as a hoisted model's place holds. */
export function refTo(name: string): Schema {
  return { nullable: false, readOnly: false, writeOnly: false, deprecated: false, kind: 'ref', name };
}

class Resolver {
  private readonly models: NamedSchemaList;
  /**
   * Per wanted name, the suffix count where its last search for a free name ended. Names are only
   * ever taken, never given back, so every count before it is still taken and the next search can
   * start there: many inline objects of one title (GitHub's) count up once, not once per object.
   */
  private readonly nextCount = new Map<string, number>();
  private readonly taken: Set<string>;
  /** `taken` as naming.nameKey compares names. */
  private readonly takenKeys: Set<string>;
  private readonly nameKey: (name: string) => string;
  /**
   * Structure (JSON) of each hoisted model → its name, for matchGenerated. Request bodies (and
   * parameters' objects) are never looked up (add), so they are not kept: 4.2.1 compares a body
   * as the spec wrote it and any other model as rebuilt by modelFromProperty, so the two kinds
   * never match each other.
   */
  private readonly generated = new Map<string, string>();

  /** Each parameter's schema after flattenParameters, by where the spec declares it. */
  private readonly parameterSchemas = new Map<string, Schema>();

  /**
   * openapi-generator converts a Swagger 2.0 document first, and the converter types every schema
   * with properties `type: object` but a response's own schema (test/emit/go/cases/swagger2-untyped-objects).
   */
  private readonly converted: boolean;

  constructor(api: Api, private readonly naming: InlineRules) {
    this.models = new NamedSchemaList(api.schemas);
    this.taken = new Set(api.schemas.map((s) => s.name));
    this.nameKey = naming.nameKey ?? ((name) => name);
    this.takenKeys = new Set([...this.taken].map(this.nameKey));
    this.converted = api.dialect === 'swagger-2.0';
  }

  named(): NamedSchema[] {
    return this.models.list;
  }

  private hoistable(schema: Schema): schema is ObjectSchema {
    return hoistable(schema, this.naming, this.naming.untypedObjects ?? this.converted);
  }

  /** A response's own schema (or a form body's): the Swagger 2.0 converter leaves its `type` as written. */
  private hoistableResponse(schema: Schema): schema is ObjectSchema {
    return hoistable(schema, this.naming, this.naming.untypedObjects ?? false);
  }

  private uniqueName(wanted: string): string {
    const name = this.naming.cleanName?.(wanted) ?? wanted;
    let count = this.nextCount.get(name) ?? 0;
    let unique = count === 0 ? name : `${name}_${count}`;
    while (this.takenKeys.has(this.nameKey(unique))) {
      count += 1;
      unique = `${name}_${count}`;
    }
    this.nextCount.set(name, count);
    return unique;
  }

  private add(name: string, schema: ObjectSchema, pointer: string, kind: 'body' | 'model'): string {
    // 4.2.1's flattenRequestBody never asks matchGenerated: two equal inline bodies are two models
    // (checked with its jar, test/emit/go/cases/inline-bodies-never-shared). So a body's structure
    // is never serialized (the JSON is much of the resolver's time on a large spec).
    if (kind === 'model') {
      const existing = this.matchGenerated(name, schema);
      if (existing !== undefined) return existing;
    }
    this.taken.add(name);
    this.takenKeys.add(this.nameKey(name));
    // The name was chosen before the object's own properties were hoisted, and one of them may have
    // taken it meanwhile (a nested object with the same title). 4.2.1 puts both into its components
    // map under that name: the outer one, put last, replaces the inner one at the inner's place.
    this.models.put({ name, schema, pointer });
    return name;
  }

  /** The name of a model hoisted before whose structure equals this one's; else undefined, and this one is remembered under `name`. */
  private matchGenerated(name: string, schema: ObjectSchema): string | undefined {
    const key = this.naming.signature?.(schema) ?? modelFromPropertySignature(schema);
    const existing = this.generated.get(key);
    if (existing === undefined) this.generated.set(key, name);
    return existing;
  }

  /** modelFromProperty: the object as a model of its own, its properties flattened under `path`. */
  private model(object: ObjectSchema, path: string): ObjectSchema {
    return { ...object, properties: this.properties(object.properties, path) };
  }

  /** An inline object hoisted under a wanted name (or its title), deduplicated when allowed. */
  private hoist(object: ObjectSchema, wanted: string, pointer: string, kind: 'body' | 'model' = 'model'): Schema {
    const name = this.uniqueName(object.title ?? wanted);
    // A request body's own properties were flattened under the path already (flattenRequestBody).
    const model = kind === 'model' ? this.model(object, name) : object;
    return { ...refTo(this.add(name, model, pointer, kind)) };
  }

  /** The schema as the generator's parser reads a property (rules.readAsProperty), into array items and map values. */
  private asProperty(schema: Schema): Schema {
    const read = this.naming.readAsProperty;
    if (read === undefined) return schema;
    const outer = read(schema);
    if (outer.kind === 'array') return { ...outer, items: read(outer.items) };
    if (outer.kind === 'map') return { ...outer, values: read(outer.values) };
    return outer;
  }

  /** flattenProperties: each property, array item or map value that is an inline object. */
  properties(properties: readonly Property[], path: string): Property[] {
    return properties.map((p) => {
      const schema = this.asProperty(p.schema);
      const wanted = `${path}_${p.name}`;
      if (this.hoistable(schema)) {
        const required = this.naming.hoistedPropertiesOptional === true ? false : p.required;
        return { ...p, required, schema: this.hoist(schema, wanted, path) };
      }
      if (schema.kind === 'array' && this.hoistable(schema.items)) {
        const items = { ...schema.items, properties: this.properties(schema.items.properties, path) };
        return { ...p, schema: { ...schema, items: this.hoist(items, wanted, path) } };
      }
      // `type: object` with `items` is an array to 4.2.1's parser, whose object items are hoisted
      // as any array's (test/emit/go/cases/object-items-hoisted).
      if (schema.kind === 'any' && schema.items !== undefined && this.naming.objectItemsStayInline !== true && this.hoistable(schema.items)) {
        const items = { ...schema.items, properties: this.properties(schema.items.properties, path) };
        return { ...p, schema: { ...schema, items: this.hoist(items, wanted, path) } };
      }
      const map = mapValues(schema, this.naming);
      if (map !== undefined && this.hoistable(map.values)) {
        const values = { ...map.values, properties: this.properties(map.values.properties, path) };
        return { ...p, schema: withValues(map.map, this.hoist(values, wanted, path)) };
      }
      return p;
    });
  }

  /** flattenRequestBody: an object body (or array of objects) becomes `inline_object`. */
  private requestBody(op: Operation): Operation['requestBody'] {
    const body = op.requestBody;
    const first = body?.content[0]?.schema;
    if (!body || !first) return body;
    // 4.2.1's flattenRequestBody reads the operation's own body: a `$ref` to one has no schema.
    if (body.referenced === true && this.naming.referencedBodiesFlattened !== true) return body;
    if (this.naming.formsStayFields === true && body.name === undefined && (FORM_MEDIA_TYPES.has(body.content[0]?.mediaType ?? '') || (this.naming.formDataStaysFields === true && body.formData === true))) return body;
    // Nested inline objects of a body are named after the path, its slashes made underscores.
    const path = this.naming.bodyPath?.(op.path) ?? op.path.replace(/\//g, '_');
    const name = this.naming.bodyName?.(body) ?? this.naming.requestBody;
    // The converter builds the body of Swagger 2.0 formData parameters (the body no parameter names) without a type.
    const formData = this.converted && body.name === undefined;
    if ((formData && this.hoistableResponse(first)) || (!formData && this.hoistable(first))) {
      const object = { ...first, properties: this.properties(first.properties, path) };
      const schema = this.hoist(object, name, op.pointer, 'body');
      // 4.2.1: the body itself becomes a reference to a new requestBodies entry, which has no description.
      const description = this.naming.bodyKeepsDescription === true ? body.description : undefined;
      return { ...body, description, content: body.content.map((c) => ({ ...c, schema })) };
    }
    if (first.kind === 'array' && this.hoistable(first.items)) {
      const items = { ...first.items, properties: this.properties(first.items.properties, path) };
      const itemsName = this.naming.bodyName === undefined ? (this.naming.requestBodyItems ?? name) : name;
      const schema = { ...first, items: this.hoist(items, itemsName, op.pointer, this.naming.sharedBodyItems === true ? 'model' : 'body') };
      return { ...body, content: body.content.map((c) => ({ ...c, schema })) };
    }
    return body;
  }

  /** flattenResponses: the first media type's schema decides; every media type gets the reference. */
  private responses(op: Operation): Operation['responses'] {
    const resolved = new Map<string, Response>();
    const statuses = op.responses.map((r) => r.status);
    for (const status of this.naming.responseOrder?.(statuses) ?? statuses) {
      const r = op.responses.find((each) => each.status === status);
      if (r !== undefined) resolved.set(status, this.response(op, r));
    }
    return op.responses.map((r) => resolved.get(r.status) ?? r);
  }

  private response(op: Operation, r: Response): Response {
    const written = r.content[0]?.schema;
    if (!written) return r;
    const first = this.asProperty(written);
    // `allOf: [X]` is a composed schema to 4.2.1's flattenResponses, which leaves it as written, a
    // map or array X included (test/emit/go/cases/allof-map-members).
    if (first.allOfWrapper !== undefined && this.naming.composed !== 'lastInline') return r;
    const wanted = this.naming.response(r.status);
    let replaced: Schema | undefined;
    if (this.hoistableResponse(first)) replaced = this.hoist(first, wanted, op.pointer);
    else if (first.kind === 'array' && this.hoistable(first.items)) {
      const items = { ...first.items, properties: this.properties(first.items.properties, op.path) };
      replaced = { ...first, items: this.hoist(items, wanted, op.pointer) };
    } else {
      const map = mapValues(first, this.naming);
      if (map !== undefined && this.hoistable(map.values)) {
        const byPath = this.naming.mapResponseNestedByPath === true;
        const values = byPath ? { ...map.values, properties: this.properties(map.values.properties, op.path) } : map.values;
        replaced = withValues(map.map, this.hoist(values, wanted, op.pointer));
      }
    }
    if (!replaced) return r;
    const schema = replaced;
    return { ...r, content: r.content.map((c): MediaContent => ({ ...c, schema })) };
  }

  /**
   * flattenParameters: a parameter's inline `type: object` becomes a model named after its title or
   * the parameter (nested objects after the path), never shared; inline object items of an array
   * parameter become one like a property's. 4.2.1 hoists the parameter's object where the parser
   * keeps it, so a path-level parameter, one object for all its path's operations, is hoisted again
   * for each of them, and every one of them shows the last name (`parameter.$ref(modelName)`).
   */
  private parameters(op: Operation): void {
    if (this.naming.parametersStayInline === true) return;
    const path = this.naming.bodyPath?.(op.path) ?? op.path.replace(/\//g, '_');
    for (const [index, p] of op.parameters.entries()) {
      const key = p.pointer ?? `${op.pointer}/parameters/${index}`;
      const schema = p.schema;
      // flattenParameters reads parameter.getSchema() alone: an object written under `content`
      // stays inline (rudder's `query`; test/emit/go/cases/content-parameters-inline).
      if (p.schemaInContent === true) continue;
      if (this.hoistable(schema)) {
        const object = { ...schema, properties: this.properties(schema.properties, path) };
        this.parameterSchemas.set(key, this.hoist(object, p.name, key, 'body'));
      } else if (schema.kind === 'array' && this.hoistable(schema.items)) {
        const items = { ...schema.items, properties: this.properties(schema.items.properties, path) };
        this.parameterSchemas.set(key, { ...schema, items: this.hoist(items, p.name, key) });
      }
    }
  }

  /** Each parameter as the last visit of its object left it. */
  withParameters(op: Operation): Operation {
    const parameters = op.parameters.map((p, index) => {
      const schema = this.parameterSchemas.get(p.pointer ?? `${op.pointer}/parameters/${index}`);
      return schema === undefined ? p : { ...p, schema };
    });
    return { ...op, parameters };
  }

  /** One operation (a callback's too), its nested objects named after `pathname`. */
  operation(op: Operation, pathname = op.path): Operation {
    const named = { ...op, path: pathname };
    const requestBody = this.requestBody(named);
    this.parameters(named);
    return { ...op, requestBody, responses: this.responses(named) };
  }

  /** swagger-codegen 2.2: a composed schema's last inline member (its "child") has its properties flattened under `name`. */
  private lastInlineMember(schema: Extract<Schema, { kind: 'allOf' | 'oneOf' | 'anyOf' }>, name: string): Schema {
    let last = -1;
    schema.members.forEach((m, i) => {
      if (m.kind === 'object') last = i;
    });
    const members = schema.members.map((m, i) => (i === last && m.kind === 'object' ? { ...m, properties: this.properties(m.properties, name) } : m));
    return { ...schema, members };
  }

  /** flattenComponents: named schemas' properties, and inline members of composed ones. */
  components(count: number): void {
    for (let i = 0; i < count; i += 1) {
      const named = this.models.list[i];
      if (!named) continue;
      const schema = named.schema;
      let flattened: Schema = schema;
      if ((schema.kind === 'allOf' || schema.kind === 'oneOf' || schema.kind === 'anyOf') && this.naming.composed === 'lastInline') {
        flattened = this.lastInlineMember(schema, named.name);
      } else if (schema.kind === 'array' && this.naming.arrayItems !== undefined && this.hoistable(schema.items)) {
        flattened = { ...schema, items: this.hoist(schema.items, this.naming.arrayItems(named.name), named.pointer) };
      } else if (schema.kind === 'allOf' || schema.kind === 'oneOf' || schema.kind === 'anyOf') {
        const key = `${named.name}_${schema.kind}`;
        flattened = {
          ...schema,
          // flattenComposedChildren: only an ObjectSchema member, one written `type: object`.
          members: schema.members.map((m) => (this.hoistable(m) ? this.hoist(m, key, named.pointer) : m)),
        };
      } else if (schema.kind === 'object' && schema.allOfWrapper !== undefined && this.naming.composed !== 'lastInline') {
        // `Name: {allOf: [inline object]}`: its member is a model `<Name>_allOf` too, whose
        // properties (its nested objects hoisted, `<Name>_allOf_data`) Name's own page lists
        // (test/emit/go/cases/single-allof-nested-objects).
        const member = { ...schema, allOfWrapper: undefined };
        if (this.hoistable(member)) {
          const ref = this.hoist(member, `${named.name}_allOf`, named.pointer);
          const hoisted = ref.kind === 'ref' ? this.models.get(ref.name)?.schema : undefined;
          if (hoisted?.kind === 'object') flattened = { ...schema, properties: hoisted.properties };
        }
      } else if (schema.kind === 'object') {
        flattened = { ...schema, properties: this.properties(schema.properties, named.name) };
      }
      this.models.list[i] = { ...named, schema: flattened };
    }
  }
}

/** The Api with every inline object schema hoisted into a named one, appended after the spec's own. */
/**
 * Each operation to visit with the path its nested objects are named after. 4.2.1's flattenPaths
 * takes one path at a time: its operations, then the operations of their inline callbacks, named
 * after that path (test/emit/go/cases/callback-models).
 */
function visits(order: readonly Operation[], rules: InlineRules): [Operation, string][] {
  return pathVisits(order, rules.callbacksStayInline !== true);
}

/**
 * Operations one path at a time: its operations, then (`readCallbacks`) the operations of their
 * inline callbacks, each with the path it is named after (a callback's, its operation's).
 * 4.2.1's and 6.0's flattenPaths both walk so.
 */
export function pathVisits(order: readonly Operation[], readCallbacks: boolean): [Operation, string][] {
  const out: [Operation, string][] = [];
  let pending: [Operation, string][] = [];
  order.forEach((op, i) => {
    out.push([op, op.path]);
    // A callback written as a `$ref` (to components/callbacks) is not read.
    const read = readCallbacks ? (op.callbacks ?? []).filter((c) => c.referenced !== true) : [];
    for (const c of read) for (const each of c.operations) pending.push([each, op.path]);
    if (order[i + 1]?.path !== op.path) {
      out.push(...pending);
      pending = [];
    }
  });
  return out;
}

export function resolveInlineModels(api: Api, naming: InlineRules = OPENAPI_GENERATOR_4): Api {
  const resolver = new Resolver(api, naming);
  // Visited in the generator's order (it decides who gets `_1`), returned in the Api's.
  const resolved = new Map<Operation, Operation>();
  for (const [op, pathname] of visits(naming.visitOrder?.(api.operations) ?? api.operations, naming)) resolved.set(op, resolver.operation(op, pathname));
  const operations = api.operations.map((op) => {
    const done = resolver.withParameters(resolved.get(op) ?? op);
    const callbacks = op.callbacks?.map((c) => ({ ...c, operations: c.operations.map((each) => resolver.withParameters(resolved.get(each) ?? each)) }));
    return callbacks === undefined ? done : { ...done, callbacks };
  });
  resolver.components(api.schemas.length);
  return { ...api, operations, schemas: resolver.named() };
}
