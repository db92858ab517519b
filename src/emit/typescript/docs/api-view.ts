/**
 * The view behind templates/typescript/api.md.hbs: one API class, every string final (escaped
 * for where it lands), so the template only places text.
 */
import type { Operation, Parameter, Response } from '../../../model/types.js';
import { responseBodyType } from '../errors.js';
import { bodyContent, isSuccess, responseShape } from '../media.js';
import { acceptHeader, optionsType, requestIsOptional, returnType } from '../operation.js';
import type { ApiClassPlan, OperationPlan } from '../plan.js';
import type { Value } from '../expression.js';
import { HeadingIds } from './anchors.js';
import { authorizationLine, exampleConfiguration } from './auth.js';
import type { DocsContext } from './context.js';
import { exampleCode } from './example-code.js';
import { cell, codeSpan, defaultNote, fenceFor, literal, paragraphs, proseLine } from './markdown.js';
import { typeMarkdown } from './type-links.js';

/** The `###` headings api.md.hbs prints under each operation, in order (their ids count too). */
export const OPERATION_SUBHEADINGS = ['Example', 'Parameters', 'Return type', 'Responses', 'Authorization', 'HTTP request headers'] as const;

export interface CodeBlockView {
  readonly fence: string;
  readonly code: string;
}

export interface ParamRowView {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly required: string;
  readonly notes: string;
}

/** One response the spec declares: status, description, body type, headers. */
export interface ResponseRowView {
  readonly status: string;
  readonly description: string;
  readonly type: string;
  readonly headers: string;
}

export interface OperationView {
  readonly name: string;
  readonly anchor: string;
  readonly method: string;
  readonly path: string;
  readonly tableSummary: string;
  readonly signature: string;
  /** `getPetRaw(...)`, and `getPhotoStream(...)` for binary downloads. */
  readonly rawSignature: string;
  readonly streamSignature: string | undefined;
  readonly eventStream: boolean;
  readonly errorType: string;
  readonly errorGuard: string;
  readonly responses: readonly ResponseRowView[];
  readonly summary: string | undefined;
  readonly deprecated: boolean;
  readonly notes: readonly string[];
  readonly example: CodeBlockView;
  readonly params: readonly ParamRowView[];
  readonly returnType: string;
  readonly authorization: string;
  readonly contentType: string;
  readonly accept: string;
}

export interface ApiDocView {
  readonly className: string;
  /** This page's own file name, for the method table's links. */
  readonly classFile: string;
  readonly description: readonly string[];
  readonly baseUrl: string;
  readonly operations: readonly OperationView[];
  readonly endpointsId: string;
  readonly modelsId: string;
}

/** The id of each operation's heading in its class's doc, from a replay of that page's headings. */
export function operationIds(plan: ApiClassPlan): ReadonlyMap<OperationPlan, string> {
  const ids = new HeadingIds();
  ids.claim(plan.className);
  const result = new Map<OperationPlan, string>();
  for (const op of plan.operations) {
    result.set(op, ids.claim(op.methodName));
    ids.claimAll(OPERATION_SUBHEADINGS);
  }
  return result;
}

