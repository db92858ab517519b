/**
 * Where swagger-codegen 2.2's InlineModelResolver (with its Swagger parser 1.0) differs from
 * openapi-generator 4.2.1's beyond the names: rules the kit's resolver (inline-models.ts) takes as
 * parameters. Every member is optional; without it the resolver keeps 4.2.1's rule. Each rule was
 * read off the 2.2.2 jar's output on small invented specs (test/emit/python/quirks/inline-*).
 */
import type { HttpMethod, Operation, Property, RequestBody, Schema } from '../../model/types.js';
import { documentedProperties } from './allof-properties.js';
import type { InlineNaming } from './inline-models.js';
import { jsonWithoutExtensions } from '../../model/extensions.js';

type ObjectSchema = Extract<Schema, { kind: 'object' }>;

export interface InlineRules extends InlineNaming {
  /** An inline body's name from its parameter (2.2: the body parameter's own name), instead of `requestBody`. */
  readonly bodyName?: (body: RequestBody) => string;
  /**
   * A form body (multipart, urlencoded) that no body parameter named stays a set of form fields:
   * 2.2 hoists `in: body` parameters only, and Swagger 2.0's formData parameters arrive unnamed.
   */
  readonly formsStayFields?: boolean;
  /** With formsStayFields: a Swagger 2.0 formData body stays fields whatever the operation consumes (RequestBody.formData). */
  readonly formDataStaysFields?: boolean;
  /** A body written as a `$ref` to components/requestBodies is flattened like an inline one (4.2.1 leaves it). */
  readonly referencedBodiesFlattened?: boolean;
  /** Callbacks' inline objects stay inline (2.2 reads Swagger 2.0, which has none). */
  readonly callbacksStayInline?: boolean;
  /** Parameters' inline objects stay inline (2.2 flattens body parameters only). */
  readonly parametersStayInline?: boolean;
  /** A body keeps its description (2.2 only swaps the body parameter's schema for a reference). */
  readonly bodyKeepsDescription?: boolean;
  /** Inline objects of an array body are deduplicated like any other model (2.2's matchGenerated). */
  readonly sharedBodyItems?: boolean;
  /** What nested objects of a body are named after (`<path>_<prop>`): 4.2.1 makes the slashes underscores. */
  readonly bodyPath?: (path: string) => string;
  /** The nested objects of a map response's values are named after the URL path, as array items' are. */
  readonly mapResponseNestedByPath?: boolean;
  /** Objects written without `type: object` are hoisted too (2.2's parser reads them as objects). */
  readonly untypedObjects?: boolean;
  /**
   * The properties the generator's parser reads: an object none of them is left to stays inline,
   * and two objects are compared on these (2.2 reads no property written with allOf).
   */
  readonly readProperties?: (properties: readonly Property[]) => readonly Property[];
  /**
   * An object with `additionalProperties: true` beside its properties is still an object, hoisted
   * (2.2); 4.2.1's parser makes it a map, as it does one with an additionalProperties schema.
   */
  readonly openObjectsHoisted?: boolean;
  /** The additionalProperties schema beside an object's properties is never hoisted (4.2.1 hoists it like a map's values). */
  readonly besideValuesStayInline?: boolean;
  /** A property whose inline object became a reference is optional (2.2's fresh RefProperty has no `required`). */
  readonly hoistedPropertiesOptional?: boolean;
  /** The object items of a `type: object` property with `items` stay inline (the 2.2 rules, as before; 4.2.1 hoists them). */
  readonly objectItemsStayInline?: boolean;
  /** Every wanted name (or title) is cleaned before it is made unique (2.2's uniqueName). */
  readonly cleanName?: (name: string) => string;
  /** What a wanted name is compared as when asking whether it is taken (default: as written). */
  readonly nameKey?: (name: string) => string;
  /** What two hoisted objects must share to be one model (default: 4.2.1's, description, example, nullable and properties). */
  readonly signature?: (object: ObjectSchema) => string;
  /** The order operations and their responses are visited in, which decides who gets `_1` (default: spec order). */
  readonly visitOrder?: (operations: readonly Operation[]) => readonly Operation[];
  readonly responseOrder?: (statuses: readonly string[]) => readonly string[];
  /**
   * A composed schema: `members` hoists each inline member as `<Name>_allOf` (4.2.1); `lastInline`
   * only flattens the properties of its last inline member, the one 2.2's parser keeps (its "child").
   */
  readonly composed?: 'members' | 'lastInline';
  /** A named array schema's inline object items become a model of this name (2.2: `<Name>_inner`). */
  readonly arrayItems?: (name: string) => string;
  /**
   * A schema as the generator's parser reads it where it reads a property (a property, its array
   * items or map values, a response): 2.2 reads a composition with properties beside it as an
   * object of those properties alone, its allOf unread.
   */
  readonly readAsProperty?: (schema: Schema) => Schema;
}

