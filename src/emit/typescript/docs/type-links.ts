/**
 * A TypeScript type as the docs print it: the exact text the code has (from the target's
 * TypePrinter), in bold, each model name in it a link to that model's doc.
 */
import { literal } from './markdown.js';

/** String literal types, identifiers, and any other single character, in order. */
const TOKEN = /'(?:[^'\\]|\\.)*'|[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*|[\s\S]/gu;

/**
 * `typeText` with model names linked: `**[ApiSession](ApiSession.md)\[\] \| null**`. A name
 * followed by `:` or `?:` is a property key of an inline object type, not a type.
 * `docFiles`: model type name → doc file name; `prefix`: the docs folder as seen from the page.
 */
export function typeMarkdown(typeText: string, docFiles: ReadonlyMap<string, string>, prefix: string): string {
  const tokens = typeText.match(TOKEN) ?? [];
  const parts = tokens.map((token, index) => {
    const file = docFiles.get(token);
    const isKey = /^\??:/.test(tokens.slice(index + 1, index + 3).join(''));
    return file !== undefined && !isKey ? `[${literal(token)}](${prefix}${file}.md)` : literal(token);
  });
  return `**${parts.join('')}**`;
}
