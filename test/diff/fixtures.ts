import type { Level } from '../../src/diff/types.js';
import { carrying, edited, petstore, type Doc } from './specs.js';

/**
 * The fixture table: one or more (base, revision) pairs per check id, with the id and level they
 * must produce. Levels are written here by hand, not read from the rule table, so a rule whose
 * level changes fails this table until someone decides the new level is right.
 */
export interface Fixture {
  readonly id: string;
  readonly level: Level;
  readonly base: Doc;
  readonly revision: Doc;
}

const B: Level = 'breaking';
const W: Level = 'warning';
const I: Level = 'info';

type Edit = (d: any) => void;
const pair = (id: string, level: Level, before: Edit, after: Edit): Fixture => {
  const base = edited(petstore(), before);
  return { id, level, base, revision: edited(base, after) };
};
const change = (id: string, level: Level, after: Edit) => pair(id, level, () => {}, after);
/** The petstore with `edit` as base, the petstore itself as revision. */
const undo = (id: string, level: Level, edit: Edit): Fixture => ({ id, level, base: edited(petstore(), edit), revision: petstore() });

const list = (d: any) => d.paths['/pets'].get;
const create = (d: any) => d.paths['/pets'].post;
const show = (d: any) => d.paths['/pets/{petId}'].get;
const limit = (d: any) => list(d).parameters[0];
const ok = (d: any) => list(d).responses['200'];

