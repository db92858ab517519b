import { deref, mergedParameterEntries, operationBasics, rawOperations, resolverFor, responseEntries, stringList, tagsOf, unique, writtenParameterLists, type ParameterEntry, type RawOperation } from './document.js';
import { pointer } from './pointer.js';
import { withoutTrailingSlashes } from './url.js';
import { convertSchema, emptyCommon, isNode, nullDescription, optionalNull, str, type SchemaContext } from './schema.js';
import { securitySchemes } from './security.js';
import type { Api, Operation, Parameter, Property, RequestBody, Response, Schema, WrittenParameters } from './types.js';

/** Builds the model from a Swagger 2.0 document whose references are all internal. */
export function buildSwagger2(doc: Record<string, unknown>): Api {
  const resolve = resolverFor(doc);
  const ctx = { dialect: 'swagger-2.0', namedPrefix: '#/definitions/', resolve, nullProse: { any: false } } satisfies SchemaContext;
  const info = isNode(doc.info) ? doc.info : {};
  const url = baseUrl(doc);
  const api: Api = {
    dialect: 'swagger-2.0',
    title: str(info.title) ?? '',
    version: str(info.version) ?? '',
    description: str(info.description),
    license: isNode(info.license) ? (str(info.license.identifier) ?? str(info.license.name)) : undefined,
    contactEmail: isNode(info.contact) ? str(info.contact.email) : undefined,
    baseUrl: url,
    writtenLocation: { scheme: stringList(doc.schemes)?.[0], host: str(doc.host), basePath: doc.basePath === null ? null : str(doc.basePath) },
    servers: [{ url }],
    tags: tagsOf(doc),
    operations: rawOperations(doc, resolve).map((raw) => operation(raw, doc, ctx)),
    schemas: Object.entries(isNode(doc.definitions) ? doc.definitions : {}).map(([name, schema]) => ({
      name,
      schema: convertSchema(schema, ctx),
      pointer: pointer('definitions', name),
    })),
    securitySchemes: securitySchemes(isNode(doc.securityDefinitions) ? doc.securityDefinitions : {}, resolve),
  };
  return ctx.nullProse.any ? { ...api, nullProse: true } : api;
}

/** First scheme + host (port as written) + basePath; http://localhost when there is no host. */
function baseUrl(doc: Record<string, unknown>): string {
  const scheme = stringList(doc.schemes)?.[0] ?? 'http';
  const host = str(doc.host) ?? 'localhost';
  return withoutTrailingSlashes(`${scheme}://${host}${str(doc.basePath) ?? ''}`);
}

function operation(raw: RawOperation, doc: Record<string, unknown>, ctx: SchemaContext): Operation {
  const { node } = raw;
  const consumes = stringList(node.consumes) ?? stringList(doc.consumes) ?? [];
  const produces = stringList(node.produces) ?? stringList(doc.produces) ?? [];
  const entries = mergedParameterEntries(raw, ctx.resolve);
  const all = entries.map((p) => p.node);
  const pointers = new Map(entries.map((p) => [p.node, p.pointer]));
  const responses = responseEntries(node).map(([status, value]) => {
    const at = `${raw.pointer}${pointer('responses', status)}`;
    const found = response(status, deref(value, ctx.resolve), produces, ctx);
    return { ...found, content: found.content.map((c) => ({ ...c, pointer: `${at}/schema` })), pointer: at };
  });
  return {
    ...operationBasics(raw, doc, ctx.nullProse ?? { any: false }),
    parameters: all.filter((p) => ['path', 'query', 'header'].includes(String(p.in))).map((p) => ({ ...parameter(p, ctx), pointer: pointers.get(p) })),
    ...writtenParameters(raw, ctx),
    requestBody: requestBody(all, consumes, ctx, (p) => pointers.get(p) ?? raw.pointer),
    responses,
    // Swagger 2.0 declares consumes for the operation, body or not (swagger-codegen prints it).
    consumes,
    produces: unique(responses.flatMap((r) => r.content.map((c) => c.mediaType))),
    declaredProduces: produces,
  };
}

/** `writtenParameters` when the operation needs it (Operation.writtenParameters): path, query and header parameters. */
function writtenParameters(raw: RawOperation, ctx: SchemaContext): { writtenParameters?: WrittenParameters } {
  const placed = (p: ParameterEntry) => ['path', 'query', 'header'].includes(String(p.node.in));
  const lists = writtenParameterLists(raw, ctx.resolve, placed, (p) => ({ ...parameter(p.node, ctx), pointer: p.pointer }));
  return lists === undefined ? {} : { writtenParameters: lists };
}

