import type { Direction, Level } from './types.js';

/**
 * The rule table: every check id sdkgen diff can report, its default level and its message. It is
 * the single source for the checks, the fixture table test and docs/diff-checks.md. Messages use
 * `{subject}` (what changed, e.g. "query parameter `limit`"), `{base}` and `{revision}` (values).
 */
export interface Rule {
  readonly id: string;
  readonly level: Level;
  readonly message: string;
  /** The family (a file under src/diff/checks), for the list of ids. */
  readonly family: string;
}

const B: Level = 'breaking';
const W: Level = 'warning';
const I: Level = 'info';

/** Generated clients name methods after operationIds and classes after tags: say so. */
const RENAMES = 'generated clients rename the method, which breaks code that calls it';

const plain: [string, string, Level, string][] = [
  ['operations', 'path-removed', B, '{subject} was removed with its whole path, without being deprecated first'],
  ['operations', 'path-removed-after-deprecation', W, '{subject} was removed with its whole path (it was deprecated)'],
  ['operations', 'operation-removed', B, '{subject} was removed without being deprecated first'],
  ['operations', 'operation-removed-after-deprecation', W, '{subject} was removed (it was deprecated)'],
  ['operations', 'path-added', I, '{subject} was added on a new path'],
  ['operations', 'operation-added', I, '{subject} was added'],
  ['operations', 'operation-path-changed', B, '{subject} moved from path {base} to {revision}; calls to the old path fail'],
  ['operations', 'operation-method-changed', B, '{subject} changed method from {base} to {revision}; calls with the old method fail'],
  ['operations', 'operation-id-changed', B, `operationId of {subject} changed from {base} to {revision}: ${RENAMES}`],
  ['operations', 'operation-tag-removed', B, '{subject} lost tag {base}: generated clients group methods by tag, so the method leaves that API class'],
  ['operations', 'operation-tag-added', I, '{subject} gained tag {revision}'],
  ['operations', 'operation-deprecated', W, '{subject} is now deprecated: plan to stop calling it'],
  ['operations', 'operation-deprecation-removed', I, '{subject} is no longer deprecated'],
  ['operations', 'operation-sunset-added', W, '{subject} now has a sunset date {revision}: it will be removed then'],
  ['operations', 'operation-sunset-earlier', B, 'sunset date of {subject} moved earlier, from {base} to {revision}'],
  ['operations', 'operation-sunset-later', I, 'sunset date of {subject} moved later, from {base} to {revision}'],
  ['operations', 'operation-sunset-removed', I, '{subject} no longer has a sunset date (was {base})'],
  ['operations', 'operation-summary-changed', I, 'summary of {subject} changed'],
  ['operations', 'operation-description-changed', I, 'description of {subject} changed'],

  ['parameters', 'parameter-added-required', B, 'required {subject} was added: calls that do not send it are rejected'],
  ['parameters', 'parameter-added', I, 'optional {subject} was added'],
  ['parameters', 'parameter-removed', B, '{subject} was removed: generated clients drop the argument, so code passing it breaks'],
  ['parameters', 'parameter-moved', B, '{subject} moved from {base} to {revision}: clients send it in the wrong place'],
  ['parameters', 'parameter-renamed', B, '{subject} was renamed from {base} to {revision}'],
  ['parameters', 'parameter-became-required', B, '{subject} became required: calls that do not send it are rejected'],
  ['parameters', 'parameter-became-optional', I, '{subject} became optional'],
  ['parameters', 'parameter-style-changed', B, 'serialization style of {subject} changed from {base} to {revision}: clients encode it differently'],
  ['parameters', 'parameter-explode-changed', B, 'explode of {subject} changed from {base} to {revision}: clients encode it differently'],
  ['parameters', 'parameter-allow-reserved-changed', W, 'allowReserved of {subject} changed from {base} to {revision}'],
  ['parameters', 'parameter-deprecated', W, '{subject} is now deprecated'],
  ['parameters', 'parameter-deprecation-removed', I, '{subject} is no longer deprecated'],
  ['parameters', 'parameter-description-changed', I, 'description of {subject} changed'],

  ['request-bodies', 'request-body-added-required', B, 'a required request body was added to {subject}: calls without one are rejected'],
  ['request-bodies', 'request-body-added', I, 'an optional request body was added to {subject}'],
  ['request-bodies', 'request-body-removed', B, 'the request body of {subject} was removed: generated clients drop the argument'],
  ['request-bodies', 'request-body-became-required', B, 'the request body of {subject} became required'],
  ['request-bodies', 'request-body-became-optional', I, 'the request body of {subject} became optional'],
  ['request-bodies', 'request-media-type-removed', B, '{subject} no longer accepts request media type {base}'],
  ['request-bodies', 'request-media-type-added', I, '{subject} now also accepts request media type {revision}'],
  ['request-bodies', 'request-body-description-changed', I, 'description of the request body of {subject} changed'],

  ['responses', 'response-success-status-removed', B, '{subject} no longer answers with success status {base}'],
  ['responses', 'response-status-removed', W, '{subject} no longer documents response status {base}'],
  ['responses', 'response-success-status-added', I, '{subject} now documents success status {revision}'],
  ['responses', 'response-status-added', I, '{subject} now documents response status {revision}'],
  ['responses', 'response-media-type-removed', B, '{subject} no longer answers with media type {base}'],
  ['responses', 'response-media-type-added', I, '{subject} may now answer with media type {revision}'],
  ['responses', 'response-header-removed', W, '{subject} no longer returns header {base}'],
  ['responses', 'response-header-added', I, '{subject} now returns header {revision}'],
  ['responses', 'response-description-changed', I, 'description of {subject} changed'],

  ['security', 'security-added', B, '{subject} now requires authentication ({revision}); it needed none'],
  ['security', 'security-removed', I, '{subject} no longer requires authentication (was {base})'],
  ['security', 'security-alternative-added', I, '{subject} accepts another way to authenticate: {revision}'],
  ['security', 'security-alternative-removed', B, '{subject} no longer accepts authentication by {base}'],
  ['security', 'security-scope-added', B, '{subject} now needs scope {revision}: tokens without it are refused'],
  ['security', 'security-scope-removed', I, '{subject} no longer needs scope {base}'],
  ['security', 'security-scheme-removed', B, 'security scheme {base} was removed'],
  ['security', 'security-scheme-added', I, 'security scheme {revision} was added'],
  ['security', 'security-scheme-type-changed', B, 'security scheme {subject} changed type from {base} to {revision}'],
  ['security', 'security-scheme-changed', B, 'security scheme {subject} changed from {base} to {revision}: clients send credentials differently'],
  ['security', 'security-scheme-scope-removed', W, 'security scheme {subject} no longer offers scope {base}'],
  ['security', 'security-scheme-scope-added', I, 'security scheme {subject} offers a new scope {revision}'],

  ['servers', 'server-removed', W, 'server {base} was removed'],
  ['servers', 'server-added', I, 'server {revision} was added'],
  ['servers', 'default-server-changed', W, 'the first server changed from {base} to {revision}: generated clients call the new one by default'],

  ['metadata', 'api-title-changed', I, 'the API title changed from {base} to {revision}'],
  ['metadata', 'api-description-changed', I, 'the API description changed'],
  ['metadata', 'tag-added', I, 'tag {revision} was added'],
  ['metadata', 'tag-removed', I, 'tag {base} was removed from the tag list'],
  ['metadata', 'tag-description-changed', I, 'description of tag {subject} changed'],
];