const plain: Fixture[] = [
  change('path-removed', B, (d) => delete d.paths['/pets/{petId}']),
  pair('path-removed-after-deprecation', W, (d) => (show(d).deprecated = true), (d) => delete d.paths['/pets/{petId}']),
  change('operation-removed', B, (d) => delete d.paths['/pets'].post),
  pair('operation-removed-after-deprecation', W, (d) => (create(d).deprecated = true), (d) => delete d.paths['/pets'].post),
  change('path-added', I, (d) => (d.paths['/owners'] = { get: { responses: { '200': { description: 'ok' } } } })),
  change('operation-added', I, (d) => (d.paths['/pets/{petId}'].delete = { responses: { '204': { description: 'gone' } } })),
  change('operation-path-changed', B, (d) => {
    d.paths['/animals/{petId}'] = d.paths['/pets/{petId}'];
    delete d.paths['/pets/{petId}'];
  }),
  change('operation-method-changed', B, (d) => {
    d.paths['/pets'].put = create(d);
    delete d.paths['/pets'].post;
  }),
  change('operation-id-changed', B, (d) => (list(d).operationId = 'getPets')),
  change('operation-tag-removed', B, (d) => (list(d).tags = ['store'])),
  change('operation-tag-added', I, (d) => list(d).tags.push('store')),
  change('operation-deprecated', W, (d) => (list(d).deprecated = true)),
  pair('operation-deprecation-removed', I, (d) => (list(d).deprecated = true), (d) => delete list(d).deprecated),
  change('operation-sunset-added', W, (d) => (list(d)['x-sunset'] = '2030-01-01')),
  pair('operation-sunset-earlier', B, (d) => (list(d)['x-sunset'] = '2030-01-01'), (d) => (list(d)['x-sunset'] = '2029-06-01')),
  pair('operation-sunset-later', I, (d) => (list(d)['x-sunset'] = '2030-01-01'), (d) => (list(d)['x-sunset'] = '2031-01-01')),
  pair('operation-sunset-removed', I, (d) => (list(d)['x-sunset'] = '2030-01-01'), (d) => delete list(d)['x-sunset']),
  change('operation-summary-changed', I, (d) => (list(d).summary = 'List all pets')),
  change('operation-description-changed', I, (d) => (list(d).description = 'Lists pets.')),

  change('parameter-added-required', B, (d) => list(d).parameters.push({ name: 'q', in: 'query', required: true, schema: { type: 'string' } })),
  change('parameter-added', I, (d) => list(d).parameters.push({ name: 'q', in: 'query', schema: { type: 'string' } })),
  change('parameter-removed', B, (d) => list(d).parameters.pop()),
  change('parameter-moved', B, (d) => (limit(d).in = 'header')),
  change('parameter-renamed', B, (d) => {
    d.paths['/pets/{id}'] = d.paths['/pets/{petId}'];
    delete d.paths['/pets/{petId}'];
    d.paths['/pets/{id}'].get.parameters[0].name = 'id';
  }),
  pair('parameter-renamed', B, (d) => list(d).parameters.pop(), (d) => (limit(d).name = 'max')),
  change('parameter-became-required', B, (d) => (limit(d).required = true)),
  pair('parameter-became-optional', I, (d) => (limit(d).required = true), (d) => (limit(d).required = false)),
  change('parameter-style-changed', B, (d) => (limit(d).style = 'spaceDelimited')),
  change('parameter-explode-changed', B, (d) => (limit(d).explode = false)),
  change('parameter-allow-reserved-changed', W, (d) => (limit(d).allowReserved = true)),
  change('parameter-deprecated', W, (d) => (limit(d).deprecated = true)),
  pair('parameter-deprecation-removed', I, (d) => (limit(d).deprecated = true), (d) => delete limit(d).deprecated),
  change('parameter-description-changed', I, (d) => (limit(d).description = 'How many')),
  change('request-type-changed', B, (d) => (limit(d).schema = { type: 'string' })),
  change('request-format-added', W, (d) => (limit(d).schema.format = 'int32')),

  undo('request-body-added-required', B, (d) => delete create(d).requestBody),
  pair('request-body-added', I, (d) => delete create(d).requestBody, (d) => (create(d).requestBody = { content: { 'text/plain': { schema: { type: 'string' } } } })),
  change('request-body-removed', B, (d) => delete create(d).requestBody),
  pair('request-body-became-required', B, (d) => (create(d).requestBody.required = false), (d) => (create(d).requestBody.required = true)),
  change('request-body-became-optional', I, (d) => (create(d).requestBody.required = false)),
  undo('request-media-type-removed', B, (d) => (create(d).requestBody.content['application/xml'] = { schema: { type: 'string' } })),
  change('request-media-type-added', I, (d) => (create(d).requestBody.content['application/xml'] = { schema: { type: 'string' } })),
  change('request-body-description-changed', I, (d) => (create(d).requestBody.description = 'The pet')),
  change('request-property-added-required', B, (d) => {
    d.components.schemas.Pet.properties.kind = { type: 'string' };
    d.components.schemas.Pet.required.push('kind');
  }),

  change('response-success-status-removed', B, (d) => delete list(d).responses['200']),
  change('response-status-removed', W, (d) => delete list(d).responses.default),
  change('response-success-status-added', I, (d) => (create(d).responses['202'] = { description: 'accepted' })),
  change('response-status-added', I, (d) => (create(d).responses['409'] = { description: 'conflict' })),
  change('response-media-type-removed', B, (d) => {
    ok(d).content['application/xml'] = ok(d).content['application/json'];
    delete ok(d).content['application/json'];
  }),
  change('response-media-type-added', I, (d) => (ok(d).content['text/csv'] = { schema: { type: 'string' } })),
  pair('response-header-removed', W, (d) => (ok(d).headers = { 'X-Next': { schema: { type: 'string' } } }), (d) => delete ok(d).headers),
  change('response-header-added', I, (d) => (ok(d).headers = { 'X-Next': { schema: { type: 'string' } } })),
  change('response-description-changed', I, (d) => (ok(d).description = 'The pets')),
  change('response-property-removed', B, (d) => delete d.components.schemas.Pet.properties.name),
  change('response-type-changed', B, (d) => (d.components.schemas.Pet.properties.id = { type: 'string' })),

  pair('security-added', B, (d) => (show(d).security = []), (d) => delete show(d).security),
  change('security-removed', I, (d) => (show(d).security = [])),
  change('security-alternative-added', I, (d) => d.security.push({ oauth: ['read'] })),
  pair('security-alternative-removed', B, (d) => d.security.push({ oauth: ['read'] }), (d) => d.security.pop()),
  pair('security-scope-added', B, (d) => (d.security = [{ oauth: ['read'] }]), (d) => (d.security = [{ oauth: ['read', 'write'] }])),
  pair('security-scope-removed', I, (d) => (d.security = [{ oauth: ['read', 'write'] }]), (d) => (d.security = [{ oauth: ['write'] }])),
  change('security-scheme-removed', B, (d) => delete d.components.securitySchemes.oauth),
  change('security-scheme-added', I, (d) => (d.components.securitySchemes.basic = { type: 'http', scheme: 'basic' })),
  change('security-scheme-type-changed', B, (d) => (d.components.securitySchemes.key = { type: 'http', scheme: 'bearer' })),
  change('security-scheme-changed', B, (d) => (d.components.securitySchemes.key.name = 'X-Api-Key')),
  change('security-scheme-scope-removed', W, (d) => delete d.components.securitySchemes.oauth.flows.implicit.scopes.write),
  change('security-scheme-scope-added', I, (d) => (d.components.securitySchemes.oauth.flows.implicit.scopes.admin = 'admin')),

  pair('server-removed', W, (d) => d.servers.push({ url: 'https://eu.pets.example.com/v1' }), (d) => d.servers.pop()),
  change('server-added', I, (d) => d.servers.push({ url: 'https://eu.pets.example.com/v1' })),
  change('default-server-changed', W, (d) => (d.servers[0].url = 'https://pets.example.com/v2')),

  change('api-title-changed', I, (d) => (d.info.title = 'Pet store')),
  change('api-description-changed', I, (d) => (d.info.description = 'The pet store')),
  change('tag-added', I, (d) => d.tags.push({ name: 'owners' })),
  change('tag-removed', I, (d) => d.tags.pop()),
  change('tag-description-changed', I, (d) => (d.tags[0].description = 'All about pets')),
];