/** collectionFormat mapped onto OpenAPI 3 style and explode. */
const COLLECTION: Record<string, Pick<Parameter, 'style' | 'explode'>> = {
  csv: { style: 'form', explode: false },
  ssv: { style: 'spaceDelimited', explode: false },
  tsv: { style: 'form', explode: false },
  pipes: { style: 'pipeDelimited', explode: false },
  multi: { style: 'form', explode: true },
};

function parameter(p: Record<string, unknown>, ctx: SchemaContext): Parameter {
  const location = p.in as Parameter['in'];
  const format = COLLECTION[str(p.collectionFormat) ?? 'csv'] ?? COLLECTION.csv!;
  const simple = location === 'path' || location === 'header';
  return {
    name: p.name as string,
    in: location,
    description: str(p.description),
    ...optionalNull(nullDescription(p, ctx)),
    required: p.required === true || location === 'path',
    deprecated: false,
    schema: convertSchema(withoutParameterKeys(p), ctx),
    style: simple ? 'simple' : format.style,
    explode: simple ? false : format.explode,
    allowReserved: false,
    example: p['x-example'],
  };
}

/** A non-body Swagger 2.0 parameter is its own schema, plus name/in/required. */
function withoutParameterKeys(p: Record<string, unknown>): Record<string, unknown> {
  const { name: _n, in: _i, required: _r, description: _d, collectionFormat: _c, ...schema } = p;
  return schema;
}

/** The body parameter, or the formData parameters gathered into one object body. */
function requestBody(
  all: Record<string, unknown>[],
  consumes: string[],
  ctx: SchemaContext,
  pointerOf: (p: Record<string, unknown>) => string,
): RequestBody | undefined {
  const bodyParam = all.find((p) => p.in === 'body');
  const mediaTypes = consumes.length > 0 ? consumes : ['application/json'];
  if (bodyParam) {
    const schema = convertSchema(bodyParam.schema ?? {}, ctx);
    const at = pointerOf(bodyParam);
    return {
      name: str(bodyParam.name),
      description: str(bodyParam.description),
      ...optionalNull(nullDescription(bodyParam, ctx)),
      required: bodyParam.required === true,
      content: mediaTypes.map((mediaType) => ({ mediaType, schema, pointer: `${at}/schema` })),
      pointer: at,
    };
  }
  const form = all.filter((p) => p.in === 'formData');
  if (form.length === 0) return undefined;
  const properties: Property[] = form.map((p) => ({
    name: p.name as string,
    required: p.required === true,
    schema: { ...convertSchema(withoutParameterKeys(p), ctx), description: str(p.description), ...optionalNull(nullDescription(p, ctx)) },
    ...('x-example' in p ? { formExample: { value: p['x-example'] } } : {}),
  }));
  // As openapi-generator's Swagger 2 converter builds it (convertFormDataToRequestBody): a schema
  // with properties but no `type` (so no generator hoists it into a model), under every media type
  // the operation consumes, in order, or multipart/form-data when it declares none. A form
  // declared with JSON consumes is therefore a JSON body, as openapi-generator documents it.
  const schema: Schema = { ...emptyCommon(), kind: 'object', properties, typed: false };
  const formTypes = consumes.length > 0 ? consumes : ['multipart/form-data'];
  const at = form[0] ? pointerOf(form[0]).replace(/\/\d+$/, '') : undefined;
  return { description: undefined, required: form.some((p) => p.required === true), content: formTypes.map((mediaType) => ({ mediaType, schema, pointer: at })), pointer: at, formData: true };
}

/** A response with a schema answers in each `produces` type, or `*` + `/*` when none is declared. */
function response(status: string, node: Record<string, unknown>, produces: string[], ctx: SchemaContext): Response {
  const headers = Object.entries(isNode(node.headers) ? node.headers : {}).map(([name, raw]) => {
    const header = isNode(raw) ? raw : {};
    return { name, description: str(header.description), schema: convertSchema(withoutParameterKeys(header), ctx) };
  });
  if (node.schema === undefined) {
    // A response with examples but no schema still answers in the examples' media types.
    const examples = isNode(node.examples) ? Object.keys(node.examples) : [];
    const content = examples.map((mediaType) => ({ mediaType, schema: convertSchema({}, ctx), schemaless: true }));
    return { status, description: str(node.description), content, headers };
  }
  const schema = convertSchema(node.schema, ctx);
  const types = produces.length > 0 ? produces : ['*/*'];
  return { status, description: str(node.description), content: types.map((mediaType) => ({ mediaType, schema })), headers };
}
