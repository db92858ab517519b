import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ignore from 'ignore';

/**
 * `.sdkgenignore` in the output folder: generated paths a user has taken over, in gitignore syntax
 * (comments, `!` to re-include, a trailing `/` for folders, a leading or inner `/` to anchor at
 * the output folder, `*`, `?`, `[...]` and `**`). sdkgen neither writes nor removes what it
 * matches, and `check` does not compare it. As in git, a file in an ignored folder cannot be
 * re-included. The matching is the `ignore` package's, the gitignore implementation that
 * eslint and prettier use, rather than a glob translator of our own.
 */
export const IGNORE_FILE = '.sdkgenignore';

/** Whether sdkgen leaves a relative path alone. */
export type IgnoredPath = (path: string) => boolean;

/** The rules of `<out>/.sdkgenignore`; nothing is ignored when the file is absent. */
export async function readIgnoreFile(out: string): Promise<IgnoredPath> {
  return ignoreRules(await readIgnoreText(out));
}

/** `<out>/.sdkgenignore`'s text, or undefined when there is none. */
export async function readIgnoreText(out: string): Promise<string | undefined> {
  try {
    return await readFile(join(out, IGNORE_FILE), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/**
 * A matcher for gitignore-syntax `text`, over `/`-separated paths relative to the output folder;
 * without a file (undefined), nothing is ignored.
 */
export function ignoreRules(text: string | undefined): IgnoredPath {
  if (text === undefined) return () => false;
  const matcher = ignore().add(text);
  return (path) => matcher.ignores(path);
}