/**
 * Schema checks: [check, level in a request, level in a response, base schema, revision schema].
 * Each pair runs twice, sent as a request body and received as a response body.
 */
const A = { $ref: '#/components/schemas/A' };
const Bm = { $ref: '#/components/schemas/B' };
const C = { $ref: '#/components/schemas/C' };
const obj = (props: Record<string, unknown>, required: string[] = []) => ({ type: 'object', ...(required.length ? { required } : {}), properties: props });
const str = { type: 'string' };
const schemaRows: [string, Level, Level, unknown, unknown][] = [
  ['type-changed', B, B, str, { type: 'integer' }],
  ['format-changed', B, B, { type: 'integer', format: 'int32' }, { type: 'integer', format: 'int64' }],
  ['format-added', W, I, str, { type: 'string', format: 'uuid' }],
  ['format-removed', I, W, { type: 'string', format: 'uuid' }, str],
  ['property-removed', B, B, obj({ a: str, b: str }), obj({ a: str })],
  ['property-added-required', B, I, obj({ a: str }), obj({ a: str, b: str }, ['b'])],
  ['property-added', I, I, obj({ a: str }), obj({ a: str, b: str })],
  ['property-became-required', B, I, obj({ a: str }), obj({ a: str }, ['a'])],
  ['property-became-optional', I, B, obj({ a: str }, ['a']), obj({ a: str })],
  ['became-nullable', I, B, str, { ...str, nullable: true }],
  ['became-not-nullable', B, I, { ...str, nullable: true }, str],
  ['became-read-only', B, I, str, { ...str, readOnly: true }],
  ['read-only-removed', I, I, { ...str, readOnly: true }, str],
  ['became-write-only', I, B, str, { ...str, writeOnly: true }],
  ['write-only-removed', I, I, { ...str, writeOnly: true }, str],
  ['default-changed', W, I, { ...str, default: 'a' }, { ...str, default: 'b' }],
  ['default-added', I, I, str, { ...str, default: 'a' }],
  ['default-removed', W, I, { ...str, default: 'a' }, str],
  ['deprecated', W, W, str, { ...str, deprecated: true }],
  ['description-changed', I, I, { ...str, description: 'a' }, { ...str, description: 'b' }],
  ['enum-value-removed', B, I, { ...str, enum: ['a', 'b'] }, { ...str, enum: ['a'] }],
  ['enum-value-added', I, B, { ...str, enum: ['a'] }, { ...str, enum: ['a', 'b'] }],
  ['enum-added', B, I, str, { ...str, enum: ['a'] }],
  ['enum-removed', I, B, { ...str, enum: ['a'] }, str],
  ['one-of-member-added', I, B, { oneOf: [A, Bm] }, { oneOf: [A, Bm, C] }],
  ['one-of-member-removed', B, I, { oneOf: [A, Bm, C] }, { oneOf: [A, Bm] }],
  ['any-of-member-added', I, B, { anyOf: [A, Bm] }, { anyOf: [A, Bm, C] }],
  ['any-of-member-removed', B, I, { anyOf: [A, Bm, C] }, { anyOf: [A, Bm] }],
  ['all-of-member-added', B, I, { allOf: [A, Bm] }, { allOf: [A, Bm, C] }],
  ['all-of-member-removed', I, B, { allOf: [A, Bm, C] }, { allOf: [A, Bm] }],
  ['discriminator-added', W, W, { oneOf: [A, Bm] }, { oneOf: [A, Bm], discriminator: { propertyName: 'kind' } }],
  ['discriminator-removed', W, W, { oneOf: [A, Bm], discriminator: { propertyName: 'kind' } }, { oneOf: [A, Bm] }],
  ['discriminator-property-changed', B, B, { oneOf: [A, Bm], discriminator: { propertyName: 'kind' } }, { oneOf: [A, Bm], discriminator: { propertyName: 'type' } }],
  ['discriminator-mapping-removed', B, I, { oneOf: [A, Bm], discriminator: { propertyName: 'kind', mapping: { a: A.$ref, b: Bm.$ref } } }, { oneOf: [A, Bm], discriminator: { propertyName: 'kind', mapping: { a: A.$ref, bee: Bm.$ref } } }],
  ['discriminator-mapping-added', I, B, { oneOf: [A, Bm], discriminator: { propertyName: 'kind', mapping: { a: A.$ref, b: Bm.$ref } } }, { oneOf: [A, Bm], discriminator: { propertyName: 'kind', mapping: { a: A.$ref, bee: Bm.$ref } } }],
  ['pattern-set', B, I, str, { ...str, pattern: '^a' }],
  ['pattern-changed', B, W, { ...str, pattern: '^a' }, { ...str, pattern: '^b' }],
  ['pattern-removed', I, W, { ...str, pattern: '^a' }, str],
  ['unique-items-set', B, I, { type: 'array', items: str }, { type: 'array', items: str, uniqueItems: true }],
  ['unique-items-removed', I, W, { type: 'array', items: str, uniqueItems: true }, { type: 'array', items: str }],
];

