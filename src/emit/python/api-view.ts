/**
 * The view of docs/<Class>.md (docs-format.md §3.1): the class header and its operations in the
 * order apiClasses sorted them by Python method name.
 */
import type { PythonContext } from './context.js';
import { operationView, type OperationView } from './operation-view.js';
import type { PlanApiClass } from './plan.js';
import { escapedText, cellValue } from './text.js';

export interface ApiDocView {
  readonly packageName: string;
  readonly className: string;
  /** The line under the header: empty, as swagger-codegen 2.2.2 writes it (see apiDocView). */
  readonly description: string;
  readonly baseUrl: string;
  readonly operations: readonly OperationView[];
}

/**
 * swagger-codegen 2.2.2's basePath: for Swagger 2.0 the first scheme (else `https`), `://`, the
 * host (else `localhost`) and the basePath exactly as written, a trailing `/` kept (a basePath
 * of JSON `null` is printed `null`, as 2.2.2 reads it).
 */
function basePath(ctx: PythonContext): string {
  const written = ctx.api.writtenLocation;
  if (written === undefined) return ctx.api.baseUrl;
  const path = written.basePath === null ? 'null' : (written.basePath ?? '');
  return `${written.scheme ?? 'https'}://${written.host ?? 'localhost'}${path}`;
}

/** `*{{basePath}}*`: HTML-escaped like every `{{ }}` field, and safe inside the emphasis. */
export function baseUrlText(ctx: PythonContext): string {
  return cellValue(basePath(ctx));
}

export function apiDocView(apiClass: PlanApiClass, ctx: PythonContext): ApiDocView {
  return {
    packageName: ctx.packageName,
    className: apiClass.className,
    // swagger-codegen 2.2.2 never hands the tag description to the API doc (checked on 874 API
    // docs it wrote for public specs: none has one), so the line under the header stays empty.
    description: '',
    baseUrl: baseUrlText(ctx),
    operations: apiClass.operations.map((op) => operationView(op, apiClass.className, ctx)),
  };
}
