/**
 * The view behind templates/rust/api.md.hbs: one API class, every string final (escaped for where
 * it lands), so the template only places text.
 */
import type { Api } from '../../model/types.js';
import { markdownRaw, midRowCell, tableCell } from '../docs/escape.js';
import { isFormFieldsMedia } from '../kit/inline-models.js';
import { operationAuth } from './auth.js';
import { docBaseUrl } from './base-url.js';
import type { PlannedClass, PlannedFunction } from './plan.js';
import { defaultText, formFieldCell, midLineText, notesText, specCell } from './text.js';
import { docSpelling, returnCell, typeCell } from './types.js';

export interface ParamRowView {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  /** `[required]` or empty. */
  readonly required: string;
  /** `[default to v]` or empty; printed right after the last pipe. */
  readonly notes: string;
}

export interface OperationView {
  readonly name: string;
  readonly method: string;
  readonly path: string;
  /** Summary for the method table (cell-escaped). */
  readonly tableSummary: string;
  /** The line after `> `: `[<returnType> ]<name>(<params>)`. */
  readonly signature: string;
  readonly summary: string;
  /** Whether 6.0 prints the notes paragraph: for any description, an empty one included (Java's
   * mustache counts "" as present), so `description: ""` leaves two blank lines; but its Swagger 2.0
   * reader drops an empty description, so there it prints none. */
  readonly hasNotes: boolean;
  readonly notes: string;
  readonly params: readonly ParamRowView[];
  readonly returnType: string;
  readonly authorization: string;
  readonly contentType: string;
  readonly accept: string;
}

export interface ApiDocView {
  readonly className: string;
  readonly description: string | undefined;
  readonly baseUrl: string;
  readonly operations: readonly OperationView[];
}

/** Media types joined as the reference lists them, or `Not defined`. */
/** 6.0 prints the any-type media type as written, not through escapeText (which would add `_` inside it). */
function mediaList(types: readonly string[]): string {
  // Each after `**Accept**: ` or a comma, never at the start of a line (midLineText).
  return types.length === 0 ? 'Not defined' : types.map((t) => (t === '*/*' ? t : midLineText(t))).join(', ');
}

function operationView(fn: PlannedFunction, api: Api): OperationView {
  const { op, name, params, returns } = fn;
  const args = params.map((p) => p.name).join(', ');
  return {
    name,
    method: op.method.toUpperCase(),
    path: tableCell(op.path),
    tableSummary: specCell(op.summary),
    signature: `${returns === undefined ? '' : `${docSpelling(returns)} `}${name}(${args})`,
    // On its own line like the notes, and guarded as they are: a leading list marker or `###`
    // stays as 6.0 prints it (intel's `1. Find products…`); it starts a one-line block that the
    // blank line after it ends.
    summary: op.summary === undefined ? '' : notesText(op.summary),
    hasNotes: op.description !== undefined && !(op.description === '' && api.dialect === 'swagger-2.0'),
    notes: op.description === undefined ? '' : notesText(op.description),
    params: params.map((p) => ({
      name: p.name,
      type: typeCell(p.type, p.unlinked ? 'unlinked' : p.formField !== undefined ? 'field' : p.source === undefined ? 'body' : 'param', p.required, p.shown),
      description: p.formField === undefined ? specCell(p.description) : formFieldCell(p.description),
      required: p.required ? '[required]' : '',
      // Mid-row, after `[default to `: a leading `*` or `#` opens nothing there (uspto's `*:*`).
      notes: p.default === undefined ? '' : `[default to ${midRowCell(defaultText(p.default.value))}]`,
    })),
    returnType: returnCell(returns),
    authorization: operationAuth(op, api),
    // The request body's own media types: an operation without a body sends no Content-Type.
    // 6.0 skips the any-type media type there: in Swagger 2.0 it stood for no consumes at all,
    // and that is what its converter gives a body declared without consumes (the model's
    // application/json, which the crate sends, is printed as 6.0 prints `*/*`: Not defined).
    contentType: mediaList(bodyMediaTypes(op, api).filter((t) => t !== '*/*')),
    accept: mediaList(op.produces),
  };
}

/** The body's media types as 6.0 knows them (a Swagger 2.0 JSON body without consumes has none). */
function bodyMediaTypes(op: PlannedFunction['op'], api: Api): string[] {
  const types = op.requestBody?.content.map((c) => c.mediaType) ?? [];
  const undeclared = api.dialect === 'swagger-2.0' && op.consumes.length === 0 && !types.some(isFormFieldsMedia);
  return undeclared ? [] : types;
}

export function apiDocView(api: Api, planned: PlannedClass): ApiDocView {
  const { apiClass } = planned;
  return {
    className: apiClass.className,
    // openapi-generator 6.0.0 never hands the tag description to the API doc (checked on 845 API
    // docs it wrote for public specs: none has one).
    description: undefined,
    baseUrl: markdownRaw(docBaseUrl(api)),
    operations: planned.functions.map((fn) => operationView(fn, api)),
  };
}
