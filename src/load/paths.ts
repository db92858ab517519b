import { pointer } from '../model/pointer.js';
import { SpecError } from './errors.js';

/**
 * Refuses a path whose literal text a client cannot send as written: every HTTP client builds the
 * request URL with a URL parser, which reads `?` as the start of the query, `#` as a fragment
 * (never sent), `\` as `/`, removes `.` and `..` segments (also percent-encoded) and drops tabs
 * and line breaks. Such a path would reach a different endpoint than the spec names; template
 * expressions (`{id}`) are replaced by values and not judged here.
 */
export function checkPaths(document: Record<string, unknown>, file: string): void {
  const paths = document.paths;
  if (paths === null || typeof paths !== 'object' || Array.isArray(paths)) return;
  for (const path of Object.keys(paths)) {
    const why = unsendable(path.replace(/\{[^{}]*\}/g, 'x'));
    if (why) throw new SpecError(file, pointer('paths', path), `path cannot be sent as written: ${why}`);
  }
}

function unsendable(literal: string): string | undefined {
  if (literal.includes('?')) return 'a "?" starts the query string (declare query parameters instead)';
  if (literal.includes('#')) return 'a "#" starts a fragment, which is never sent';
  if (literal.includes('\\')) return 'URL parsers read "\\" as "/"';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(literal)) return 'it holds a control character';
  const dots = literal.split('/').find((segment) => /^(\.|%2e){1,2}$/i.test(segment));
  if (dots !== undefined) return `URL parsers remove the "${dots}" segment`;
  return undefined;
}
