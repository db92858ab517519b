/**
 * Links openapi-generator 4.2.1's Go docs write to pages that do not exist, which sdkgen
 * reproduces (README "Exactness"): a link checker lists these instead of failing on them, and
 * fails on anything else. Two kinds:
 *
 * - a type with no page: a Go built-in or `time.Time`/`*os.File`, `array`/`map` for nested
 *   containers and arrays without items, `map[string]interface{}` or nothing at all (`.md`) for
 *   free-form objects, `object` for a `$ref` 4.2.1 does not follow (kit/stray-refs.ts),
 *   `UNKNOWN_BASE_TYPE`, a composition `oneOf<A,B>` (HTML-escaped);
 * - a model linked by its raw schema name (`gizmo-part.md`, `inline_response_200.md`) whose page
 *   is named by its Go name (`GizmoPart.md`).
 */
import { goModelName } from './naming.js';
import { FREE_FORM, GO_PRIMITIVES } from './types.js';

const NO_PAGE_TYPES: ReadonlySet<string> = new Set([...GO_PRIMITIVES, 'time.Time', '*os.File', 'array', 'map', 'object', FREE_FORM, '', 'UNKNOWN_BASE_TYPE']);

/**
 * Why a dead link from a docs/ page is one 4.2.1 writes too, or undefined when it is not.
 * `target` is the link as written (`time.Time.md`); `pageExists` tells whether docs/<name>.md exists.
 */
export function referenceDeadEnd(target: string, pageExists: (name: string) => boolean): string | undefined {
  if (!target.endsWith('.md')) return undefined;
  const name = target.slice(0, -'.md'.length);
  if (NO_PAGE_TYPES.has(name)) return `type without a page: ${name === '' ? '(none)' : name}`;
  if (/^(oneOf|anyOf)&lt;.*&gt;$/.test(name)) return `composition: ${name}`;
  const decoded = safeDecode(name);
  if (pageExists(goModelName(decoded))) return `raw schema name of ${goModelName(decoded)}`;
  if (decoded === '') return undefined;
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
