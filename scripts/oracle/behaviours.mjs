/**
 * Groups the differences between a generator's doc file and sdkgen's into behaviours: each
 * changed hunk is keyed by the kind of file and the *shape* of the first line on each side (words
 * and numbers collapsed, markdown punctuation kept), so one rule that fires on a thousand
 * different descriptions still counts as one group. The names are a starting point for a human
 * catalogue (see test/emit/<target>/quirks/README.md), not a verdict.
 */
import { diffArrays } from 'diff';

/** docs/FooApi.md → api, docs/Foo.md → model, README.md → readme. */
export function fileKind(path, apiFiles) {
  if (path === 'README.md') return 'readme';
  return apiFiles.has(path) ? 'api' : 'model';
}

/** A line with its words and numbers collapsed: `**id** | **int** | x y |` → `**w** | **w** | w |`. */
export function shape(line) {
  if (line === undefined) return '∅';
  return line
    .replace(/[A-Za-z_][A-Za-z0-9_]*|[0-9]+/g, 'w')
    .replace(/w(?:[ .,:;'-]+w)+/g, 'w')
    .slice(0, 120);
}

/** The hunks of a line diff as [expected lines, our lines] pairs. */
export function hunks(expected, ours) {
  const parts = diffArrays(expected.split('\n'), ours.split('\n'));
  const out = [];
  let removed = [];
  let added = [];
  const flush = () => {
    if (removed.length || added.length) out.push([removed, added]);
    removed = [];
    added = [];
  };
  for (const part of parts) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else flush();
  }
  flush();
  return out;
}

/** Adds one differing file's hunks to the groups map (key → {files, specs, example}). */
export function collect(groups, { spec, path, kind, expected, ours }) {
  const keys = new Set();
  if (ours === undefined) keys.add(`${kind}: file not written by sdkgen`);
  else {
    for (const [theirs, mine] of hunks(expected, ours)) {
      const key = `${kind}: ${shape(theirs[0])}  ⇒  ${shape(mine[0])}`;
      if (keys.has(key)) continue;
      keys.add(key);
      const group = groups.get(key) ?? { files: 0, specs: new Set(), example: { spec, path, expected: theirs.slice(0, 4), ours: mine.slice(0, 4) } };
      group.files += 1;
      group.specs.add(spec);
      groups.set(key, group);
    }
    return;
  }
  for (const key of keys) {
    const group = groups.get(key) ?? { files: 0, specs: new Set(), example: { spec, path } };
    group.files += 1;
    group.specs.add(spec);
    groups.set(key, group);
  }
}

/** The groups, largest first, ready for JSON. */
export function ranked(groups) {
  return [...groups]
    .map(([key, g]) => ({ key, files: g.files, specs: g.specs.size, example: g.example }))
    .sort((a, b) => b.files - a.files || b.specs - a.specs || (a.key < b.key ? -1 : 1));
}
