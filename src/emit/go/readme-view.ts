/**
 * The view templates/go/readme.md.hbs renders. The part above "Documentation for API Endpoints"
 * is ours; the sections from there down follow 4.2.1's README (docs-format.md §2.7).
 */
import type { Api } from '../../model/types.js';
import { htmlEscape, markdownRaw, tableCell } from '../docs/escape.js';
import type { GoNames } from './api-names.js';
import type { GoClassPlan } from './plan.js';
import { httpMethodName } from './api-view.js';
import { schemeViews, type SchemeView } from './auth.js';
import { escapedCell } from './text.js';

export interface EndpointRow {
  readonly className: string;
  readonly name: string;
  /** The lower-cased method name: 4.2.1's README anchor (`#updatesession`). */
  readonly anchor: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string;
}

export interface ReadmeView {
  readonly packageName: string;
  /** The module path the README's example imports when given (else `./<packageName>`, as 4.2.1). */
  readonly modulePath: string;
  readonly title: string;
  readonly description: string;
  readonly apiVersion: string;
  readonly packageVersion: string;
  readonly basePath: string;
  readonly endpoints: readonly EndpointRow[];
  readonly models: readonly { readonly name: string }[];
  readonly schemes: readonly SchemeView[];
  readonly hasSchemes: boolean;
  /** 4.2.1 prints the (empty) author e-mail line once, for the last API class. */
  readonly hasApis: boolean;
  /** info.contact.email, printed under "## Author" (4.2.1 prints it once, for the last API class). */
  readonly email: string;
}

export interface ReadmeOptions {
  readonly packageName: string;
  readonly packageVersion: string;
  readonly modulePath?: string | undefined;
}

export function readmeView(api: Api, classes: readonly GoClassPlan[], names: GoNames, options: ReadmeOptions): ReadmeView {
  const schemes = schemeViews(api);
  return {
    // Names from configuration still land in markdown: same guard as spec text.
    packageName: markdownRaw(options.packageName),
    modulePath: markdownRaw(options.modulePath ?? ''),
    title: markdownRaw(api.title),
    description: api.description === undefined ? '' : markdownRaw(api.description),
    apiVersion: markdownRaw(api.version),
    packageVersion: markdownRaw(options.packageVersion),
    basePath: markdownRaw(htmlEscape(api.baseUrl)),
    endpoints: classes.flatMap((c) =>
      c.operations.map(({ op, name }) => {
        return {
          className: c.className,
          name,
          anchor: name.toLowerCase(),
          method: httpMethodName(op.method),
          path: tableCell(htmlEscape(op.path)),
          summary: escapedCell(op.summary),
        };
      }),
    ),
    models: names.models.filter((m) => m.page !== false).map((m) => ({ name: m.name })),
    schemes,
    hasSchemes: schemes.length > 0,
    hasApis: classes.length > 0,
    email: markdownRaw(htmlEscape(api.contactEmail ?? '')),
  };
}
