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
  /** The tag's description, on the line under the header; empty when there is none. */
  readonly description: string;
  readonly baseUrl: string;
  readonly operations: readonly OperationView[];
}

/** `*{{basePath}}*`: HTML-escaped like every `{{ }}` field, and safe inside the emphasis. */
export function baseUrlText(ctx: PythonContext): string {
  return cellValue(ctx.api.baseUrl);
}

export function apiDocView(apiClass: PlanApiClass, ctx: PythonContext): ApiDocView {
  return {
    packageName: ctx.packageName,
    className: apiClass.className,
    description: apiClass.description === undefined ? '' : escapedText(apiClass.description),
    baseUrl: baseUrlText(ctx),
    operations: apiClass.operations.map((op) => operationView(op, apiClass.className, ctx)),
  };
}
