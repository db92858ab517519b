/**
 * The one collision rule of every target. Names (methods, fields, API classes, models) are settled
 * in an order the caller fixes from the spec, and:
 *
 * - the first holder of a name keeps it;
 * - a later holder gets `<name><separator>2`, `3`, ... (or from `start`): the first suffix that is neither taken
 *   nor the plain name of any item in the list, so a suffix never steals an item's own name;
 * - with `ignoreCase`, names equal but for case are the same name. Names that become file names
 *   always use it: macOS and Windows fold case, so `PetsApi.md` and `PetSApi.md` would be one file.
 */
export interface UniqueOptions {
  /** Between a name and its number: `''` (`Pet2`) or `'_'` (`user_id_2`). */
  readonly separator?: string;
  readonly ignoreCase?: boolean;
  /** Names the scope already uses; an item named like one is suffixed. */
  readonly taken?: Iterable<string>;
  /** The first number tried: 2 (`Pet2`), or 0 as openapi-generator numbers repeated operationIds (`usersGet_0`). */
  readonly start?: number;
}

export function uniqueNames(names: readonly string[], options: UniqueOptions = {}): string[] {
  const { separator = '', ignoreCase = false, taken = [], start = 2 } = options;
  const key = ignoreCase ? (name: string) => name.toLowerCase() : (name: string) => name;
  const wanted = new Set(names.map(key));
  const used = new Set([...taken].map(key));
  return names.map((name) => {
    let chosen = name;
    for (let n = start; used.has(key(chosen)) || (chosen !== name && wanted.has(key(chosen))); n += 1) {
      chosen = `${name}${separator}${n}`;
    }
    used.add(key(chosen));
    return chosen;
  });
}

/**
 * Names that are also file names in one folder (docs/<name>.md): the rule above, ignoring case,
 * with a bare number as the suffix (`PetsApi2`, `PET2`).
 */
export function uniqueFileNames(names: readonly string[], taken: Iterable<string> = []): string[] {
  return uniqueNames(names, { ignoreCase: true, taken });
}
