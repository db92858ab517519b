import { snakeCase } from 'change-case';

/**
 * Word handling every language's naming module shares. Names become identifiers, file names and
 * #anchors at once, so they are reduced to ASCII.
 */

/** Drops accents (`ü` → `u`) so the identifier stays ASCII instead of losing the letter. */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** snake_case restricted to `[a-z0-9_]`, what Python and Rust identifiers and GitHub anchors accept. */
export function snakeIdentifier(name: string): string {
  return snakeCase(foldAccents(name))
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}
