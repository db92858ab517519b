import { deref, mergedParameterEntries, METHODS, operationBasics, rawOperations, resolverFor, responseEntries, tagsOf, unique, writtenParameterLists, type ParameterEntry, type RawOperation } from './document.js';
import { pointer } from './pointer.js';
import { withoutTrailingSlashes } from './url.js';
import { convertSchema, isNode, isStrayRef, nullDescription, optionalNull, str, type SchemaContext } from './schema.js';
import { securitySchemes } from './security.js';
import type { Api, Callback, MediaContent, Operation, Parameter, RequestBody, Response, Server, ServerVariable, WrittenParameters } from './types.js';

/** Builds the model from an OpenAPI 3.0 or 3.1 document whose references are all internal. */
export function buildOpenApi3(doc: Record<string, unknown>, dialect: 'openapi-3.0' | 'openapi-3.1'): Api {
  const resolve = resolverFor(doc);
  const ctx = { dialect, namedPrefix: '#/components/schemas/', resolve, nullProse: { any: false } } satisfies SchemaContext;
  const info = isNode(doc.info) ? doc.info : {};
  const components = isNode(doc.components) ? doc.components : {};
  const servers = (Array.isArray(doc.servers) ? doc.servers : []).filter(isNode).map(server);
  const api: Api = {
    dialect,
    title: str(info.title) ?? '',
    version: str(info.version) ?? '',
    description: str(info.description),
    license: isNode(info.license) ? (str(info.license.identifier) ?? str(info.license.name)) : undefined,
    contactEmail: isNode(info.contact) ? str(info.contact.email) : undefined,
    baseUrl: baseUrl(servers[0]?.url),
    servers,
    tags: tagsOf(doc),
    operations: rawOperations(doc, resolve).map((raw) => withCallbacks(operation(raw, doc, ctx), raw, doc, ctx)),
    schemas: Object.entries(isNode(components.schemas) ? components.schemas : {}).map(([name, schema]) => ({
      name,
      schema: convertSchema(schema, ctx),
      pointer: pointer('components', 'schemas', name),
    })),
    securitySchemes: securitySchemes(isNode(components.securitySchemes) ? components.securitySchemes : {}, resolve),
  };
  return ctx.nullProse.any ? { ...api, nullProse: true } : api;
}

/**
 * Server URL with its variables at their defaults, and the template with its variables. A
 * variable name holds no brace, which also keeps the pattern linear on a run of `{` (with `[^}]+`
 * each would scan to the end).
 */
function server(node: Record<string, unknown>): Server {
  const variables = isNode(node.variables) ? node.variables : {};
  const template = str(node.url) ?? '/';
  const url = template.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const variable = variables[name];
    return isNode(variable) && typeof variable.default === 'string' ? variable.default : whole;
  });
  const described = Object.entries(variables).flatMap(([name, variable]): ServerVariable[] => {
    if (!isNode(variable) || typeof variable.default !== 'string') return [];
    const values = Array.isArray(variable.enum) ? variable.enum.filter((v): v is string => typeof v === 'string') : undefined;
    return [{ name, default: variable.default, enum: values, description: str(variable.description) }];
  });
  return { url, description: str(node.description), template, variables: described };
}

/**
 * openapi-generator's rule (URLPathUtils.sanitizeUrl): a missing server or a path (`/v1`) means
 * http://localhost, a scheme-relative URL (`//host/v1`) gets `http:`, and one without a scheme
 * (`host/v1`) gets `http://`.
 */
function baseUrl(url: string | undefined): string {
  let full = url ?? '';
  if (full.startsWith('//')) full = `http:${full}`;
  else if (full === '' || full.startsWith('/')) full = `http://localhost${full === '/' ? '' : full}`;
  else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(full)) full = `http://${full}`;
  return withoutTrailingSlashes(full);
}

/**
 * The operation's callbacks, each path item (or `$ref` to one) read as operations of their own.
 * One level only: a callback's callbacks are not read, so `$ref`s between callbacks cannot loop.
 */
function withCallbacks(op: Operation, raw: RawOperation, doc: Record<string, unknown>, ctx: SchemaContext): Operation {
  const written = isNode(raw.node.callbacks) ? raw.node.callbacks : {};
  const callbacks: Callback[] = Object.entries(written).flatMap(([name, value]) => {
    const callback = deref(value, ctx.resolve);
    return Object.entries(callback)
      .filter(([expression]) => !expression.startsWith('x-'))
      .map(([expression, item]) => {
        const pathItem = deref(item, ctx.resolve);
        const at = `${raw.pointer}${pointer('callbacks', name, expression)}`;
        const operations = METHODS.filter((method) => isNode(pathItem[method])).map((method) =>
          operation({ path: expression, method, pathItem, node: pathItem[method] as Record<string, unknown>, pointer: `${at}${pointer(method)}` }, doc, ctx),
        );
        return isNode(value) && typeof value.$ref === 'string' ? { name, expression, operations, referenced: true } : { name, expression, operations };
      });
  });
  return callbacks.length === 0 ? op : { ...op, callbacks };
}

