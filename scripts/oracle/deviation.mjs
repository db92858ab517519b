/**
 * Why a doc file sdkgen writes differs from the generator's, when the difference is deliberate
 * (README "Exactness"): the oracle scripts count such a file apart from a miss. Kept apart from
 * run.mjs so the classification has its own test (test/oracle/deviation.test.ts).
 */

/**
 * Invisible characters as sdkgen shows them, `\u200b` (src/emit/invisible.ts), each one of
 * README "Security"'s "No invisible characters".
 */
const SHOWN_INVISIBLE = /\\u(061c|115f|1160|180e|200[b-f]|202[a-e]|206[0-4]|206[6-9]|3164|feff|ffa0)/g;

/**
 * Undoes sdkgen's escaping safety deviations (README "Security"): neutralised `<`/`>`, `\|` in
 * table cells, images shown as text (`!\[alt](src)`) and invisible characters shown as `\u200b`.
 */
export function unsafe(text) {
  return pipesUnescaped(text)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/!\\\[/g, '![')
    .replace(SHOWN_INVISIBLE, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * The inverse of src/emit/docs/escape.ts pipesEscaped: n backslashes before a pipe are written as
 * 2n, then `\|` (an odd run), so an odd run before a pipe is read back as half of the rest
 * (paccurate's `\\\\\|1228 - 401` is 4.2.1's `\\|1228 - 401`); an even run is no escape of ours.
 * A run is taken whole, so this stays linear.
 */
function pipesUnescaped(text) {
  return text.replace(/\\+\|?|\|/g, (run) => {
    if (!run.endsWith('|') || run.length % 2 === 1) return run;
    return `${'\\'.repeat((run.length - 2) / 2)}|`;
  });
}

/**
 * 'escaping' when sdkgen's file equals the generator's once the escapes are undone; 'names' when
 * the target's referenceDocs (its safety renames undone) does; 'reference' when either does once the
 * generator's text is read the way the brief's reference documents write it (referenceWins: [jar's
 * text, reference's text] pairs, where ../shared/reference and the jar disagree and the reference
 * wins); undefined for a miss.
 * @param {{ ours?: string, reference?: string, expected: string, referenceWins?: [string, string][] }} file
 */
export function deviation({ ours, reference, expected, referenceWins = [] }) {
  const same = (jar) => (ours !== undefined && unsafe(ours) === unsafe(jar) ? 'escaping' : reference !== undefined && unsafe(reference) === unsafe(jar) ? 'names' : undefined);
  const found = same(expected);
  if (found !== undefined) return found;
  const asReference = referenceWins.reduce((text, [jar, theirs]) => text.replaceAll(jar, theirs), expected);
  return asReference !== expected && same(asReference) !== undefined ? 'reference' : undefined;
}
