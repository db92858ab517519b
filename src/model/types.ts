/**
 * The language-neutral description of an API. Builders (one per spec version) fill it from a
 * loaded document; emitters read only this. Nothing here knows which languages exist, and every
 * string keeps the spelling of the spec: naming and escaping happen in the emitters.
 */

import type { WrittenNull } from './written-null.js';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

export interface Api {
  /** Which spec dialect it came from: some doc styles reproduce a dialect's quirks. */
  readonly dialect: 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1';
  /** True when some operation, parameter, body or schema has prose written as `null` (written-null.ts). */
  readonly nullProse?: true | undefined;
  readonly title: string;
  /** info.version */
  readonly version: string;
  readonly description?: string | undefined;
  /** info.license: its SPDX `identifier` (OpenAPI 3.1) or else its `name`. */
  readonly license?: string | undefined;
  /** info.contact.email, when the spec gives one. */
  readonly contactEmail?: string | undefined;
  /**
   * Base URL for the docs' "All URIs are relative to": scheme://host+basePath (Swagger 2.0, first
   * scheme) or the first server URL (OpenAPI 3), trailing `/` removed; `http://localhost` when
   * there is none or it is relative.
   */
  readonly baseUrl: string;
  /**
   * Swagger 2.0 only: the first scheme, host and basePath exactly as written (basePath `null` when
   * the document says `null`), for doc styles whose generator prints them untrimmed.
   */
  readonly writtenLocation?: { readonly scheme?: string | undefined; readonly host?: string | undefined; readonly basePath?: string | null | undefined } | undefined;
  readonly servers: readonly Server[];
  readonly tags: readonly Tag[];
  /** In spec order: paths in document order, then methods in the order of HttpMethod above. */
  readonly operations: readonly Operation[];
  /** Named schemas (definitions / components.schemas) in document order. */
  readonly schemas: readonly NamedSchema[];
  readonly securitySchemes: readonly SecurityScheme[];
}

export interface Server {
  /** The URL with every variable at its default. */
  readonly url: string;
  readonly description?: string | undefined;
  /** The URL as the spec spells it, `{name}` for each variable; absent when it is `url`. */
  readonly template?: string | undefined;
  /** The server's variables in spec order; absent or empty when it has none. */
  readonly variables?: readonly ServerVariable[] | undefined;
}

export interface ServerVariable {
  readonly name: string;
  readonly default: string;
  /** The only values allowed, in spec order, when the spec lists them. */
  readonly enum?: readonly string[] | undefined;
  readonly description?: string | undefined;
}

export interface Tag {
  readonly name: string;
  readonly description?: string | undefined;
}

