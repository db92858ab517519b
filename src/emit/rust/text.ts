/**
 * The two escapings every spec string in the Rust docs takes: openapi-generator's escapeText with
 * the comment rule (so `application/*+json` prints `application/_*+json`, as the reference does),
 * then the markdown guard for where it lands. Rust 6.0 prints all its text raw (`{{{x}}}`), so
 * there is no HTML-escaping step (docs-format.md §1.2).
 */
import { escapeText, markdownRaw, midRowCell, referenceNotes } from '../docs/escape.js';
import { rememberedFunction as remembered } from '../kit/remembered.js';

/**
 * openapi-generator 6.0's escapeText, whose first step (escapeJava, `\/` → `/`, unescapeJava)
 * drops the backslash of each `\/` (google.home's "escaped like `\/`" prints `/`), as the shared
 * one does.
 */
function escaped(text: string): string {
  return escapeText(text, 'comment');
}

/** Text on its own line or in running text: summary, notes, media types, descriptions. */
export function specText(text: string): string {
  return markdownRaw(escaped(text));
}

/** `{{{notes}}}`: an operation's description on its own line, where 6.0 kept a leading `###`. */
export function notesText(text: string): string {
  return referenceNotes(escaped(text));
}

/**
 * Text inside a table cell: summary and descriptions in tables. Every row of the Rust templates
 * starts with its own `**name**`, `[**fn**](…)` or `*Class*`, so a `#` or `-` the text starts
 * with opens no block and stays as 6.0 prints it (`# gdata.* are outside protos…`).
 */
export function specCell(text: string | undefined): string {
  return text === undefined ? '' : cell(text);
}

/** Remembered: GitHub's 25k cells hold 4k texts (a shared parameter's description on every operation). */
const cell = remembered((text) => midRowCell(escaped(text)));

/**
 * A form field's description: 6.0 builds the field from the body's property (fromFormProperty),
 * whose description escapeText has already escaped, and escapes it again: a `"` of the spec
 * prints `\\\"`, a `\` prints `\\\\` (a parameter's print `\"` and `\\`).
 */
export function formFieldCell(text: string | undefined): string {
  return text === undefined ? '' : specCell(escaped(text));
}

/** A default value as Java's toString prints it (one rule for the openapi-generator styles, in the kit). */
export { defaultText } from '../kit/default-text.js';

/**
 * Text printed after the template's own words on a line (`- **Accept**: *, application/json`):
 * it never starts the line, so a `*`, `#` or `-` it starts with opens nothing and stays as 6.0
 * prints it (telnyx's `*` media type); everything inline is guarded as in a mid-row cell.
 */
export function midLineText(text: string): string {
  return midRowCell(escaped(text));
}
