/**
 * What the templates know about one operation: every spec string already escaped for the place
 * it lands (docs-format.md §3.1–§3.6), so templates only place text.
 */
import { render } from '../docs/templates.js';
import { documentedBy22, operationSchemes, schemeView, type SchemeView } from './auth.js';
import type { PythonContext } from './context.js';
import { exampleValue } from './examples.js';
import type { PyParam } from './params.js';
import type { PlanOperation } from './plan.js';
import { cellText, cellValue, codeRawText, codeText, defaultCell, mediaTypeText, notesText } from './text.js';
import { typeMarkdown } from './types.js';

export interface ParamView {
  readonly name: string;
  readonly typeCell: string;
  readonly description: string;
  /** `[optional] ` and `[default to v]`, as the Notes cell prints them. */
  readonly notes: string;
}

/** A parameter as the code sample prints it: spec text escaped for Python source, not markdown. */
export interface SampleParamView {
  readonly name: string;
  readonly example: string;
  readonly dataType: string;
  readonly description: string;
  readonly required: boolean;
  /** ` (default to x)`, also for an empty default (` (default to )`): jmustache's section opens for `''`. */
  readonly defaultNote: string;
}

export interface OperationView {
  readonly name: string;
  /** Upper-case HTTP method (`GET`), §5.4. */
  readonly method: string;
  readonly path: string;
  readonly tableSummary: string;
  readonly summary: string;
  readonly notes: string;
  /** jmustache's `{{#notes}}` opens for an empty description too (`description: ''` prints two empty lines). */
  readonly hasNotes: boolean;
  /** `body, fields=fields`: required params by name, optional ones as keywords (§3.2). */
  readonly args: string;
  readonly returnType: string;
  readonly returnCell: string;
  readonly params: readonly ParamView[];
  readonly auth: readonly SchemeView[];
  readonly contentType: string;
  readonly accept: string;
  /** The fenced Python sample, rendered from example.md.hbs. */
  readonly example: string;
}

function paramView(p: PyParam): ParamView {
  const optional = p.required ? '' : '[optional] ';
  const fallback = p.defaultValue === undefined ? '' : `[default to ${defaultCell(p.defaultValue)}]`;
  return { name: p.name, typeCell: typeMarkdown(p.type, p.location === 'body' ? 'body' : 'param'), description: cellText(p.description ?? ''), notes: `${optional}${fallback}` };
}

function sampleParamView(p: PyParam, ctx: PythonContext): SampleParamView {
  return {
    name: p.name,
    example: exampleValue(p, ctx.packageName),
    dataType: p.type.name,
    description: codeText(p.description ?? ''),
    required: p.required,
    defaultNote: p.defaultValue === undefined ? '' : ` (default to ${codeRawText(p.defaultValue)})`,
  };
}

function mediaTypes(types: readonly string[]): string {
  return types.length === 0 ? 'Not defined' : types.map(mediaTypeText).join(', ');
}

export function operationView(planned: PlanOperation, className: string, ctx: PythonContext): OperationView {
  const { op, name, params, documentedReturns: returns } = planned;
  const auth = operationSchemes(op, ctx.api).filter(documentedBy22(ctx.api)).map(schemeView);
  const args = params.map((p) => (p.required ? p.name : `${p.name}=${p.name}`)).join(', ');
  const sample = {
    packageName: ctx.packageName,
    className,
    name,
    auth,
    params: params.map((p) => sampleParamView(p, ctx)),
    summary: op.summary === undefined ? '' : codeText(op.summary),
    // An empty summary still prints its `# ` comment line: jmustache's sections open for ''.
    hasSummary: op.summary !== undefined,
    returnType: returns?.name ?? '',
    args,
  };
  return {
    name,
    method: op.method.toUpperCase(),
    path: cellValue(op.path),
    tableSummary: cellText(op.summary ?? ''),
    summary: notesText(op.summary ?? ''),
    notes: op.description === undefined ? '' : notesText(op.description),
    hasNotes: op.description !== undefined,
    args,
    returnType: returns?.name ?? '',
    returnCell: returns === undefined ? 'void (empty response body)' : typeMarkdown(returns, 'return'),
    params: params.map(paramView),
    auth,
    // swagger-codegen applies Swagger 2.0's global consumes to every operation (§1.8); the model's
    // `consumes` already carries that, and the requestBody types for OpenAPI 3.
    contentType: mediaTypes(op.consumes),
    // 2.2.2 prints Swagger 2.0's declared produces, also for operations whose responses have no body.
    accept: mediaTypes(op.declaredProduces ?? op.produces),
    example: render('python', 'example.md', sample),
  };
}
