/**
 * The view behind templates/rust/readme.md.hbs. Everything above "Documentation for API Endpoints"
 * is ours (what the docs are, how to depend on the crate, and one heading per security scheme for
 * the API docs' Authorization links); from there down it is openapi-generator 6.0's Rust README
 * (docs-format.md §4.7), row for row.
 */
import type { Api, Operation } from '../../model/types.js';
import { ordinal, type ApiClass } from '../docs/apis.js';
import { markdownRaw, tableCell } from '../docs/escape.js';
import type { TargetOptions } from '../target.js';
import { schemeViews, type SchemeView } from './auth.js';
import type { RustSchemas } from './schemas.js';
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

/** Cargo package names are ASCII letters, digits, `-` and `_`. */
export function crateName(packageName: string): string {
  return packageName.replace(/[^A-Za-z0-9_-]/g, '_') || 'openapi';
}

export function readmeView(
  api: Api,
  classes: readonly ApiClass[],
  opName: (op: Operation) => string,
  schemas: RustSchemas,
  options: TargetOptions,
): ReadmeView {
  return {
    crateName: crateName(options.packageName),
    description: api.description === undefined || api.description === '' ? undefined : specText(api.description),
    title: specText(api.title),
    apiVersion: specText(api.version),
    packageVersion: markdownRaw(options.packageVersion ?? api.version),
    schemes: schemeViews(api),
    baseUrl: markdownRaw(api.baseUrl),
    endpoints: classes.flatMap((c) =>
      c.operations.map((op) => ({
        className: c.className,
        name: opName(op),
        method: op.method.toUpperCase(),
        path: tableCell(op.path),
        summary: specCell(op.summary),
      })),
    ),
    models: schemas.models.map((m) => m.name).sort(ordinal),
    hasApis: classes.length > 0,
    email: markdownRaw(api.contactEmail ?? ''),
  };
}
