/**
 * The escapers of the Python docs, one per place a spec string lands. Each starts from
 * swagger-codegen's own escaping (escapeText with Python's `'''` rule, then jmustache's HTML
 * escaping where its template used `{{x}}`), so our output matches the reference byte for byte,
 * and then neutralises what could break the markdown around it.
 */
import { escapeText, foldedText, htmlEscape, markdownRaw, midRowCell, referenceNotes, tableCell } from '../docs/escape.js';
import { showInvisible } from '../invisible.js';
import { remembered } from '../kit/remembered.js';

/** Text the reference template prints raw on a line of its own: media types. */
export function rawText(text: string): string {
  return markdownRaw(escapeText(text, 'python'));
}

/** `{{{summary}}}`, `{{{notes}}}`: an operation's summary or description on its own line, where 2.2.2 keeps a leading heading or list marker. */
export function notesText(text: string): string {
  return referenceNotes(escapeText(text, 'python'));
}

/** Text the reference template prints HTML-escaped outside a table (`{{description}}` of a tag). */
export function escapedText(text: string): string {
  return markdownRaw(htmlEscape(escapeText(text, 'python')));
}

/**
 * An HTML-escaped table cell (`{{summary}}`, `{{description}}`): pipes escaped so the row keeps its
 * columns. Every such cell follows the row's own `**name**` or `[**name**](...)`, so a block
 * marker in it (`# gdata.*`, `1. Find`) opens no block and stays as 2.2.2 writes it.
 */
export function cellText(text: string): string {
  return remembered(CELLS, text, (from) => midRowCell(htmlEscape(escapeText(from, 'python'))));
}

/** cellText's results (kit/remembered.ts): GitHub's spec repeats each description five times over. */
const CELLS = new Map<string, string>();

/**
 * A parameter's default in its Notes cell, after `[default to `: HTML-escaped, pipes escaped, and
 * a leading block marker kept as 2.2.2 writes it (`*:*`, `# all`), since mid-row it opens nothing.
 */
export function defaultCell(text: string): string {
  return midRowCell(htmlEscape(text));
}

/** A cell that is not spec prose (a path, a default value): HTML-escaped, pipes escaped. */
export function cellValue(text: string): string {
  return tableCell(htmlEscape(text));
}

/**
 * Text inside the fenced Python sample. escapeText already turned line breaks into spaces, so the
 * text cannot end the fence or the comment it sits in; Unicode line separators get the same
 * treatment because Python editors may break lines on them. No HTML escaping: code shows verbatim.
 * Bidi and zero-width characters become `\u202e`: an escape inside the sample's string literals,
 * visible text in its comments.
 */
export function codeText(text: string): string {
  return showInvisible(escapeText(text, 'python').replace(/[\u2028\u2029\u0085]/g, ' '));
}

/**
 * A default in the sample's comment (` (default to {{{defaultValue}}})`): 2.2.2 prints the value
 * as written, without escapeText (`x\/y`, `say "hi"`). Line breaks still become spaces so the
 * value stays inside its comment line, and invisible characters show as `\u202e`.
 */
export function codeRawText(text: string): string {
  return showInvisible(text.replace(/[\n\r\u2028\u2029\u0085]/g, ' '));
}

/** A media type for the request-header lines: swagger-codegen drops `'` before escapeText. */
export function mediaTypeText(mediaType: string): string {
  return rawText(mediaType.replace(/'/g, ''));
}

/** Link text in `[text](target)`: one line, brackets and backslashes escaped, so it can neither end the link nor open another. */
export function linkText(text: string): string {
  return foldedText(text).replace(/[[\]\\]/g, (c) => `\\${c}`);
}