function notes(...parts: (string | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
}

function paramRow(context: DocsContext, parameter: Parameter, field: string): ParamRowView {
  const fallback = parameter.schema.default;
  return {
    name: literal(field),
    type: typeMarkdown(context.printer.print(parameter.schema), context.modelFiles, ''),
    description: cell(parameter.description),
    required: parameter.required ? '[required]' : '',
    notes: notes(
      `[${parameter.in}: ${literal(parameter.name)}]`,
      fallback !== undefined && defaultNote(fallback.value),
      parameter.deprecated && '[deprecated]',
    ),
  };
}

function params(context: DocsContext, plan: OperationPlan): ParamRowView[] {
  const rows = plan.fields.map(({ parameter, field }) => paramRow(context, parameter, field));
  const body = plan.operation.requestBody;
  if (body !== undefined && plan.bodyField !== undefined) {
    const content = bodyContent(body);
    rows.push({
      name: literal(plan.bodyField),
      type: typeMarkdown(content === undefined ? 'unknown' : context.printer.print(content.schema), context.modelFiles, ''),
      description: cell(body.description),
      required: body.required ? '[required]' : '',
      notes: `[body: ${content === undefined ? 'Not defined' : literal(content.mediaType)}]`,
    });
  }
  return rows;
}

function exampleRequest(context: DocsContext, plan: OperationPlan): Record<string, Value> | undefined {
  if (plan.requestType === undefined) return undefined;
  const request: Record<string, Value> = {};
  for (const { parameter, field } of plan.fields) request[field] = context.examples.value(parameter.schema, field, parameter.example);
  const body = plan.operation.requestBody;
  if (body !== undefined && plan.bodyField !== undefined) {
    const content = bodyContent(body);
    request[plan.bodyField] = content === undefined ? {} : context.examples.value(content.schema, plan.bodyField);
  }
  return request;
}

/** The example call of an operation; also the README's getting-started example. */
export function operationExample(context: DocsContext, className: string, plan: OperationPlan, handleErrors = false): CodeBlockView {
  const code = exampleCode({
    packageName: context.packageName,
    className,
    methodName: plan.methodName,
    configuration: exampleConfiguration(context.api, plan.operation),
    request: exampleRequest(context, plan),
    returnsValue: returnType(plan.operation, context.printer) !== 'void',
    iterates: responseShape(plan.operation).kind === 'event-stream',
    handleErrors,
  });
  return { fence: fenceFor(code), code };
}

function signature(plan: OperationPlan, name: string, returns: string): string {
  const request = plan.requestType === undefined ? '' : `request${requestIsOptional(plan) ? '?' : ''}: ${plan.requestType}, `;
  return codeSpan(`${name}(${request}options?: ${optionsType(plan.operation)}): Promise<${returns}>`);
}

/** The body type a response row shows: what the method resolves to for 2xx, the ApiError body otherwise. */
function responseType(context: DocsContext, op: Operation, response: Response, returns: string): string {
  if (response.content.length === 0) return '';
  const type = isSuccess(response.status) && responseShape(op).kind !== 'json' ? returns : responseBodyType(response, context.printer);
  return typeMarkdown(type, context.modelFiles, '');
}

function responseRows(context: DocsContext, op: Operation, returns: string): ResponseRowView[] {
  return op.responses.map((response) => ({
    status: `**${literal(response.status)}**`,
    description: cell(response.description),
    type: responseType(context, op, response, returns),
    headers: response.headers
      .map((h) => {
        const about = cell(h.description);
        // literal, not a code span: a `|` inside a code span still ends a table cell.
        return `**${literal(h.name)}** (${typeMarkdown(context.printer.print(h.schema), context.modelFiles, '')})${about === '' ? '' : `: ${about}`}`;
      })
      .join('; '),
  }));
}

function operationView(context: DocsContext, className: string, plan: OperationPlan, anchor: string): OperationView {
  const op = plan.operation;
  const returns = returnType(op, context.printer);
  const summary = op.summary === undefined || op.summary.trim() === '' ? undefined : proseLine(op.summary);
  const content = op.requestBody === undefined ? undefined : bodyContent(op.requestBody);
  return {
    name: literal(plan.methodName),
    anchor,
    method: op.method.toUpperCase(),
    path: literal(op.path),
    tableSummary: cell(op.summary),
    signature: signature(plan, plan.methodName, returns),
    rawSignature: signature(plan, plan.rawMethodName, `ApiResponse<${returns}>`),
    streamSignature: plan.streamMethodName === undefined ? undefined : signature(plan, plan.streamMethodName, 'ApiResponse<ReadableStream<Uint8Array>>'),
    eventStream: responseShape(op).kind === 'event-stream',
    errorType: codeSpan(plan.errorType),
    errorGuard: codeSpan(`${plan.errorGuard}(error)`),
    responses: responseRows(context, op, returns),
    summary,
    deprecated: op.deprecated,
    notes: paragraphs(op.description).filter((p) => p !== summary),
    example: operationExample(context, className, plan),
    params: params(context, plan),
    returnType: returns === 'void' ? '**void** (empty response body)' : typeMarkdown(returns, context.modelFiles, ''),
    authorization: authorizationLine(op, context.readme.schemes),
    contentType: content === undefined ? 'Not defined' : literal(content.mediaType),
    // What the client sends: the spec's types, in the order the runtime call lists them.
    accept: op.produces.length === 0 ? 'Not defined' : literal(acceptHeader(op.produces, responseShape(op).kind)),
  };
}

export function apiDocView(context: DocsContext, plan: ApiClassPlan): ApiDocView {
  const ids = operationIds(plan);
  return {
    className: literal(plan.className),
    classFile: context.classFiles.get(plan.className) ?? plan.className,
    description: paragraphs(plan.description),
    baseUrl: literal(context.api.baseUrl),
    operations: plan.operations.map((op) => operationView(context, plan.className, op, ids.get(op) ?? '')),
    endpointsId: context.readme.endpoints,
    modelsId: context.readme.models,
  };
}
