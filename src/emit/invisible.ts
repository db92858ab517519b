/**
 * Characters that change how text reads without being seen (Trojan Source, CVE-2021-42574): the
 * bidi embeddings, overrides and isolates with the bidi marks, the zero-width characters, and the
 * fillers that render as nothing. Spec text never carries them raw into generated code or docs:
 * string literals escape them (`\u202e`), and every other place shows that same escape as text.
 */

/** One invisible character. A character class: linear wherever it runs. */
export const INVISIBLE = /[\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/g;

/** INVISIBLE without the global flag, whose lastIndex would make repeated tests alternate. */
const ANY_INVISIBLE = new RegExp(INVISIBLE.source);

export function hasInvisible(text: string): boolean {
  return ANY_INVISIBLE.test(text);
}

/** `\uXXXX` for one UTF-16 unit: a real escape in JS, JSON and Python strings, plain text elsewhere. */
export function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The text with each invisible character spelled as its `\uXXXX` escape, so a reader sees it. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, unicodeEscape);
}
