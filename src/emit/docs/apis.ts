import { pascalCase } from 'change-case';
import type { Api, Operation } from '../../model/types.js';
import { groupOperations, type ApiClass } from '../kit/api-classes.js';

export type { ApiClass } from '../kit/api-classes.js';
export { ordinal } from '../kit/api-classes.js';

/** camelize(tag) + `Api`, as openapi-generator's toApiName does for every language. */
export function apiClassName(tag: string | undefined): string {
  const base = tag === undefined ? 'Default' : pascalCase(tag);
  return `${base === '' ? 'Default' : base}Api`;
}

/**
 * Groups operations by their first tag into API classes listed in class-name order; `opName` is
 * the language's name for an operation, the key operations are sorted by. Class names that differ
 * only in case are told apart by the shared rule (kit/unique-names.ts), in that order: the first
 * keeps its name, the next gets `2`. The order depends on the names alone, not on the spec's order.
 */
export function apiClasses(api: Api, opName: (op: Operation) => string): ApiClass[] {
  return groupOperations(api, { tags: 'first', className: apiClassName, operationName: opName });
}

/** The class names apiClasses gives, in the same order; for naming models around them. */
export function apiClassNames(api: Api): string[] {
  return apiClasses(api, (op) => op.id).map((c) => c.className);
}