/** Schema checks, each reported as `request-<id>` or `response-<id>` with the level of that side. */
const directional: [string, string, Level, Level, string][] = [
  ['schemas', 'type-changed', B, B, 'type of {subject} changed from {base} to {revision}'],
  ['schemas', 'format-changed', B, B, 'format of {subject} changed from {base} to {revision}'],
  ['schemas', 'format-added', W, I, '{subject} now has format {revision}'],
  ['schemas', 'format-removed', I, W, '{subject} no longer has format {base}'],
  ['schemas', 'property-removed', B, B, '{subject} was removed'],
  ['schemas', 'property-added-required', B, I, 'required {subject} was added'],
  ['schemas', 'property-added', I, I, 'optional {subject} was added'],
  ['schemas', 'property-became-required', B, I, '{subject} became required'],
  ['schemas', 'property-became-optional', I, B, '{subject} became optional: it may be missing'],
  ['schemas', 'became-nullable', I, B, '{subject} became nullable: it may be null'],
  ['schemas', 'became-not-nullable', B, I, '{subject} is no longer nullable'],
  ['schemas', 'became-read-only', B, I, '{subject} became read-only: clients may no longer send it'],
  ['schemas', 'read-only-removed', I, I, '{subject} is no longer read-only'],
  ['schemas', 'became-write-only', I, B, '{subject} became write-only: responses no longer carry it'],
  ['schemas', 'write-only-removed', I, I, '{subject} is no longer write-only'],
  ['schemas', 'default-changed', W, I, 'default of {subject} changed from {base} to {revision}'],
  ['schemas', 'default-added', I, I, '{subject} now has default {revision}'],
  ['schemas', 'default-removed', W, I, '{subject} no longer has default {base}'],
  ['schemas', 'deprecated', W, W, '{subject} is now deprecated'],
  ['schemas', 'description-changed', I, I, 'description of {subject} changed'],
  ['enums', 'enum-value-removed', B, I, '{subject} no longer allows {base}'],
  ['enums', 'enum-value-added', I, B, '{subject} may now be {revision}'],
  ['enums', 'enum-added', B, I, '{subject} is now limited to {revision}'],
  ['enums', 'enum-removed', I, B, '{subject} is no longer limited to {base}'],
  ['composition', 'one-of-member-added', I, B, '{subject} may now also be {revision} (oneOf)'],
  ['composition', 'one-of-member-removed', B, I, '{subject} may no longer be {base} (oneOf)'],
  ['composition', 'any-of-member-added', I, B, '{subject} may now also be {revision} (anyOf)'],
  ['composition', 'any-of-member-removed', B, I, '{subject} may no longer be {base} (anyOf)'],
  ['composition', 'all-of-member-added', B, I, '{subject} must now also match {revision} (allOf)'],
  ['composition', 'all-of-member-removed', I, B, '{subject} no longer includes {base} (allOf)'],
  ['composition', 'discriminator-added', W, W, '{subject} gained discriminator property {revision}'],
  ['composition', 'discriminator-removed', W, W, '{subject} lost discriminator property {base}'],
  ['composition', 'discriminator-property-changed', B, B, 'discriminator of {subject} changed from {base} to {revision}'],
  ['composition', 'discriminator-mapping-removed', B, I, 'discriminator of {subject} no longer maps {base}'],
  ['composition', 'discriminator-mapping-added', I, B, 'discriminator of {subject} now maps {revision}'],
];