export interface Operation {
  /** The operationId exactly as the spec spells it, when it has one. */
  readonly operationId?: string | undefined;
  /**
   * operationId, or one derived from path and method when missing (openapi-generator's rule:
   * `DELETE /session/{id}` → `sessionIdDelete`, `GET /static-session/{id}` → `static_sessionIdGet`).
   * Languages case it further.
   */
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** Tags in spec order; the first decides the API class. Empty when the spec gives none. */
  readonly tags: readonly string[];
  /**
   * True when the spec wrote `tags: []` (present only then): swagger-codegen 2.2 lists such an
   * operation under no class, where one without `tags` goes to `default`.
   */
  readonly tagsWrittenEmpty?: true | undefined;
  readonly summary?: string | undefined;
  readonly description?: string | undefined;
  /** Prose the spec wrote as `null`, read as none above (written-null.ts); present only then. */
  readonly writtenNull?: WrittenNull | undefined;
  readonly deprecated: boolean;
  /** Path, query, header and cookie parameters in declared order (path-item level first, overridden by operation level). */
  readonly parameters: readonly Parameter[];
  /**
   * The path item's parameters and the operation's own, each as written, present only when one
   * written as a `$ref` shares its name with another of them (Swagger 2.0 and OpenAPI 3): the Java parsers behind
   * openapi-generator let such a reference replace the other (spoonacular's path-level
   * `$ref: '#/components/parameters/id'` beside an operation's own `id`; kit/referenced-parameters.ts),
   * where `parameters` keeps the operation's own.
   */
  readonly writtenParameters?: WrittenParameters | undefined;
  readonly requestBody?: RequestBody | undefined;
  /** Responses in spec order. */
  readonly responses: readonly Response[];
  /**
   * Media types the operation declares it consumes. Swagger 2.0: the operation's `consumes`, or the
   * global one (even when there is no body). OpenAPI 3: the requestBody content types.
   */
  readonly consumes: readonly string[];
  /**
   * Media types it may answer with: the union of all response content types in order of first
   * appearance (Swagger 2.0: `produces` for responses with a schema).
   */
  readonly produces: readonly string[];
  /**
   * Swagger 2.0 only: `produces` as declared (the operation's, else the global one), whether or not
   * a response has a body; swagger-codegen 2.2 prints this list. Undefined for OpenAPI 3.
   */
  readonly declaredProduces?: readonly string[] | undefined;
  /** Effective security: the operation's own requirement, else the global one. Empty: none. */
  readonly security: readonly SecurityRequirement[];
  /** JSON pointer of the operation in the source document, for messages. */
  readonly pointer: string;
  /** `x-sunset`: the date the API owner plans to remove a (deprecated) operation, as written. */
  readonly sunset?: string | undefined;
  /**
   * OpenAPI 3 `callbacks`: the requests the API makes back to the client, in spec order. They are
   * not operations of the API (no client calls them); generators still hoist their inline models.
   * Only an API operation has them: a callback's own callbacks are not read.
   */
  readonly callbacks?: readonly Callback[] | undefined;
}

/** One callback of an operation: its name, the runtime expression of its URL, its operations. */
export interface Callback {
  readonly name: string;
  readonly expression: string;
  /** In the same method order as the API's operations; `path` is the expression. */
  readonly operations: readonly Operation[];
  /**
   * True when the operation names a `components/callbacks` entry by `$ref` rather than writing
   * it inline: openapi-generator 4.2.1's inline model resolver does not read such a callback.
   */
  readonly referenced?: boolean | undefined;
}

/** See Operation.writtenParameters. */
export interface WrittenParameters {
  readonly pathItem: readonly WrittenParameter[];
  readonly own: readonly WrittenParameter[];
}

