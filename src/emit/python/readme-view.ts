/**
 * The view of README.md. Everything above "Documentation for API Endpoints" is sdkgen's own
 * introduction; the sections from there down follow swagger-codegen 2.2.2's Python README
 * (docs-format.md §3.8) row for row, including the headings the Authorization links point to.
 */
import { htmlEscape, markdownRaw } from '../docs/escape.js';
import { ordinal } from '../docs/apis.js';
import { baseUrlText } from './api-view.js';
import { documentedBy22, schemeView, type SchemeView } from './auth.js';
import { operationView } from './operation-view.js';
import { documentedClasses, type PythonPlan } from './plan.js';
import { cellText, cellValue } from './text.js';

export interface EndpointRow {
  readonly className: string;
  readonly name: string;
  /** The README links to the lower-cased operationId (§3.8). */
  readonly anchor: string;
  readonly method: string;
  readonly path: string;
  readonly tableSummary: string;
}

export interface ReadmeView {
  readonly packageName: string;
  /** The package name pip knows: swagger-codegen's projectName, `_` → `-`. */
  readonly projectName: string;
  readonly packageVersion: string;
  readonly title: string;
  readonly description: string;
  readonly apiVersion: string;
  /** The sample of the first operation of the first class, as swagger-codegen's Getting Started. */
  readonly example: string;
  readonly baseUrl: string;
  readonly endpoints: readonly EndpointRow[];
  readonly models: readonly string[];
  readonly schemes: readonly SchemeView[];
  /** `## Author` prints info.contact.email (HTML-escaped, `{{infoEmail}}`) when there is an API class. */
  readonly hasApis: boolean;
  readonly email: string;
}

export function readmeView(plan: PythonPlan): ReadmeView {
  const { api, ctx } = plan;
  const classes = documentedClasses(plan);
  const endpoints = classes.flatMap((c) =>
    c.operations.map(({ op, name }) => {
      return {
        className: c.className,
        name,
        anchor: name.toLowerCase(),
        method: op.method.toUpperCase(),
        path: cellValue(op.path),
        tableSummary: cellText(op.summary ?? ''),
      };
    }),
  );
  const first = classes[0];
  const firstOp = first?.operations[0];
  return {
    packageName: ctx.packageName,
    projectName: ctx.packageName.replace(/_/g, '-'),
    packageVersion: markdownRaw(ctx.packageVersion),
    title: markdownRaw(api.title),
    description: api.description === undefined ? '' : markdownRaw(api.description),
    apiVersion: markdownRaw(api.version),
    example: first && firstOp ? operationView(firstOp, first.className, ctx).example : '',
    baseUrl: baseUrlText(ctx),
    endpoints,
    models: plan.models.filter((m) => m.documented).map((m) => m.className).sort(ordinal),
    // 2.2.2 lists the definitions in name order (plain ordinal: `Beta` before `alpha`).
    schemes: api.securitySchemes.filter(documentedBy22(api)).sort((a, b) => ordinal(a.name, b.name)).map(schemeView),
    hasApis: classes.length > 0,
    email: markdownRaw(htmlEscape(api.contactEmail ?? '')),
  };
}