/**
 * Constraint keywords. For what a client sends, a new or tighter constraint rejects requests
 * that passed before (breaking); for what it receives, a looser or removed one lets through
 * values clients may not expect (warning: generated clients do not validate bounds, hand-written
 * validators do).
 */
export const CONSTRAINT_KEYWORDS = [
  'minimum', 'maximum', 'exclusive-minimum', 'exclusive-maximum', 'min-length', 'max-length',
  'min-items', 'max-items', 'min-properties', 'max-properties', 'multiple-of',
] as const;

const constraintKinds: [string, Level, Level, string][] = [
  ['set', B, I, '{subject} now has {keyword} {revision}'],
  ['tightened', B, I, '{keyword} of {subject} tightened from {base} to {revision}'],
  ['loosened', I, W, '{keyword} of {subject} loosened from {base} to {revision}'],
  ['removed', I, W, '{subject} no longer has {keyword} (was {base})'],
];

const otherConstraints: [string, Level, Level, string][] = [
  ['pattern-set', B, I, '{subject} now must match pattern {revision}'],
  ['pattern-changed', B, W, 'pattern of {subject} changed from {base} to {revision}'],
  ['pattern-removed', I, W, '{subject} no longer must match pattern {base}'],
  ['unique-items-set', B, I, 'items of {subject} must now be unique'],
  ['unique-items-removed', I, W, 'items of {subject} no longer need to be unique'],
];

function build(): Map<string, Rule> {
  const rules = new Map<string, Rule>();
  const add = (family: string, id: string, level: Level, message: string) => rules.set(id, { id, level, message, family });
  for (const [family, id, level, message] of plain) add(family, id, level, message);
  const sides: [Direction, 0 | 1][] = [['request', 0], ['response', 1]];
  for (const [direction, side] of sides) {
    for (const [family, id, request, response, message] of directional) {
      add(family, `${direction}-${id}`, side === 0 ? request : response, message);
    }
    for (const keyword of CONSTRAINT_KEYWORDS) {
      for (const [kind, request, response, message] of constraintKinds) {
        add('constraints', `${direction}-${keyword}-${kind}`, side === 0 ? request : response, message.replace('{keyword}', keyword.replace(/-/g, ' ')));
      }
    }
    for (const [id, request, response, message] of otherConstraints) {
      add('constraints', `${direction}-${id}`, side === 0 ? request : response, message);
    }
  }
  return rules;
}

export const RULES: ReadonlyMap<string, Rule> = build();

export function rule(id: string): Rule {
  const found = RULES.get(id);
  if (!found) throw new Error(`no rule with id ${id}`);
  return found;
}
