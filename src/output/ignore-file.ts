import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * `.sdkgenignore` in the output folder: generated paths a user has taken over, in gitignore syntax
 * (comments, `!` to re-include, a trailing `/` for folders, a leading or inner `/` to anchor at
 * the output folder, `*`, `?`, `[...]` and `**`). sdkgen neither writes nor removes what it
 * matches, and `check` does not compare it. As in git, a file in an ignored folder cannot be
 * re-included.
 */
export const IGNORE_FILE = '.sdkgenignore';

interface Rule {
  readonly negated: boolean;
  readonly folderOnly: boolean;
  readonly regex: RegExp;
}

/** Whether sdkgen leaves a relative path alone. */
export type IgnoredPath = (path: string) => boolean;

/** The rules of `<out>/.sdkgenignore`; nothing is ignored when the file is absent. */
export async function readIgnoreFile(out: string): Promise<IgnoredPath> {
  let text: string;
  try {
    text = await readFile(join(out, IGNORE_FILE), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return () => false;
    throw error;
  }
  return ignoreRules(text);
}

export function ignoreRules(text: string): IgnoredPath {
  const rules = text.split(/\r?\n/).flatMap((line) => {
    const rule = parseRule(line);
    return rule === undefined ? [] : [rule];
  });
  if (rules.length === 0) return () => false;
  const decide = (path: string, isFolder: boolean): boolean | undefined => {
    let verdict: boolean | undefined;
    for (const rule of rules) {
      if ((!rule.folderOnly || isFolder) && rule.regex.test(path)) verdict = !rule.negated;
    }
    return verdict;
  };
  return (path) => {
    const segments = path.split('/');
    for (let i = 1; i < segments.length; i++) {
      if (decide(segments.slice(0, i).join('/'), true) === true) return true;
    }
    return decide(path, false) === true;
  };
}

function parseRule(raw: string): Rule | undefined {
  // Trailing spaces are dropped unless escaped with a backslash.
  let line = raw.replace(/(?<!\\)\s+$/, '');
  if (line === '' || line.startsWith('#')) return undefined;
  let negated = false;
  if (line.startsWith('!')) {
    negated = true;
    line = line.slice(1);
  } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
    line = line.slice(1);
  }
  const folderOnly = line.endsWith('/');
  if (folderOnly) line = line.replace(/\/+$/, '');
  if (line === '') return undefined;
  const anchored = line.includes('/');
  if (line.startsWith('/')) line = line.slice(1);
  const body = globToRegex(line);
  return { negated, folderOnly, regex: new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`) };
}

function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*' && glob[i + 1] === '*' && (i === 0 || glob[i - 1] === '/')) {
      if (glob[i + 2] === '/') {
        out += '(?:.*/)?';
        i += 2;
        continue;
      }
      if (i + 2 === glob.length) {
        out += '.*';
        i += 1;
        continue;
      }
    }
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '\\' && i + 1 < glob.length) out += escapeRegex(glob[++i] ?? '');
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
        continue;
      }
      let set = glob.slice(i + 1, close);
      const negate = set.startsWith('!') || set.startsWith('^');
      if (negate) set = set.slice(1);
      out += `[${negate ? '^' : ''}${set.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else out += escapeRegex(c);
  }
  return out;
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
