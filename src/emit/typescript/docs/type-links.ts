/**
 * A TypeScript type as the docs print it: the exact text the code has (from the target's
 * TypePrinter), in bold, each model name in it a link to that model's doc.
 */
import { literal } from './markdown.js';

/**
 * String literal types, identifiers, and any other single character, in order. The closing quote
 * is optional so an unterminated quote takes the rest as one token: required, every later `'`
 * would rescan to the end (quadratic on `'\'\'...`).
 */
const TOKEN = /'(?:[^'\\]|\\.)*'?|[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*|[\s\S]/gu;

/**
 * `typeText` with model names linked: `**[ApiSession](ApiSession.md)\[\] \| null**`. A name
 * followed by `:` or `?:` is a property key of an inline object type, not a type.
 * `docFiles`: model type name → doc file name; `prefix`: the docs folder as seen from the page.
 */
export function typeMarkdown(typeText: string, docFiles: ReadonlyMap<string, string>, prefix: string): string {
  let known = shownTypes.get(docFiles);
  if (known === undefined) shownTypes.set(docFiles, (known = new Map()));
  const key = `${prefix}\0${typeText}`;
  return known.get(key) ?? known.set(key, linkedType(typeText, docFiles, prefix)).get(key)!;
}

/**
 * Each type's markdown, per map of doc files (one per package): the same types (`string`, a
 * model's name, a shared response body) fill most rows of every page.
 */
const shownTypes = new WeakMap<ReadonlyMap<string, string>, Map<string, string>>();

function linkedType(typeText: string, docFiles: ReadonlyMap<string, string>, prefix: string): string {
  const tokens = typeText.match(TOKEN) ?? [];
  // Tokens repeat (`, `, `|`, names), so each is escaped once.
  const escaped = new Map<string, string>();
  const shown = (token: string): string => escaped.get(token) ?? escaped.set(token, literal(token)).get(token)!;
  const parts = tokens.map((token, index) => {
    const file = docFiles.get(token);
    const next = tokens[index + 1];
    const isKey = next === ':' || (next === '?' && tokens[index + 2] === ':');
    return file !== undefined && !isKey ? `[${shown(token)}](${prefix}${file}.md)` : shown(token);
  });
  return `**${parts.join('')}**`;
}
