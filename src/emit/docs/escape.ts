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
 * For text the reference templates print raw (`{{{x}}}`): keeps the text as it is (markdown in
 * descriptions is meant to render) except for what could make the page active or swallow it:
 * line breaks, the characters that open HTML, links to script-bearing schemes, link reference
 * definitions and code fences at the start. The seeds hold none of these, so exactness holds.
 */
export function markdownRaw(text: string): string {
  return neutraliseLinks(
    text
      .replace(/[\u2028\u2029\u0085\r\n]/g, ' ')
      // Other control characters (NUL, ESC...) print nothing useful and make git treat the file as binary.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;'),
  )
    .replace(/^( {0,3})(`{3,}|~{3,})/, '$1\\$2')
    .replace(/^( {0,3})\[([^\]]*)\]:/, '$1\\[$2]:');
}

/** Schemes a link in generated docs may never use: they run code or smuggle content in. */
const UNSAFE_SCHEME = /^(?:javascript|vbscript|data|file):/i;

/** `[x](javascript:...)` → `[x]\(javascript:...)`: the text stays, the link is gone. */
function neutraliseLinks(text: string): string {
  return text.replace(/\]\(\s*([^)\s]*)/g, (whole, destination: string) =>
    UNSAFE_SCHEME.test(linkScheme(destination)) ? whole.replace('](', ']\\(') : whole,
  );
}

/** The destination as a renderer sees it: backslash escapes and character references resolved. */
function linkScheme(destination: string): string {
  return destination
    .replace(/\\(.)/g, '$1')
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_, hex: string) => codePoint(parseInt(hex, 16)))
    .replace(/&#(\d{1,7});?/g, (_, dec: string) => codePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&(tab|newline);/gi, '')
    .replace(/[\s\u0000-\u001f]/g, '');
}

function codePoint(value: number): string {
  return value <= 0x10ffff ? String.fromCodePoint(value) : '';
}

/** For text inside a table cell: markdownRaw plus an escaped pipe so the row keeps its columns. */
export function tableCell(text: string): string {
  // A backslash before a pipe would escape our escape: double the backslashes, then escape the pipe.
  return markdownRaw(text).replace(/(\\*)\|/g, (_, backslashes: string) => `${backslashes}${backslashes}\\|`);
}
