/**
 * Every spec string that lands in markdown goes through one of these, chosen by where it lands.
 * The reference generators' own escaping (openapi-generator's escapeText, jmustache's HTML
 * escaping) is reproduced exactly so our docs match theirs byte for byte; on top of that every
 * context neutralises what could make the markdown active or break its structure.
 */

/** Which "unsafe characters" rule a doc style applies after escapeText (docs-format.md §1.1). */
export type UnsafeRule = 'comment' | 'python';

/**
 * openapi-generator's escapeText: tab, CR and LF each become one space; backslash and double
 * quote get a backslash; then the language's unsafe-character rule.
 */
export function escapeText(input: string, rule: UnsafeRule): string {
  const text = input.replace(/[\t\n\r]/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return rule === 'comment'
    ? text.replace(/\/\*/g, '/_*').replace(/\*\//g, '*_/')
    : text.replace(/'''/g, "'_'_'");
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  "'": '&#39;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

/** jmustache's `{{x}}` escaping, as the Go and Python templates apply it. */
export function htmlEscape(text: string): string {
  return text.replace(/[&'"<>`=]/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * For text the reference templates print raw (`{{{x}}}`): keeps the text as it is except for the
 * characters that would start HTML or a line break, so no spec string can inject a tag. The seeds
 * hold none of these characters, so exactness is unaffected.
 */
export function markdownRaw(text: string): string {
  return text
    .replace(/[\u2028\u2029\u0085\r\n]/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** For text inside a table cell: markdownRaw plus an escaped pipe so the row keeps its columns. */
export function tableCell(text: string): string {
  return markdownRaw(text).replace(/\|/g, '\\|');
}
