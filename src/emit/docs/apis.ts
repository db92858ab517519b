import { pascalCase } from 'change-case';
import type { Api, Operation } from '../../model/types.js';
import { uniqueFileNames } from '../kit/unique-names.js';

/** Operations of one API class: the class every doc style and client groups them into. */
export interface ApiClass {
  /**
   * `SessionApi` for tag `Session`; `DefaultApi` for untagged operations. Unique regardless of
   * case, as it names the class's doc file: `PetSApi` and `PetsApi` become `PetSApi`, `PetsApi2`.
   */
  readonly className: string;
  readonly tag: string | undefined;
  readonly description: string | undefined;
  /** Sorted by the language-cased operation name, plain ordinal comparison (docs-format.md §1.3). */
  readonly operations: readonly Operation[];
}

/** camelize(tag) + `Api`, as openapi-generator's toApiName does for every language. */
export function apiClassName(tag: string | undefined): string {
  const base = tag === undefined ? 'Default' : pascalCase(tag);
  return `${base === '' ? 'Default' : base}Api`;
}

/** Plain UTF-16 code unit order, like Java's String.compareTo, independent of locale. */
export function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Groups operations by their first tag into API classes listed in class-name order; `opName` is
 * the language's name for an operation, the key operations are sorted by. Class names that differ
 * only in case are told apart by the shared rule (kit/unique-names.ts), in that order: the first
 * keeps its name, the next gets `2`. The order depends on the names alone, not on the spec's order.
 */
export function apiClasses(api: Api, opName: (op: Operation) => string): ApiClass[] {
  const byClass = new Map<string, { tag: string | undefined; ops: Operation[] }>();
  for (const op of api.operations) {
    const tag = op.tags[0];
    const className = apiClassName(tag);
    const entry = byClass.get(className) ?? { tag, ops: [] };
    entry.ops.push(op);
    byClass.set(className, entry);
  }
  const sorted = [...byClass.entries()].sort(([a], [b]) => ordinal(a, b));
  const unique = uniqueFileNames(sorted.map(([className]) => className));
  return sorted.map(([className, { tag, ops }], index) => ({
    className: unique[index] ?? className,
    tag,
    description: api.tags.find((t) => t.name === tag)?.description,
    operations: [...ops].sort((a, b) => ordinal(opName(a), opName(b))),
  }));
}

/** The class names apiClasses gives, in the same order; for naming models around them. */
export function apiClassNames(api: Api): string[] {
  return apiClasses(api, (op) => op.id).map((c) => c.className);
}
