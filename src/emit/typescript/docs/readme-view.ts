/**
 * The view behind templates/typescript/readme.md.hbs, and the ids of the README headings other
 * pages link to (computed before any page, from the same heading list the template prints).
 */
import type { Api } from '../../../model/types.js';
import { ordinal } from '../../docs/apis.js';
import type { TargetOptions } from '../../target.js';
import type { ApiClassPlan, OperationPlan } from '../plan.js';
import { Configuration, DEFAULT_TIMEOUT_MS } from '../runtime/configuration.js';
import { MAX_REDIRECTS } from '../runtime/redirect.js';
import { resolveRetryOptions } from '../runtime/retry.js';
import { HeadingIds, literalHeading } from './anchors.js';
import { operationExample, operationIds, type CodeBlockView } from './api-view.js';
import { schemeDescription, schemeFacts, type SchemeLink } from './auth.js';
import type { DocsContext, ReadmeIds } from './context.js';
import { cell, fenceFor, literal, paragraphs, proseLine } from './markdown.js';

/** The `##` headings readme.md.hbs prints after the title, in order; scheme headings follow. */
export const README_SECTIONS = [
  'Installation',
  'Getting started',
  'Configuration',
  'Errors',
  'Documentation for API Endpoints',
  'Documentation For Models',
  'Documentation For Authorization',
] as const;

/** Replays the README's headings: the title (the package name), the sections, one per scheme. */
export function readmeIds(api: Api, packageName: string): ReadmeIds {
  const ids = new HeadingIds();
  ids.claim(literalHeading(packageName).text);
  const sections = new Map(README_SECTIONS.map((title) => [title, ids.claim(title)]));
  const schemes = new Map<string, SchemeLink>();
  for (const scheme of api.securitySchemes) {
    const heading = literalHeading(scheme.name);
    schemes.set(scheme.name, { markdown: heading.markdown, id: ids.claim(heading.text) });
  }
  return {
    endpoints: sections.get('Documentation for API Endpoints') ?? '',
    models: sections.get('Documentation For Models') ?? '',
    schemes,
  };
}

export interface EndpointRowView {
  readonly className: string;
  readonly classFile: string;
  readonly name: string;
  readonly anchor: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string;
}

export interface ReadmeView {
  readonly title: string;
  readonly endpointsId: string;
  readonly description: readonly string[];
  readonly apiTitle: string;
  readonly apiVersion: string;
  readonly packageVersion: string;
  readonly install: CodeBlockView;
  readonly gettingStarted: CodeBlockView | undefined;
  readonly basePath: string;
  readonly timeoutMs: number;
  readonly retry: { readonly maxAttempts: number; readonly baseDelayMs: number; readonly maxDelayMs: number };
  readonly maxResponseBytes: number;
  readonly crossOriginRedirects: string;
  readonly maxRedirects: number;
  readonly baseUrl: string;
  readonly endpoints: readonly EndpointRowView[];
  readonly models: readonly { readonly name: string; readonly file: string }[];
  readonly schemes: readonly { readonly heading: string; readonly facts: readonly string[]; readonly description: readonly string[] }[];
}

/**
 * The getting-started call: the simplest GET (it changes nothing), the one needing the fewest
 * inputs: required parameters, and a body if it takes one; ties keep the operations' order. An
 * API without GETs starts with its first operation.
 */
function firstCall(classes: readonly ApiClassPlan[]): { className: string; plan: OperationPlan } | undefined {
  const all = classes.flatMap((c) => c.operations.map((plan) => ({ className: c.className, plan })));
  const inputs = (plan: OperationPlan): number =>
    plan.fields.filter((f) => f.parameter.required).length + (plan.bodyField === undefined ? 0 : 1);
  const gets = all.filter((c) => c.plan.operation.method === 'get');
  const simplest = gets.reduce<(typeof all)[number] | undefined>((best, c) => (best === undefined || inputs(c.plan) < inputs(best.plan) ? c : best), undefined);
  return simplest ?? all[0];
}

export function readmeView(context: DocsContext, classes: readonly ApiClassPlan[], options: TargetOptions): ReadmeView {
  const { api } = context;
  const install = `npm install ${options.packageName}\n`;
  const first = firstCall(classes);
  return {
    title: literalHeading(options.packageName).markdown,
    endpointsId: context.readme.endpoints,
    description: paragraphs(api.description),
    apiTitle: proseLine(api.title),
    apiVersion: literal(api.version),
    packageVersion: literal(options.packageVersion ?? api.version),
    install: { fence: fenceFor(install), code: install },
    gettingStarted: first === undefined ? undefined : operationExample(context, first.className, first.plan, true),
    basePath: literal(api.baseUrl),
    timeoutMs: DEFAULT_TIMEOUT_MS,
    retry: resolveRetryOptions(),
    maxResponseBytes: new Configuration().maxResponseBytes,
    crossOriginRedirects: new Configuration().crossOriginRedirects,
    maxRedirects: MAX_REDIRECTS,
    baseUrl: literal(api.baseUrl),
    endpoints: classes.flatMap((c) => {
      const ids = operationIds(c);
      return c.operations.map((plan) => ({
        className: literal(c.className),
        classFile: context.classFiles.get(c.className) ?? c.className,
        name: literal(plan.methodName),
        anchor: ids.get(plan) ?? '',
        method: plan.operation.method.toUpperCase(),
        path: literal(plan.operation.path),
        summary: cell(plan.operation.summary),
      }));
    }),
    models: [...context.modelFiles]
      .sort(([a], [b]) => ordinal(a, b))
      .map(([name, file]) => ({ name: literal(name), file })),
    schemes: api.securitySchemes.map((scheme) => ({
      heading: context.readme.schemes.get(scheme.name)?.markdown ?? '',
      facts: schemeFacts(scheme),
      description: schemeDescription(scheme),
    })),
  };
}
