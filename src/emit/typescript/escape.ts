/**
 * Every spec string that lands in generated TypeScript goes through one of these, chosen by where
 * it lands: a string literal, a property key, or comment text.
 */
import { INVISIBLE, showInvisible, unicodeEscape } from '../invisible.js';
import { isIdentifierName } from './naming.js';

/**
 * A single-quoted string literal. JSON.stringify already escapes backslashes, control characters
 * and lone surrogates; the quotes are swapped, U+2028/U+2029 escaped so older parsers and
 * editors cannot mistake them for line ends, and bidi and zero-width characters escaped so the
 * source reads as it runs (Trojan Source).
 */
export function stringLiteral(value: string): string {
  return PRINTABLE_ASCII.test(value) ? `'${value}'` : stringLiteralStepByStep(value);
}

/** Text every step of stringLiteral keeps as it is: printable ASCII without a quote or backslash (most names and paths). */
const PRINTABLE_ASCII = /^[\x20\x21\x23-\x26\x28-\x5b\x5d-\x7e]*$/;

/** stringLiteral's steps, each applied (exported to test that skipping them changes nothing). */
export function stringLiteralStepByStep(value: string): string {
  const json = JSON.stringify(value).slice(1, -1);
  const body = json
    .replace(/\\"/g, '"')
    .replace(/'/g, "\\'")
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(INVISIBLE, unicodeEscape);
  return `'${body}'`;
}

/**
 * A property key in a type (interface member, type literal): bare when it is an IdentifierName
 * (`id`, `default`), quoted otherwise (`'x-y'`). `'__proto__'` is always quoted, to read as the
 * wire name it is rather than the prototype accessor.
 */
export function propertyKey(wireName: string): string {
  return isIdentifierName(wireName) && wireName !== '__proto__' ? wireName : stringLiteral(wireName);
}

/**
 * A key in an object literal (values, not types). `{ __proto__: v }` and `{ '__proto__': v }`
 * both set the new object's prototype and define no property; only a computed key defines one.
 */
export function literalKey(name: string): string {
  return name === '__proto__' ? `[${stringLiteral(name)}]` : propertyKey(name);
}

/**
 * Text for the inside of a JSDoc block: line ends normalised to `\n` (ts-morph starts each line
 * with ` * `), `*\/` broken so the comment cannot end early, a leading `@` escaped so spec text
 * cannot forge a tag (`@deprecated`, `@internal`), other control characters dropped, bidi and
 * zero-width characters shown as `\u202e`, trailing blanks and blank first and last lines trimmed.
 */
export function commentText(text: string): string {
  return NEEDS_A_STEP.test(text) ? commentTextStepByStep(text) : text;
}

/**
 * What one of commentText's steps would change: an invisible or control character (a line feed
 * included, as it may start or end a blank line), a CR or Unicode line end, `*\/`, `@`, white space
 * at the end (`\s`: the very set trimEnd removes, a no-break space or U+3000 as much as a blank).
 * Most descriptions hold none, and one linear test costs less than the steps (GitHub's spec has
 * tens of thousands of them).
 */
const NEEDS_A_STEP = new RegExp(`[\\u0000-\\u0008\\u000a-\\u001f\\u007f\\u0085\\u2028\\u2029@]|\\*/|\\s$|${INVISIBLE.source}`);

/** commentText's steps, each applied (exported to test that skipping them changes nothing). */
export function commentTextStepByStep(text: string): string {
  const lines = showInvisible(text)
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .replace(/\*\//g, '*\\/')
    .replace(/^([ \t]*)@/gm, '$1\\@')
    .split('\n')
    .map((line) => line.trimEnd());
  // Found by index rather than by /\n+$/, which retries from every line break of a long run.
  let first = 0;
  let end = lines.length;
  while (first < end && lines[first] === '') first++;
  while (end > first && lines[end - 1] === '') end--;
  return lines.slice(first, end).join('\n');
}
