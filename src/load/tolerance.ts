import { decodeToken } from '../model/pointer.js';
import type { SchemaProblem } from './schema-validator.js';

/**
 * The schema violations sdkgen understands anyway. Each rule recognises one ajv error, says what
 * is wrong and what sdkgen assumes (which must be what the model builder really does with the
 * original document), and mends the validation copy so that, validated again, only what sdkgen
 * cannot understand is left. The mend touches only the copy: the model is built from the document
 * as written. Anything no rule recognises is refused, as before.
 */
export interface Tolerated {
  readonly pointer: string;
  readonly problem: string;
  readonly assumed: string;
  readonly kind: string;
  /** Makes the copy conform at this place. */
  mend(): void;
}

type Node = Record<string, unknown>;

/** The rule that tolerates `problem` in `copy`, if any. */
export function tolerate(problem: SchemaProblem, copy: unknown): Tolerated | undefined {
  const at = problem.instancePath;
  const tokens = at === '' ? [] : at.slice(1).split('/').map(decodeToken);
  const key = tokens[tokens.length - 1];
  const holder = lookup(copy, tokens.slice(0, -1));
  const parent = isNode(holder) ? holder : undefined;
  const node = lookup(copy, tokens);
  for (const rule of RULES) {
    const found = rule(problem, { at, key, parent, node });
    if (found) return found;
  }
  return undefined;
}

interface Place {
  /** instancePath of the problem. */
  readonly at: string;
  /** Its last token: the key of the offending value in `parent`. */
  readonly key: string | undefined;
  readonly parent: Node | undefined;
  readonly node: unknown;
}

type Rule = (problem: SchemaProblem, place: Place) => Tolerated | undefined;

/** `type: any` (Looker), `type: file` outside Swagger 2.0 and the like: no constraint at all. */
const unknownType: Rule = (problem, { at, key, parent, node }) => {
  const allowed = problem.params.allowedValues as unknown;
  if (problem.keyword !== 'enum' || key !== 'type' || !parent || typeof node !== 'string') return undefined;
  // The schema-type list, not the `type` of a parameter or security scheme.
  if (!Array.isArray(allowed) || !allowed.includes('object') || !allowed.includes('integer')) return undefined;
  return { pointer: at, kind: 'unknown-type', problem: `type "${node}" is not a JSON Schema type`, assumed: 'read as no constraint', mend: () => delete parent.type };
};

/** Prose fields written as `null` by generators that serialise every field. */
const PROSE = new Set(['description', 'summary', 'title']);
const nullProse: Rule = (problem, { at, key, parent, node }) => {
  if (problem.keyword !== 'type' || node !== null || key === undefined || !PROSE.has(key) || !parent) return undefined;
  // A response's description is required: mend it with an empty one rather than none.
  return { pointer: at, kind: 'null-prose', problem: `${key} is null`, assumed: `read as no ${key}`, mend: () => (parent[key] = '') };
};

/**
 * `format: 123`: formats are hints, and one that is not a string hints at nothing. `pattern: 0`
 * (api.video) is no regular expression either; the model reads only a string pattern.
 */
const oddFormat: Rule = (problem, { at, key, parent, node }) => {
  if (problem.keyword !== 'type' || (key !== 'format' && key !== 'pattern') || !parent) return undefined;
  return { pointer: at, kind: `odd-${key}`, problem: `${key} ${JSON.stringify(node)} is not a string`, assumed: 'ignored', mend: () => delete parent[key] };
};

/** An operation without `responses`, or with none listed: nothing documented to return. */
const noResponses: Rule = (problem, { at, key, parent, node }) => {
  const mendWith = (holder: Node) => () => (holder.responses = { default: { description: '' } });
  if (problem.keyword === 'required' && problem.params.missingProperty === 'responses' && isNode(node)) {
    return { pointer: at, kind: 'no-responses', problem: 'the operation has no "responses"', assumed: 'read as no documented response: it returns nothing', mend: mendWith(node) };
  }
  if (problem.keyword === 'minProperties' && key === 'responses' && parent && isNode(node) && Object.keys(node).length === 0) {
    return { pointer: at, kind: 'no-responses', problem: '"responses" is empty', assumed: 'the operation returns nothing', mend: mendWith(parent) };
  }
  return undefined;
};

/** Looker writes `style: simple` on query parameters; the client sends them as `form` would. */
const queryStyle: Rule = (problem, { at, key, parent, node }) => {
  if (problem.keyword !== 'enum' || key !== 'style' || !parent || parent.in !== 'query' || node !== 'simple') return undefined;
  return { pointer: at, kind: 'query-style', problem: 'style "simple" is not a query parameter style', assumed: 'read as "form" (comma-separated)', mend: () => (parent.style = 'form') };
};

/**
 * Properties that decide what an object is: a schema's oneOf branch that fails (a body parameter
 * read as a plain one) reports them as unexpected, and dropping them would hide a real mistake.
 */
const STRUCTURAL = new Set([
  '$ref', 'schema', 'content', 'in', 'name', 'type', 'items', 'properties', 'allOf', 'oneOf', 'anyOf',
  'responses', 'parameters', 'requestBody', 'paths', 'required', 'style', 'explode', 'flows', 'scheme',
]);

/** Keywords a schema may not hold in this dialect that the model reads all the same. */
const READ_ANYWAY: Readonly<Record<string, string>> = {
  nullable: 'read as in OpenAPI 3.0 (the value may be null)',
  const: 'read as an enum of one value',
};

/** A property the schema of its object does not allow (`additionalProperties` on a parameter). */
const unexpectedProperty: Rule = (problem, { at, node }) => {
  const name = problem.params.additionalProperty as unknown;
  if (problem.keyword !== 'additionalProperties' || typeof name !== 'string' || !isNode(node)) return undefined;
  if (STRUCTURAL.has(name) || '$ref' in node || /^(get|put|post|delete|options|head|patch|trace)$/i.test(name)) return undefined;
  if (at === '/paths') return undefined;
  const pointer = `${at}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return { pointer, kind: 'unexpected-property', problem: `unexpected property "${name}"`, assumed: READ_ANYWAY[name] ?? 'ignored', mend: () => delete node[name] };
};

const RULES: readonly Rule[] = [unknownType, nullProse, oddFormat, noResponses, queryStyle, unexpectedProperty];

function lookup(document: unknown, tokens: readonly string[]): unknown {
  let current: unknown = document;
  for (const token of tokens) {
    if (!isNode(current) && !Array.isArray(current)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, token)) return undefined;
    current = (current as Node)[token];
  }
  return current;
}

function isNode(value: unknown): value is Node {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