/** A parameter as its list wrote it: `referenced` when written as a `$ref`. */
export interface WrittenParameter {
  readonly parameter: Parameter;
  readonly referenced: boolean;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface Parameter {
  /** Wire name exactly as in the spec. */
  readonly name: string;
  readonly in: ParameterLocation;
  readonly description?: string | undefined;
  /** Prose the spec wrote as `null`, read as none above (written-null.ts); present only then. */
  readonly writtenNull?: WrittenNull | undefined;
  readonly required: boolean;
  readonly deprecated: boolean;
  readonly schema: Schema;
  /** Serialization (OpenAPI 3 style/explode; Swagger 2.0 collectionFormat mapped onto them). */
  readonly style: 'form' | 'simple' | 'label' | 'matrix' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode: boolean;
  readonly allowReserved: boolean;
  readonly example?: unknown;
  /** JSON pointer of the parameter in the source document (path-item or operation level). */
  readonly pointer?: string | undefined;
  /** The `$ref` the parameter was written as, when it points outside the components (see SchemaCommon.strayRef). */
  readonly strayRef?: string | undefined;
  /**
   * OpenAPI 3: the schema was written under `content` (a media type) rather than `schema`; present
   * only then. openapi-generator 4.2.1's inline model resolver never looks there (kit/inline-models.ts).
   */
  readonly schemaInContent?: true | undefined;
}

export interface RequestBody {
  /**
   * A name given by the spec: Swagger 2.0's body parameter name or `x-codegen-request-body-name`.
   * When absent, emitters derive one (model name, else `body`).
   */
  readonly name?: string | undefined;
  readonly description?: string | undefined;
  /** Prose the spec wrote as `null`, read as none above (written-null.ts); present only then. */
  readonly writtenNull?: WrittenNull | undefined;
  readonly required: boolean;
  /** One entry per media type, in spec order. */
  readonly content: readonly MediaContent[];
  /** JSON pointer of the body (OpenAPI 3 requestBody, Swagger 2.0 body parameter). */
  readonly pointer?: string | undefined;
  /**
   * Present (true) only for a Swagger 2.0 operation's formData parameters gathered into this
   * body: swagger-codegen 2.2 keeps them one argument each whatever the operation consumes
   * (ComputerVision's formData `body` beside `consumes: [application/octet-stream, …]`).
   */
  readonly formData?: true | undefined;
  /**
   * True when the operation names a `components/requestBodies` entry by `$ref` rather than writing
   * its body inline: openapi-generator 4.2.1 neither hoists such a body's schema nor reads it as
   * form fields.
   */
  readonly referenced?: boolean | undefined;
}

export interface MediaContent {
  readonly mediaType: string;
  /** The media type's schema; the empty schema when it declares none (see `schemaless`). */
  readonly schema: Schema;
  /** JSON pointer of the schema in the source document. */
  readonly pointer?: string | undefined;
  /** True when the media type declares no schema at all (only an example, or nothing). */
  readonly schemaless?: boolean | undefined;
}

export interface Response {
  /** `200`, `4XX`, `default`, ... */
  readonly status: string;
  readonly description?: string | undefined;
  readonly content: readonly MediaContent[];
  readonly headers: readonly ResponseHeader[];
  /** JSON pointer of the response in the source document. */
  readonly pointer?: string | undefined;
  /** The `$ref` the response was written as, when it points outside the components (see SchemaCommon.strayRef). */
  readonly strayRef?: string | undefined;
}

export interface ResponseHeader {
  readonly name: string;
  readonly description?: string | undefined;
  readonly schema: Schema;
}

export interface NamedSchema {
  /** The key under definitions / components.schemas, as spelled in the spec. */
  readonly name: string;
  readonly schema: Schema;
  readonly pointer: string;
}

/** What every schema may carry besides its shape. */
export interface SchemaCommon {
  /** What a one-member `allOf` around this schema said (see AllOfWrapper). */
  readonly allOfWrapper?: AllOfWrapper | undefined;
  readonly description?: string | undefined;
  /** Prose the spec wrote as `null`, read as none above (written-null.ts); present only then. */
  readonly writtenNull?: WrittenNull | undefined;
  readonly title?: string | undefined;
  readonly nullable: boolean;
  readonly readOnly: boolean;
  readonly writeOnly: boolean;
  readonly deprecated: boolean;
  /** Present only when the spec gives one (`undefined` is not a default). */
  readonly default?: { readonly value: unknown } | undefined;
  readonly example?: { readonly value: unknown } | undefined;
  /**
   * An `enum` written beside `type: object` (docker's `{type: object, enum: [{}], default: {}}`),
   * present only then: no client type holds it, but openapi-generator 6.0 prints such a default
   * as an enum variant (emit/rust/enum-default.ts). Primitive enums are the shape's own `enum`.
   */
  readonly objectEnum?: readonly unknown[] | undefined;
  /**
   * Present (true) only when a non-empty `enum` is written beside `type: array` or `items`
   * (nytimes' `GeoFacet: {enum: [""], items: {}, oneOf: [...]}`): JSON Schema checks the array
   * against the values, no client type holds them; openapi-generator 6.0 reads a `$ref` to such a
   * named schema as a model it never writes (emit/rust/enum-arrays.ts).
   */
  readonly arrayEnum?: true | undefined;
  /** Validation keywords, present only when the spec gives at least one. */
  readonly constraints?: Constraints | undefined;
  /**
   * The schema's own vendor extensions (`x-…` keys, as written), present only when it has one.
   * Nothing prints them; 6.0 tells two inline schemas apart by them (kit/inline-models-gather.ts).
   */
  readonly extensions?: Readonly<Record<string, unknown>> | undefined;
  /**
   * The `$ref` this schema was written as, when it points outside the components (into
   * `#/paths/...`): the model holds its target inlined. openapi-generator 4.2.1 cannot follow such
   * a reference (kit/stray-refs.ts).
   */
  readonly strayRef?: string | undefined;
  /**
   * The `$ref` this schema was written as, when it points inside a named schema of an OpenAPI 3
   * document (linode's `#/components/schemas/LKECluster/properties/label`): the model holds its
   * target inlined. openapi-generator 6.0 names such a reference after its last segment, a model
   * no document declares, and so does 4.2.1 (emit/kit/inner-refs.ts, for referenceDocs only).
   */
  readonly innerRef?: string | undefined;
  /**
   * Set when `nullable` is true only because of `x-nullable: true` (not `nullable: true` nor a
   * `null` type). openapi-generator 4.2.1's OpenAPI 3 parser does not read the extension (its
   * Swagger 2.0 converter does): emit/go/parsed-text.ts.
   */
  readonly nullableByExtension?: true | undefined;
  /**
   * `items` written beside a primitive type or a composition (oxforddictionaries' `{type: string,
   * items}`, docker's `{oneOf, items}`), only present then. JSON Schema ignores it; the parser
   * behind openapi-generator 6.0 reads such a schema as an array of them, which the Rust crate
   * keeps only beside a composition that allows an array (emit/kit/items-beside.ts).
   */
  readonly itemsBeside?: Schema | undefined;
  /**
   * `additionalProperties` written beside a primitive type (spotify's `{type: integer,
   * additionalProperties: true}`, vtex's `{type: string, additionalProperties: {type: string}}`,
   * linqr's `{type: string, format: email, additionalProperties: false}`), only present then: the
   * values' schema, else whether it was `true` (any value) or `false`. JSON Schema ignores it, and
   * so does every client here. openapi-generator 6.0 reads such a schema as a map unless `false`
   * (the Rust referenceDocs); 4.2.1 as a map, and `false` as a free-form object (the Go
   * referenceDocs; both emit/kit/values-beside.ts; an OpenAPI 3 `items` beside a primitive,
   * SchemaCommon.itemsBeside, is 4.2.1's array: emit/kit/items-beside.ts).
   */
  readonly valuesBeside?: Schema | boolean | undefined;
  /**
   * `properties` written beside a primitive type or an array (npr's `{type: string, properties}`
   * XML elements with attributes, vtex's `{type: array, items: {}, properties}`), only present
   * then. JSON Schema and the clients ignore them (a client reading such an object would drop the
   * string or list a server sends); swagger-codegen 2.2's parser reads such a property as an
   * object of them, such a definition as a model with them (emit/python/properties-beside-type.ts).
   */
  readonly propertiesBesideType?: readonly Property[] | undefined;
}

/**
 * The JSON Schema validation keywords. Exclusive bounds are numbers in every dialect: OpenAPI
 * 3.0's `exclusiveMinimum: true` beside `minimum: 5` becomes `exclusiveMinimum: 5`.
 */
export interface Constraints {
  readonly minimum?: number | undefined;
  readonly maximum?: number | undefined;
  readonly exclusiveMinimum?: number | undefined;
  readonly exclusiveMaximum?: number | undefined;
  readonly multipleOf?: number | undefined;
  readonly minLength?: number | undefined;
  readonly maxLength?: number | undefined;
  readonly minItems?: number | undefined;
  readonly maxItems?: number | undefined;
  readonly uniqueItems?: boolean | undefined;
  readonly minProperties?: number | undefined;
  readonly maxProperties?: number | undefined;
}

export type Schema = SchemaCommon & SchemaShape;

export type SchemaShape =
  | RefShape
  | PrimitiveShape
  | ArrayShape
  | MapShape
  | ObjectShape
  | CompositeShape
  | AnyShape;

/** A use of a named schema. Kept as a reference (never inlined) so recursion stays finite. */
export interface RefShape {
  readonly kind: 'ref';
  readonly name: string;
  /**
   * A primitive or `object` `type` written beside the `$ref` (`{$ref: X, type: string}`, as
   * Twilio's specs write enum parameters; `{$ref: X, type: object}`, as Airflow's write model
   * properties). JSON Schema 2019 and most readers ignore it; openapi-generator 4.2.1 reads a
   * parameter so written with a primitive type as a primitive, and links a model property so
   * written with `object` to `.md`.
   */
  readonly siblingType?: string;
}

/**
 * Set when the schema was written as a one-member `allOf: [X]`, the way specs attach a
 * description or nullable to a reference: what that wrapper said. The schema is X itself, its
 * common fields X's; doc styles that print the wrapper's description (or, as openapi-generator
 * 4.2.1, treat the wrapper as a composition) read it here. On a reference, and on any other X.
 */
export interface AllOfWrapper {
  readonly description?: string | undefined;
  readonly nullable: boolean;
  readonly readOnly: boolean;
  /**
   * The wrapper's own `title`, only present when it writes one (openstates' `organization:
   * {title: Organization, allOf: [$ref]}`): openapi-generator 6.0 names the model it hoists for
   * such a property after it (`Organization_1`) and tells two wrappers apart by it
   * (kit/inline-models-gather.ts, test/emit/rust/quirks/allof-wrapper-title).
   */
  readonly title?: string | undefined;
  /**
   * `type: object` written beside the allOf, only present then: swagger-codegen 2.2 reads such a
   * property as a plain object, and openapi-generator 6.0 does not take it for nullable (spotify's
   * `chapters`, emit/rust/composed.ts).
   */
  readonly typeObject?: true | undefined;
  /**
   * The names the wrapper's own `required` lists (shipengine's `address: {allOf: [partial_address],
   * required: [...]}`), only present when it lists some: openapi-generator 4.2.1 requires them of
   * X's properties on the named schema's page (test/emit/go/cases/required-beside-single-allof), and
   * openapi-generator 6.0 reads the wrapper as a composition whose `required` applies
   * (kit/inline-models-gather.ts asComposition).
   */
  readonly required?: readonly string[] | undefined;
  /**
   * The wrapper's own `default` with the primitive `type` written beside it (shipengine's
   * `label_layout: {allOf: [$ref], type: string, default: 4x6}`), only present when it writes
   * both: 4.2.1's parser keeps a default only where it knows the type
   * (test/emit/go/cases/wrapper-typed-defaults).
   */
  readonly typedDefault?: { readonly value: unknown; readonly type: 'string' | 'integer' | 'number' | 'boolean' } | undefined;
}

export interface PrimitiveShape {
  readonly kind: 'primitive';
  readonly type: 'string' | 'integer' | 'number' | 'boolean';
  /** `int32`, `int64`, `float`, `double`, `date`, `date-time`, `binary`, `byte`, `uuid`, ... */
  readonly format?: string | undefined;
  /** Allowed values, in spec order. */
  readonly enum?: readonly (string | number | boolean | null)[] | undefined;
  readonly pattern?: string | undefined;
  /**
   * Present (true) only for Swagger 2.0's `type: file`, which the model reads as a binary string.
   * swagger-codegen 2.2 types only that a file: a Swagger 2.0 string written `format: binary` is
   * a `str` to it (emit/python/types.ts); every other target reads the two alike.
   */
  readonly swaggerFile?: true | undefined;
  /**
   * Present (true) only when no `type` was written and the type is read from the enum's values
   * (nexmo's `enum: [true, false, 0, 1]`): swagger-codegen 2.2 reads such a parameter as a string
   * (emit/python/params.ts).
   */
  readonly typeFromEnum?: true | undefined;
}

export interface ArrayShape {
  readonly kind: 'array';
  readonly items: Schema;
  /**
   * Present (true) only when the spec wrote `additionalProperties: false` beside the array (hsbc's
   * `Brand`). Meaningless to JSON Schema; 6.0 then hoists nothing from its items.
   */
  readonly closed?: true | undefined;
  /**
   * Present (true) only when the spec wrote `properties` (some) beside `type: array`. JSON Schema
   * and every reader ignore them, but openapi-generator writes a named array so written a model
   * page (an empty one), where it writes none for other arrays.
   */
  readonly propertiesBeside?: true | undefined;
  /**
   * Present (true) only when `type: array` has no `items` (which OpenAPI requires): the items are
   * read as anything. openapi-generator 4.2.1 names such an array `Array`, as it would a model.
   */
  readonly itemsOmitted?: true | undefined;
  /**
   * Present (true) only when no `type` was written and `items` made it an array (nytimes'
   * `{items: {}}`): swagger-codegen 2.2's parser builds neither a model nor a property of it.
   */
  readonly typeOmitted?: true | undefined;
}

/** An object with only additionalProperties: a string-keyed dictionary. */
export interface MapShape {
  readonly kind: 'map';
  readonly values: Schema;
  /**
   * False when the spec wrote additionalProperties without `type: object` (else absent or true):
   * swagger-codegen 2.2's parser reads no map of such a schema.
   */
  readonly typed?: boolean | undefined;
}

export interface ObjectShape {
  readonly kind: 'object';
  /** Properties in spec order. */
  readonly properties: readonly Property[];
  /** additionalProperties beside named properties: a schema, or `true` for any. */
  readonly additionalProperties?: Schema | true | undefined;
  /**
   * Present (true) only when the spec wrote `additionalProperties: false`. Nothing prints it;
   * 6.0 tells two inline schemas apart by it (kit/inline-models-gather.ts).
   */
  readonly closed?: true | undefined;
  /**
   * True when the spec said `type: object`; false when the properties stand without a type.
   * Generators treat the two differently (only a typed inline object is hoisted into a model).
   */
  readonly typed?: boolean | undefined;
  /** See AnyShape.requiredOthers. */
  readonly requiredOthers?: readonly string[] | undefined;
}

export interface Property {
  /** Wire name exactly as in the spec. */
  readonly name: string;
  readonly required: boolean;
  readonly schema: Schema;
  /** The `x-example` of the Swagger 2.0 formData parameter this form field was, only when one is written (null included). */
  readonly formExample?: { readonly value: unknown } | undefined;
}

export interface CompositeShape {
  readonly kind: 'allOf' | 'oneOf' | 'anyOf';
  readonly members: readonly Schema[];
  readonly discriminator?: Discriminator | undefined;
  /** additionalProperties written beside the composition: a schema, or `true` for any. */
  readonly additionalProperties?: Schema | true | undefined;
  /** Properties written beside the composition (Azure's `allOf: [Resource]` + `properties`); only present when the spec wrote some. */
  readonly properties?: readonly Property[] | undefined;
  /**
   * The names the composition's own `required` lists, its members' properties included (Azure's
   * `allOf: [Properties, {name}]` + `required: [name]`); only present when the spec wrote some.
   */
  readonly required?: readonly string[] | undefined;
  /**
   * `type: object` written beside the composition (Spotify's `{allOf: [$ref], type: object}`),
   * only present then: swagger-codegen 2.2's parser reads such a property or response as a plain
   * object and the composition not at all (emit/python/types.ts typedComposition).
   */
  readonly typeObject?: true | undefined;
}

export interface Discriminator {
  readonly propertyName: string;
  /** Wire value → schema name, explicit mappings first, then the implicit ones. */
  readonly mapping: readonly { readonly value: string; readonly schema: string }[];
  /**
   * The explicit mapping as written (wire value → target), only when some target is not the
   * named schema's full pointer (`OptionOne` for `#/components/schemas/OptionOne`): generators
   * that compare inline schemas for reuse compare it as written (openapi-generator 6.0).
   */
  readonly written?: Readonly<Record<string, string>> | undefined;
}

/** No constraint at all (`{}`, or `type: object` with nothing else: free-form). */
export interface AnyShape {
  readonly kind: 'any';
  /** True when the spec said `type: object` (a free-form object), false for a bare `{}`. */
  readonly object: boolean;
  /**
   * Present (true) only when `object` comes from an empty `properties: {}` written without a
   * `type` (Azure's `AdvisorProperties`, nrel's `{description, properties: {}}`): openapi-generator
   * 4.2.1 reads such a schema as untyped (test/emit/go/cases/empty-properties-untyped), and
   * swagger-codegen 2.2 makes no model of it (emit/python/plan.ts isBare), and openapi-generator 6.0
   * reads it as AnyType (emit/rust/composed.ts).
   */
  readonly emptyProperties?: true | undefined;
  /**
   * The `type` the spec wrote when it is no JSON Schema type (Looker's `type: any`), which the
   * loader tolerates as no constraint; generators that print such a type as a name need it.
   */
  readonly declared?: string | undefined;
  /** A `format` written without a type (`{format: date}`); only present when the spec wrote one. */
  readonly format?: string | undefined;
  /**
   * True when a schema without a type writes `discriminator`, `xml` or `externalDocs` (only present
   * then). Nothing prints them, but swagger-codegen 2.2 makes a model (and a doc) of such a
   * definition (telegram's `CallbackGame`: a description and externalDocs).
   */
  readonly annotated?: true | undefined;
  /**
   * The names the schema's `required` lists that are none of its properties, only present when
   * there are some: as an allOf member (sendgrid's `{properties: {from}, required: [nickname]}`,
   * nexmo's `{required: [answer_url], title}`) it requires another member's properties.
   */
  readonly requiredOthers?: readonly string[] | undefined;
  /**
   * `items` written beside `type: object` (with no properties nor additionalProperties). JSON
   * Schema ignores them; the Java parsers behind openapi-generator read such a schema as an array
   * of them (appwrite's `{type: object, items: {$ref: permissions}}`). Only present when written.
   */
  readonly items?: Schema | undefined;
}

export type SecurityScheme =
  | { readonly name: string; readonly type: 'http'; readonly scheme: string; readonly bearerFormat?: string | undefined; readonly description?: string | undefined }
  | { readonly name: string; readonly type: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly paramName: string; readonly description?: string | undefined }
  | { readonly name: string; readonly type: 'oauth2'; readonly flows: readonly string[]; readonly scopes: readonly string[]; readonly description?: string | undefined; readonly flowDetails?: readonly OAuthFlow[] | undefined }
  | { readonly name: string; readonly type: 'openIdConnect'; readonly url: string; readonly description?: string | undefined };

/** One OAuth flow as declared (Swagger 2.0 names: `implicit`, `password`, `application`, `accessCode`; OpenAPI 3 keys as written). */
export interface OAuthFlow {
  readonly flow: string;
  readonly authorizationUrl?: string | undefined;
  readonly tokenUrl?: string | undefined;
  /** Scopes in spec order with their descriptions. */
  readonly scopes: readonly { readonly name: string; readonly description: string }[];
}

/** One alternative of a security requirement: every scheme named must be satisfied together. */
export interface SecurityRequirement {
  readonly schemes: readonly { readonly name: string; readonly scopes: readonly string[] }[];
}
