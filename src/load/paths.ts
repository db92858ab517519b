import { pointer } from '../model/pointer.js';
import { SpecError } from './errors.js';
import type { SpecWarning } from './warnings.js';

/**
 * Judges each path key by what a client can send. Every HTTP client builds the request URL with a
 * URL parser, which reads `\` as `/`, removes `.` and `..` segments (also percent-encoded) and
 * drops tabs and line breaks: such a path would reach a different endpoint than the spec names,
 * so it is refused. Two spellings are read instead, with a warning: a `#` (converted AWS specs
 * write `/tags/{arn}#tagKeys`, the operation travelling in a header) ends what is sent, and a `?`
 * starts a fixed query the client sends as written, before the declared query parameters. Template
 * expressions (`{id}`) are replaced by values and not judged here.
 */
export function checkPaths(document: Record<string, unknown>, file: string): SpecWarning[] {
  const paths = document.paths;
  if (paths === null || typeof paths !== 'object' || Array.isArray(paths)) return [];
  const warnings: SpecWarning[] = [];
  for (const path of Object.keys(paths)) {
    const at = pointer('paths', path);
    const literal = path.replace(/\{[^{}]*\}/g, 'x');
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(literal)) throw unsendable(file, at, 'it holds a control character');
    const { sent, query, fragment } = splitPath(path);
    const why = unsendablePath(sent.replace(/\{[^{}]*\}/g, 'x'));
    if (why) throw unsendable(file, at, why);
    if (fragment !== undefined) {
      warnings.push({ file, pointer: at, kind: 'path-fragment', problem: 'the path holds a "#", which starts a fragment', assumed: `clients send the part before it, "${query === undefined ? sent : `${sent}?${query}`}"; docs print the path as written` });
    }
    if (query !== undefined) {
      warnings.push({ file, pointer: at, kind: 'path-query', problem: 'the path holds a "?", which starts the query', assumed: `clients send "${query}" as written, then the declared query parameters` });
    }
  }
  return warnings;
}

/**
 * `/a/{id}?x=1#frag` → sent `/a/{id}`, query `x=1`, fragment `frag`: as a URL parser splits the
 * URL once `{id}` holds a value (a value is percent-encoded, so a `?` or `#` inside braces stays).
 */
export function splitPath(path: string): { sent: string; query?: string | undefined; fragment?: string | undefined } {
  const hash = outsideBraces(path, '#');
  const beforeHash = hash < 0 ? path : path.slice(0, hash);
  const fragment = hash < 0 ? undefined : path.slice(hash + 1);
  const mark = outsideBraces(beforeHash, '?');
  if (mark < 0) return { sent: beforeHash, fragment };
  return { sent: beforeHash.slice(0, mark), query: beforeHash.slice(mark + 1), fragment };
}

/** Index of the first `char` not inside a `{...}` template expression, or -1. */
function outsideBraces(text: string, char: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === char && depth === 0) return i;
  }
  return -1;
}

function unsendable(file: string, at: string, why: string): SpecError {
  return new SpecError(file, at, `path cannot be sent as written: ${why}`);
}

function unsendablePath(literal: string): string | undefined {
  if (literal.includes('\\')) return 'URL parsers read "\\" as "/"';
  const dots = literal.split('/').find((segment) => /^(\.|%2e){1,2}$/i.test(segment));
  if (dots !== undefined) return `URL parsers remove the "${dots}" segment`;
  return undefined;
}