/** keyword → [the schema it sits on, a loose value, a tight value, the OpenAPI 3.0 spelling]. */
const bounds: Record<string, [Record<string, unknown>, number, number, (v: number) => Record<string, unknown>]> = {
  minimum: [{ type: 'number' }, 1, 5, (v) => ({ minimum: v })],
  maximum: [{ type: 'number' }, 10, 5, (v) => ({ maximum: v })],
  'exclusive-minimum': [{ type: 'number' }, 1, 5, (v) => ({ minimum: v, exclusiveMinimum: true })],
  'exclusive-maximum': [{ type: 'number' }, 10, 5, (v) => ({ maximum: v, exclusiveMaximum: true })],
  'min-length': [str, 1, 5, (v) => ({ minLength: v })],
  'max-length': [str, 10, 5, (v) => ({ maxLength: v })],
  'min-items': [{ type: 'array', items: str }, 1, 5, (v) => ({ minItems: v })],
  'max-items': [{ type: 'array', items: str }, 10, 5, (v) => ({ maxItems: v })],
  'min-properties': [{ type: 'object', additionalProperties: str }, 1, 5, (v) => ({ minProperties: v })],
  'max-properties': [{ type: 'object', additionalProperties: str }, 10, 5, (v) => ({ maxProperties: v })],
  'multiple-of': [{ type: 'number' }, 2, 4, (v) => ({ multipleOf: v })],
};
for (const [keyword, [schema, loose, tight, spell]] of Object.entries(bounds)) {
  schemaRows.push(
    [`${keyword}-set`, B, I, schema, { ...schema, ...spell(loose) }],
    [`${keyword}-tightened`, B, I, { ...schema, ...spell(loose) }, { ...schema, ...spell(tight) }],
    [`${keyword}-loosened`, I, W, { ...schema, ...spell(tight) }, { ...schema, ...spell(loose) }],
    [`${keyword}-removed`, I, W, { ...schema, ...spell(loose) }, schema],
  );
}

const components = { A: obj({ kind: str }), B: obj({ kind: str, b: str }), C: obj({ kind: str, c: str }) };
const withComponents = (doc: Doc): Doc => ({ ...doc, components: { schemas: components } });

const schemaFixtures: Fixture[] = schemaRows.flatMap(([check, request, response, before, after]) =>
  (['request', 'response'] as const).map((direction) => ({
    id: `${direction}-${check}`,
    level: direction === 'request' ? request : response,
    // property-became-* change the wrapper's required list; the rest change the value itself.
    base: withComponents(carrying(direction, before)),
    revision: withComponents(carrying(direction, after)),
  })),
);

export const FIXTURES: readonly Fixture[] = [...plain, ...schemaFixtures];