function operation(raw: RawOperation, doc: Record<string, unknown>, ctx: SchemaContext): Operation {
  const { node } = raw;
  const at = raw.pointer;
  const written = node.requestBody;
  const requestBody = isNode(written) ? referenced(body(deref(written, ctx.resolve), node, ctx, `${at}/requestBody`), written) : undefined;
  const responses = responseEntries(node).map(([status, value]) =>
    strayResponse(response(status, deref(value, ctx.resolve), ctx, `${at}${pointer('responses', status)}`), value),
  );
  return {
    ...operationBasics(raw, doc, ctx.nullProse ?? { any: false }),
    parameters: mergedParameterEntries(raw, ctx.resolve).filter(isPlaced).map((p) => parameterAt(p, ctx)),
    ...writtenParameters(raw, ctx),
    requestBody,
    responses,
    consumes: requestBody ? requestBody.content.map((c) => c.mediaType) : [],
    produces: unique(responses.flatMap((r) => r.content.map((c) => c.mediaType))),
  };
}

/** A path, query, header or cookie parameter (OpenAPI 3's places; anything else is not read). */
function isPlaced(p: ParameterEntry): boolean {
  return ['path', 'query', 'header', 'cookie'].includes(String(p.node.in));
}

function parameterAt(p: ParameterEntry, ctx: SchemaContext): Parameter {
  return { ...parameter(p.node, ctx), pointer: p.pointer, ...(p.ref !== undefined && isStrayRef(p.ref) ? { strayRef: p.ref } : {}) };
}

/** `writtenParameters` when the operation needs it (Operation.writtenParameters); nothing otherwise. */
function writtenParameters(raw: RawOperation, ctx: SchemaContext): { writtenParameters?: WrittenParameters } {
  const lists = writtenParameterLists(raw, ctx.resolve, isPlaced, (p) => parameterAt(p, ctx));
  return lists === undefined ? {} : { writtenParameters: lists };
}

function parameter(p: Record<string, unknown>, ctx: SchemaContext): Parameter {
  const location = p.in as Parameter['in'];
  const contentSchema = isNode(p.content) ? Object.values(p.content).find(isNode)?.schema : undefined;
  const style = (str(p.style) ?? (location === 'query' || location === 'cookie' ? 'form' : 'simple')) as Parameter['style'];
  return {
    name: p.name as string,
    in: location,
    description: str(p.description),
    ...optionalNull(nullDescription(p, ctx)),
    required: p.required === true || location === 'path',
    deprecated: p.deprecated === true,
    schema: convertSchema(p.schema ?? contentSchema ?? {}, ctx),
    style,
    explode: typeof p.explode === 'boolean' ? p.explode : style === 'form',
    allowReserved: p.allowReserved === true,
    example: p.example,
    ...(p.schema === undefined && contentSchema !== undefined ? { schemaInContent: true as const } : {}),
  };
}

function body(node: Record<string, unknown>, op: Record<string, unknown>, ctx: SchemaContext, at: string): RequestBody {
  return {
    name: str(op['x-codegen-request-body-name']),
    description: str(node.description),
    ...optionalNull(nullDescription(node, ctx)),
    required: node.required === true,
    content: content(node.content, ctx, at),
    pointer: at,
  };
}

/** The body marked `referenced` when the operation wrote it as a `$ref`. */
function referenced(body: RequestBody, written: Record<string, unknown>): RequestBody {
  return typeof written.$ref === 'string' ? { ...body, referenced: true } : body;
}

/** The response with the `$ref` it was written as, when that points outside the components. */
function strayResponse(response: Response, written: unknown): Response {
  const ref = isNode(written) ? written.$ref : undefined;
  return typeof ref === 'string' && isStrayRef(ref) ? { ...response, strayRef: ref } : response;
}

function response(status: string, node: Record<string, unknown>, ctx: SchemaContext, at: string): Response {
  const headers = Object.entries(isNode(node.headers) ? node.headers : {}).map(([name, raw]) => {
    const header = deref(raw, ctx.resolve);
    return { name, description: str(header.description), schema: convertSchema(header.schema ?? {}, ctx) };
  });
  return { status, description: str(node.description), content: content(node.content, ctx, at), headers, pointer: at };
}

function content(value: unknown, ctx: SchemaContext, at: string): MediaContent[] {
  return Object.entries(isNode(value) ? value : {}).map(([mediaType, media]) => ({
    mediaType,
    schema: convertSchema(isNode(media) ? (media.schema ?? {}) : {}, ctx),
    pointer: `${at}${pointer('content', mediaType, 'schema')}`,
    schemaless: !isNode(media) || media.schema === undefined,
  }));
}

