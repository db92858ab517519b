/**
 * The view templates/go/api.md.hbs renders for one API class (docs-format.md §2.1–§2.4). Every
 * string is final: escaped for where it lands, so the template only places text.
 */
import type { Api } from '../../model/types.js';
import { htmlEscape, markdownRaw, tableCell } from '../docs/escape.js';
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

function notes(param: GoParam): string {
  return param.default === undefined ? '' : `[default to ${tableCell(htmlEscape(defaultText(param.default.value)))}]`;
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

/** Media types as 4.2.1 lists them; the template prints `Not defined` for an empty list. */
function mediaTypes(types: readonly string[]): string {
  return types.map(rawText).join(', ');
}

export function operationView(plan: GoOperationPlan, api: Api): OperationView {
  const { op, params, required, optional, result } = plan;
  return {
    name: plan.name,
    method: httpMethodName(op.method),
    path: tableCell(htmlEscape(op.path)),
    tableSummary: escapedCell(op.summary),
    summary: rawText(op.summary),
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
    contentType: mediaTypes(op.requestBody?.content.map((c) => c.mediaType) ?? []),
    accept: mediaTypes(op.produces),
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
