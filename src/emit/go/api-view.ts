/**
 * The view templates/go/api.md.hbs renders for one API class (docs-format.md §2.1–§2.4). Every
 * string is final: escaped for where it lands, so the template only places text.
 */
import type { Api, Operation } from '../../model/types.js';
import { htmlEscape, markdownRaw, midRowCell, tableCell } from '../docs/escape.js';
import { operationAuth, type AuthLink } from './auth.js';
import { optionalParamCell, requiredParamCell, returnCell } from './cells.js';
import type { GoParam } from './params.js';
import type { GoClassPlan, GoOperationPlan } from './plan.js';
import { defaultText, escapedCell, notesText, rawText } from './text.js';

export interface ParamRow {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  /** `[default to v]`, or empty. */
  readonly notes: string;
}

export interface OperationView {
  readonly name: string;
  /** The Opts struct: `<name>Opts`, but for an operation listed twice in a class (plan.ts). */
  readonly optsName: string;
  /** `Get`, `Patch`: 4.x capitalizes the method. */
  readonly method: string;
  readonly path: string;
  readonly tableSummary: string;
  readonly summary: string;
  readonly notes: string;
  /** The Go return type as the signature writes it; empty when there is none. */
  readonly signatureReturn: string;
  /** What follows `ctx, ` in the signature: `body`, `themeId, optional`, or nothing. */
  readonly signatureParams: string;
  readonly hasParams: boolean;
  readonly required: readonly ParamRow[];
  readonly optional: readonly ParamRow[];
  readonly hasOptional: boolean;
  readonly returnType: string;
  readonly auth: readonly AuthLink[];
  readonly contentType: string;
  readonly accept: string;
}

export interface ApiDocView {
  readonly className: string;
  readonly description: string;
  readonly basePath: string;
  readonly operations: readonly OperationView[];
}

/** `GET` → `Get`. */
export function httpMethodName(method: string): string {
  return method.charAt(0).toUpperCase() + method.slice(1).toLowerCase();
}

/** The default follows `[default to ` mid-row, so a leading `*:*` or `- x` opens nothing and stays (midRowCell). */
function notes(param: GoParam): string {
  return param.default === undefined ? '' : `[default to ${midRowCell(htmlEscape(defaultText(param.default.value)))}]`;
}

function row(param: GoParam, type: string): ParamRow {
  return { name: param.name, type, description: escapedCell(param.description), notes: notes(param) };
}

/**
 * 4.2.1 writes `, ` after each required parameter that has any parameter after it, then
 * `optional` when there are optional ones: `body`, `themeId, optional`, `optional`.
 */
function signatureParams(params: readonly GoParam[]): string {
  const required = params.filter((p) => p.required);
  const listed = required.map((p, i) => (i < params.length - 1 ? `${p.name}, ` : p.name)).join('');
  return required.length < params.length ? `${listed}optional` : listed;
}

/**
 * Accept as 4.2.1 lists it: every media type through escapeText (`text/*` → `text/_*`) except
 * `*\/*` itself, which it leaves as is. The template prints `Not defined` for an empty list.
 * addProducesInfo goes through the responses in order and appends each response's media types
 * not listed yet, counting only those: one it appends is "not the last" (`, ` follows) while
 * fewer than that response's own count were appended. So a response that repeats an earlier
 * type before a new one leaves a trailing `, ` (`application/json, application/problem+json, `).
 */
function acceptTypes(responses: readonly (readonly string[])[]): string {
  const listed: string[] = [];
  let trailing = false;
  for (const types of responses) {
    const shown = types.map(unquoted).map((t) => (t === '*/*' ? t : rawText(t)));
    const known = new Set(listed);
    const added = shown.filter((t) => !known.has(t));
    if (added.length === 0) continue;
    listed.push(...added);
    trailing = added.length < shown.length;
  }
  return listed.join(', ') + (trailing ? ', ' : '');
}

/**
 * Content-Type as 4.2.1 lists it: a `*\/*` prints as nothing but keeps its separator, and comes
 * last wherever the spec writes it (`*\/*` then `multipart/form-data` is `multipart/form-data, `;
 * test/emit/go/cases/oas3-wildcard-media-types), so a body of `*\/*` alone is `Not defined`; a
 * media type written as `''` (spoonacular's) prints as nothing too, but alone it is the empty
 * list, not `Not defined` (test/emit/go/cases/empty-media-type).
 */
function contentTypes(types: readonly string[]): string {
  const shown = types.map(unquoted);
  const last = [...shown.filter((t) => t !== '*/*'), ...shown.filter((t) => t === '*/*')];
  const listed = last.map((t) => (t === '*/*' ? '' : rawText(t))).join(', ');
  return listed === '' && !types.includes('') ? NOT_DEFINED : listed;
}

const NOT_DEFINED = 'Not defined';

/** escapeQuotationMark, which 4.2.1 applies to every media type first: `profile="a"` → `profile=a`. */
function unquoted(mediaType: string): string {
  return mediaType.replace(/"/g, '');
}

/**
 * The request's media types. Swagger 2's converter gives a body parameter without any consumes
 * the media type `*\/*` (the model says application/json, what a client sends).
 */
function requestTypes(op: Operation, api: Api): string[] {
  const body = op.requestBody;
  if (body === undefined) return [];
  if (api.dialect === 'swagger-2.0' && op.consumes.length === 0 && body.name !== undefined) return ['*/*'];
  return body.content.map((c) => c.mediaType);
}

export function operationView(plan: GoOperationPlan, api: Api): OperationView {
  const { op, params, required, optional, result } = plan;
  return {
    name: plan.name,
    optsName: plan.optsName,
    method: httpMethodName(op.method),
    path: tableCell(htmlEscape(op.path)),
    tableSummary: escapedCell(op.summary),
    summary: notesText(op.summary),
    notes: notesText(op.description),
    signatureReturn: result?.dataType ?? '',
    signatureParams: signatureParams(params),
    hasParams: params.length > 0,
    required: required.map((p) => row(p, requiredParamCell(p.type))),
    optional: optional.map((p) => row(p, optionalParamCell(p.type))),
    hasOptional: optional.length > 0,
    returnType: returnCell(result),
    auth: operationAuth(op, api),
    // Go's rule (§1.8): only a request body gives a Content-Type, whatever the spec's consumes.
    contentType: contentTypes(requestTypes(op, api)),
    accept: acceptTypes(op.responses.map((r) => r.content.map((c) => c.mediaType))),
  };
}

export function apiDocView(apiClass: GoClassPlan, api: Api): ApiDocView {
  return {
    className: apiClass.className,
    // 4.2.1's api_doc.mustache has a {{#description}} block, but no tag description ever reaches it.
    description: '',
    basePath: markdownRaw(htmlEscape(api.baseUrl)),
    operations: apiClass.operations.map((op) => operationView(op, api)),
  };
}
