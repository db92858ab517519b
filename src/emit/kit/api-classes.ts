/**
 * Grouping operations into API classes, for every target. What generators disagree on is a
 * parameter, not a copy: which tags place an operation (swagger-codegen and sdkgen's own clients
 * use the first; openapi-generator lists it under every tag) and how a tag becomes a class name.
 */
import type { Api, Operation } from '../../model/types.js';
import { uniqueFileNames } from './unique-names.js';

export interface ApiClass {
  /** Unique regardless of case, as it names the class's doc file. */
  readonly className: string;
  /** The tag that made the class (the first one seen), undefined for untagged operations. */
  readonly tag: string | undefined;
  readonly description: string | undefined;
  /** Sorted by the language's operation name, plain ordinal comparison. */
  readonly operations: readonly Operation[];
}

export interface GroupingOptions {
  /** `first`: the first tag decides; `every`: the operation is listed under each of its tags. */
  readonly tags: 'first' | 'every';
  /** Class name of a tag (undefined: untagged). */
  readonly className: (tag: string | undefined) => string;
  /** The language's name for an operation: the sort key within a class. */
  readonly operationName: (op: Operation) => string;
  /** What the classes are listed by (default: the class name); openapi-generator 6.0 lists them by the camelized tag. */
  readonly classOrder?: ((tag: string | undefined) => string) | undefined;
  /**
   * With `every`: an operation two of whose tags name one class is listed there once per such tag,
   * as openapi-generator 6.0's Rust client does (sendgrid's `segmenting contacts` and `Segmenting
   * Contacts`); the caller names the repeats apart. Otherwise it is listed once.
   */
  readonly repeatPerTag?: boolean | undefined;
  /**
   * False keeps class names that differ only in case as they are (`CRUDApi` beside `CrudApi`), as
   * the generators do on a case-sensitive disk; only a reference rendering for the oracle asks for
   * it, since sdkgen renames them apart for case-insensitive disks (README "Exactness").
   */
  readonly caseApart?: boolean | undefined;
}

/** Plain UTF-16 code unit order, like Java's String.compareTo, independent of locale. */
export function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Classes in class-name order (or options.classOrder's). Tags whose class names are equal share a class; names that differ
 * only in case are told apart by the shared rule (kit/unique-names.ts): the first keeps its name.
 */
export function groupOperations(api: Api, options: GroupingOptions): ApiClass[] {
  // A language's names come from case conversions: each tag's and each operation's is made once,
  // not once per operation and once per comparison of the sort.
  const classNames = new Map<string | undefined, string>();
  const classNameOf = (tag: string | undefined): string => classNames.get(tag) ?? classNames.set(tag, options.className(tag)).get(tag)!;
  const byClass = new Map<string, { tag: string | undefined; ops: Operation[] }>();
  for (const op of api.operations) {
    const tags: (string | undefined)[] = op.tags.length === 0 ? [undefined] : options.tags === 'first' ? [op.tags[0]] : [...op.tags];
    for (const tag of tags) {
      const className = classNameOf(tag);
      const entry = byClass.get(className) ?? { tag, ops: [] };
      // Two tags of one operation may name the same class: it is listed there once (its tags are
      // read one after another, so a repeat is always the last one pushed).
      if (options.repeatPerTag === true || entry.ops[entry.ops.length - 1] !== op) entry.ops.push(op);
      byClass.set(className, entry);
    }
  }
  const key = ([className, { tag }]: [string, { tag: string | undefined }]): string => (options.classOrder === undefined ? className : options.classOrder(tag));
  const sorted = [...byClass.entries()].sort((a, b) => ordinal(key(a), key(b)) || ordinal(a[0], b[0]));
  const unique = options.caseApart === false ? sorted.map(([className]) => className) : uniqueFileNames(sorted.map(([className]) => className));
  return sorted.map(([className, { tag, ops }], index) => ({
    className: unique[index] ?? className,
    tag,
    description: api.tags.find((t) => t.name === tag)?.description,
    operations: sortedBy(ops, options.operationName),
  }));
}

/** `items` sorted by `key` (plain ordinal comparison, stable), each key computed once. */
function sortedBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const keyed = items.map((item) => ({ item, key: key(item) }));
  return keyed.sort((a, b) => ordinal(a.key, b.key)).map((k) => k.item);
}
