/**
 * fast-check arbitraries for the property suite: OpenAPI 3.0 documents whose every name and
 * string is drawn from a hostile alphabet (code, comment, markdown, template and path breakers,
 * reserved and prototype names, Windows devices, line separators, NUL, combining marks).
 */
import fc from 'fast-check';

/** Pieces names and texts are made of; each one has broken some generator somewhere. */
const FRAGMENTS = [
  'a', 'Z', '1', '_', '-', ' ', '.', '/', '\\', ':', '..', '~', '%2e', '$', '{', '}', '`', '"', "'", '<', '>', '|', '#', '?', '&', '=',
  '*/', '/*', '\u2028', '\u2029', '\r', '\n', '\t', '\u0000', '\u001b', '\u0085', '\u200b', 'é', 'e\u0301', 'ß', 'İ', '日本', '🙂',
  '__proto__', 'constructor', 'prototype', 'class', 'default', 'await', 'Promise', 'Error', 'Response', 'Configuration', 'BaseApi',
  'CON', 'nul', 'Aux', 'com1', 'Api', 'Default', 'toString', 'send', 'request', 'options', '${x}', '{{x}}', '{{{x}}}',
  '<script>', '<img onerror=x>', 'javascript:', '[x](javascript:1)', '&Tab;', '&#58;', '```', '\\|',
];

const fragment = fc.constantFrom(...FRAGMENTS);

/** A name: one to four fragments. */
export const hostileName = fc.array(fragment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));

/**
 * A header or cookie name: mostly HTTP tokens built from the hostile fragments that are tokens
 * (quotes, backticks, `|`, `*`, reserved words...), sometimes any hostile name, which the loader
 * must then refuse cleanly.
 */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const tokenName = fc.array(fc.constantFrom(...FRAGMENTS.filter((f) => TOKEN.test(f))), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
const wireName = fc.oneof({ arbitrary: tokenName, weight: 4 }, { arbitrary: hostileName, weight: 1 });

/** Prose: up to eight fragments. */
export const hostileText = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(''));

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;
const LOCATIONS = ['query', 'header', 'cookie'] as const;

function schemaFor(names: readonly string[]): fc.Arbitrary<object> {
  const leaf = fc.oneof(
    hostileText.map((description) => ({ type: 'string', description })),
    fc.array(hostileText, { minLength: 1, maxLength: 3 }).map((values) => ({ type: 'string', enum: [...new Set(values)] })),
    fc.record({ type: fc.constant('integer'), default: fc.integer(), example: fc.integer() }),
    fc.record({ type: fc.constant('string'), default: hostileText, example: hostileText, pattern: hostileText }),
    ...(names.length > 0 ? [fc.constantFrom(...names).map((name) => ({ $ref: `#/components/schemas/${refToken(name)}` }))] : []),
  );
  return fc.oneof(
    leaf,
    leaf.map((items) => ({ type: 'array', items })),
    leaf.map((values) => ({ type: 'object', additionalProperties: values })),
    fc.array(fc.tuple(hostileName, leaf), { maxLength: 3 }).map((entries) => ({
      type: 'object',
      description: 'object',
      properties: Object.fromEntries(entries),
    })),
  );
}

/** A JSON pointer token for a schema name, percent-encoded as a URI fragment. */
function refToken(name: string): string {
  return encodeURIComponent(name.replace(/~/g, '~0').replace(/\//g, '~1'));
}

/** A whole document; validation may still refuse it (duplicate ids, bad path templates), which is a clean outcome. */
export const hostileSpec: fc.Arbitrary<object> = fc
  .uniqueArray(hostileName, { maxLength: 4 })
  .chain((schemaNames) =>
    fc.record({
      info: fc.record({ title: hostileText, version: hostileText, description: hostileText }),
      servers: fc.array(hostileText.map((tail) => ({ url: `https://example.com/${tail}` })), { maxLength: 1 }),
      tags: fc.uniqueArray(hostileName, { maxLength: 3 }),
      schemas: fc.tuple(...schemaNames.map(() => schemaFor(schemaNames))).map((schemas) => Object.fromEntries(schemaNames.map((n, i) => [n, schemas[i]]))),
      operations: fc.array(
        fc.record({
          path: hostileName,
          pathParameter: fc.option(hostileName, { nil: undefined }),
          method: fc.constantFrom(...METHODS),
          operationId: fc.option(hostileName, { nil: undefined }),
          tag: fc.option(hostileName, { nil: undefined }),
          summary: hostileText,
          description: hostileText,
          parameters: fc.uniqueArray(
            fc.oneof(
              fc.record({ name: hostileName, in: fc.constant('query' as const), description: hostileText }),
              fc.record({ name: wireName, in: fc.constantFrom(...LOCATIONS.filter((l) => l !== 'query')), description: hostileText }),
            ),
            {
              maxLength: 3,
              selector: (p) => `${p.in}:${p.name.toLowerCase()}`,
            },
          ),
          body: fc.option(fc.tuple(hostileName, schemaFor(schemaNames)), { nil: undefined }),
          response: fc.tuple(hostileName, schemaFor(schemaNames), hostileText),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
  )
  .map((spec) => {
    const paths: Record<string, Record<string, unknown>> = {};
    spec.operations.forEach((op, index) => {
      const template = op.pathParameter === undefined ? '' : `/{${op.pathParameter}}`;
      const path = `/${index}${op.path.startsWith('/') ? '' : '/'}${op.path}${template}`;
      const parameters = [
        ...(op.pathParameter === undefined ? [] : [{ name: op.pathParameter, in: 'path', required: true, schema: { type: 'string' } }]),
        ...op.parameters.map((p) => ({ ...p, schema: { type: 'string' } })),
      ];
      paths[path] = {
        [op.method]: {
          ...(op.operationId === undefined ? {} : { operationId: op.operationId }),
          ...(op.tag === undefined ? {} : { tags: [op.tag] }),
          summary: op.summary,
          description: op.description,
          parameters,
          ...(op.body === undefined || op.method === 'get' || op.method === 'head'
            ? {}
            : { requestBody: { content: { [`application/${op.body[0]}+json`]: { schema: op.body[1] } } } }),
          responses: {
            200: { description: op.response[2], content: { [`application/${op.response[0]}`]: { schema: op.response[1] } } },
          },
        },
      };
    });
    return {
      openapi: '3.0.3',
      info: spec.info,
      servers: spec.servers,
      tags: spec.tags.map((name) => ({ name, description: name })),
      paths,
      components: { schemas: spec.schemas },
    };
  });