/** Swagger parser 1.0's PropertyDeserializer: `properties` make an ObjectProperty; allOf is never looked at. */
function compositionAsObject(schema: Schema): Schema {
  if ((schema.kind !== 'allOf' && schema.kind !== 'oneOf' && schema.kind !== 'anyOf') || schema.properties === undefined) return schema;
  const { members: _members, discriminator: _discriminator, properties, additionalProperties, ...common } = schema;
  return { ...common, kind: 'object', properties, additionalProperties, typed: false };
}

/** Swagger (2.0) Path.getOperations(): the order 2.2 walks one path's operations in. */
const SWAGGER_METHOD_ORDER: readonly HttpMethod[] = ['get', 'put', 'head', 'post', 'delete', 'patch', 'options', 'trace'];

/** Paths in spec order, each path's operations in Path.getOperations() order. */
function swaggerVisitOrder(operations: readonly Operation[]): readonly Operation[] {
  const byPath = new Map<string, Operation[]>();
  for (const op of operations) byPath.set(op.path, [...(byPath.get(op.path) ?? []), op]);
  const rank = (op: Operation): number => SWAGGER_METHOD_ORDER.indexOf(op.method);
  return [...byPath.values()].flatMap((ops) => ops.sort((a, b) => rank(a) - rank(b)));
}

/**
 * The JSON 2.2 compares (Json.pretty of modelFromProperty's model): no title, no boolean
 * additionalProperties, no type, and not the object's own x-nullable (a vendor extension of the
 * property, which modelFromProperty does not copy: webflow's nullable `preprocessConfig` shares
 * ModelPreprocessConfig); its properties keep theirs.
 */
function modelSignature(object: ObjectSchema): string {
  const values = object.additionalProperties === true ? undefined : object.additionalProperties;
  const properties = readBy22(object.properties);
  return jsonWithoutExtensions({ ...object, properties, title: undefined, typed: undefined, nullable: false, additionalProperties: values });
}

/**
 * 2.2's Swagger parser reads no composition in a property, nor a property without a type
 * (`{description: …}`, `{additionalProperties: …}`): such a property is not there at all, so an object of nothing else stays
 * inline (Telegram's `{chat_id: {description}}` bodies).
 */
export function readBy22(properties: readonly Property[]): readonly Property[] {
  return documentedProperties(properties, 'dropped').filter((p) => !untypedProperty(p.schema));
}

/** A property 2.2's PropertyDeserializer builds nothing of: no type (also with only `items`: nytimes' `media: {items: {}}`), a map without `type: object`. */
export function untypedProperty(s: Schema): boolean {
  return (s.kind === 'any' && !s.object) || (s.kind === 'map' && s.typed === false) || (s.kind === 'array' && s.typeOmitted === true);
}

/** swagger-codegen 2.2.2 (`-l python` and its other clients), checked with its jar. */
export const SWAGGER_CODEGEN_2_2: InlineRules = {
  requestBody: 'body',
  response: (status) => `inline_response_${status}`,
  bodyName: (body) => body.name ?? 'body',
  formsStayFields: true,
  parametersStayInline: true,
  callbacksStayInline: true,
  referencedBodiesFlattened: true,
  bodyKeepsDescription: true,
  sharedBodyItems: true,
  bodyPath: (path) => path,
  mapResponseNestedByPath: true,
  untypedObjects: true,
  openObjectsHoisted: true,
  besideValuesStayInline: true,
  readProperties: readBy22,
  hoistedPropertiesOptional: true,
  objectItemsStayInline: true,
  // uniqueName: key.replaceAll("[^a-z_\\.A-Z0-9 ]", "").
  cleanName: (name) => name.replace(/[^a-z_.A-Z0-9 ]/g, ''),
  signature: modelSignature,
  visitOrder: swaggerVisitOrder,
  // The parser keeps responses in a sorted map: `200`, `2XX`, `404`, `default`.
  responseOrder: (statuses) => [...statuses].sort(),
  composed: 'lastInline',
  arrayItems: (name) => `${name}_inner`,
  readAsProperty: compositionAsObject,
};
