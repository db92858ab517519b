/**
 * The escapings every spec string in the Go docs takes (docs-format.md §1.1, §1.2): first
 * openapi-generator's escapeText with the comment rule, then jmustache's HTML escaping where the
 * 4.2.1 template uses `{{x}}`, then the markdown guard for where it lands.
 */
import { escapeText, htmlEscape, markdownRaw, midRowCell, referenceNotes } from '../docs/escape.js';
import { remembered } from '../kit/remembered.js';

const rawTexts = new Map<string, string>();
const notesTexts = new Map<string, string>();
const escapedCells = new Map<string, string>();

/** `{{{x}}}` on its own line: summary and notes under an operation, media types. */
export function rawText(text: string | undefined): string {
  return text === undefined ? '' : remembered(rawTexts, text, (t) => markdownRaw(escapeText(t, 'comment')));
}

/** `{{{summary}}}`, `{{{notes}}}`: an operation's summary or description on its own line, where 4.2.1 keeps a leading heading or list marker. */
export function notesText(text: string | undefined): string {
  return text === undefined ? '' : remembered(notesTexts, text, (t) => referenceNotes(escapeText(t, 'comment')));
}

/** `{{x}}` in running text: a tag description under the class heading. */
export function escapedText(text: string | undefined): string {
  return text === undefined ? '' : markdownRaw(htmlEscape(escapeText(text, 'comment')));
}

/**
 * `{{x}}` in a table cell: method-table summaries, parameter and property descriptions. Each row
 * starts with the template's own first cell, so a leading `#` or `-` stays as 4.2.1 writes it.
 */
export function escapedCell(text: string | undefined): string {
  return text === undefined ? '' : remembered(escapedCells, text, (t) => midRowCell(htmlEscape(escapeText(t, 'comment'))));
}

/** A default value as Java's toString prints it (one rule for the openapi-generator styles, in the kit). */
export { defaultText } from '../kit/default-text.js';
