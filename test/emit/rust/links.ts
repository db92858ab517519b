/**
 * Every relative link and #anchor in a set of emitted files must land on a file of the set and a
 * heading of that file. Two link targets are exempt because the reference style itself prints
 * them and we reproduce it byte for byte: `(.md)` for a bare AnyType property and
 * `(serde_json::Value.md)` for a container of AnyType (docs-format.md §4.3, §4.6). And a link by a
 * schema's raw name (`Gadget_part.md` for the model doc `GadgetPart.md`), which 6.0 prints for
 * property and return types: the caller names those schemas in `rawNames`.
 */
import { posix } from 'node:path';
import type { EmittedFile } from '../../../src/emit/target.js';
import { outline } from '../../support/markdown-links.js';

export const REFERENCE_DANGLING = new Set(['.md', 'serde_json::Value.md']);

/** `file → link` for each link that does not resolve. */
export function brokenLinks(files: readonly EmittedFile[], rawNames: ReadonlySet<string> = new Set()): string[] {
  const outlines = new Map(files.map((f) => [f.path, outline(f.contents)]));
  const broken: string[] = [];
  for (const [path, { links }] of outlines) {
    for (const href of links) {
      // Absolute URLs (and `<crate::models::X>`, which GFM reads as an autolink) are not ours to check.
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      const [file = '', fragment = ''] = href.split('#');
      if (REFERENCE_DANGLING.has(file) && fragment === '') continue;
      if (fragment === '' && file.endsWith('.md') && rawNames.has(posix.basename(file, '.md'))) continue;
      const target = file === '' ? path : posix.normalize(posix.join(posix.dirname(path), file));
      const anchors = outlines.get(target)?.anchors;
      // GitHub matches a fragment to a heading id regardless of case (`#Bearer` → `bearer`).
      const ok = anchors !== undefined && (fragment === '' || anchors.has(fragment.toLowerCase()));
      if (!ok) broken.push(`${path} → ${href}`);
    }
  }
  return broken;
}
