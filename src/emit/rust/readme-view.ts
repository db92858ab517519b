/**
 * The view behind templates/rust/readme.md.hbs. Everything above "Documentation for API Endpoints"
 * is ours (what the docs are, how to depend on the crate, and one heading per security scheme for
 * the API docs' Authorization links); from there down it is openapi-generator 6.0's Rust README
 * (docs-format.md §4.7), row for row.
 */
import type { Api } from '../../model/types.js';
import { ordinal } from '../docs/apis.js';
import { markdownRaw, tableCell } from '../docs/escape.js';
import type { TargetOptions } from '../target.js';
import { schemeViews, type SchemeView } from './auth.js';
import { docBaseUrl } from './base-url.js';
import type { RustPlan } from './plan.js';
import { specCell, specText } from './text.js';

export interface EndpointRowView {
  readonly className: string;
  readonly name: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string;
}

export interface ReadmeView {
  /** The crate name, reduced to what Cargo accepts in a package name. */
  readonly crateName: string;
  readonly description: string | undefined;
  readonly title: string;
  readonly apiVersion: string;
  readonly packageVersion: string;
  readonly schemes: readonly SchemeView[];
  readonly baseUrl: string;
  readonly endpoints: readonly EndpointRowView[];
  /** Model names in ordinal order. */
  readonly models: readonly string[];
  /** `## Author` prints info.contact.email (raw, `{{{infoEmail}}}`) when there is an API class. */
  readonly hasApis: boolean;
  readonly email: string;
}

export function readmeView(api: Api, plan: RustPlan, options: TargetOptions): ReadmeView {
  return {
    crateName: plan.crateName,
    description: api.description === undefined || api.description === '' ? undefined : specText(api.description),
    title: specText(api.title),
    apiVersion: specText(api.version),
    packageVersion: markdownRaw(options.packageVersion ?? api.version),
    schemes: schemeViews(api),
    baseUrl: markdownRaw(docBaseUrl(api)),
    endpoints: plan.classes.flatMap((c) =>
      c.functions.map(({ name, op }) => ({
        className: c.className,
        name,
        method: op.method.toUpperCase(),
        path: tableCell(op.path),
        summary: specCell(op.summary),
      })),
    ),
    models: plan.documented.map((m) => m.name).sort(ordinal),
    hasApis: plan.classes.length > 0,
    email: markdownRaw(api.contactEmail ?? ''),
  };
}
