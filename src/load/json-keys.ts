import { reorderedByJs } from '../model/key-order.js';
import { pointer, pointerToken } from '../model/pointer.js';

/** An open object or array: where it sits in its parent, and for objects the keys seen so far. */
interface Frame {
  readonly parent: Frame | undefined;
  /** Its key in the parent object or its index in the parent array (unused for the root). */
  readonly token: string | number;
  readonly keys: Set<string> | undefined;
  /** For arrays: the index of the element being read. */
  index: number;
}

/**
 * JSON.parse silently keeps the last of two equal keys; a spec with duplicates is ambiguous, so we
 * refuse it as the YAML reader does. This single pass over text that JSON.parse already accepted
 * finds the first duplicate and returns its JSON pointer (undefined when there is none). It runs
 * on every JSON spec, so it builds no paths until it finds a duplicate and parses no key that has
 * no escapes.
 */
export function findDuplicateKey(text: string): string | undefined {
  return scanJsonKeys(text).duplicate;
}

/** An operation's responses whose statuses the text lists in another order than JavaScript keeps them. */
export interface WrittenOrder {
  readonly path: string;
  readonly method: string;
  readonly keys: readonly string[];
}

/**
 * findDuplicateKey's pass, which also notes the order the statuses of each `/paths/<p>/<m>/responses`
 * object are written in, where JavaScript would list them otherwise (`default` before `200`;
 * model/key-order.ts): the same single pass, one test more per closing brace.
 */
export function scanJsonKeys(text: string): { duplicate?: string; reordered: WrittenOrder[] } {
  const reordered: WrittenOrder[] = [];
  let frame: Frame | undefined;
  let pendingKey = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      if (frame?.keys && isKey(text, end + 1)) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (frame.keys.has(key)) return { duplicate: `${pathOf(frame)}/${pointerToken(key)}`, reordered };
        frame.keys.add(key);
        pendingKey = key;
      }
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const token = frame === undefined ? '' : frame.keys ? pendingKey : frame.index;
      frame = { parent: frame, token, keys: c === 0x7b ? new Set<string>() : undefined, index: 0 };
      pendingKey = '';
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (frame?.keys && frame.token === 'responses' && frame.keys.size > 1) noteResponses(frame, reordered);
      frame = frame?.parent;
    } else if (c === 0x2c /* , */) {
      if (frame && !frame.keys) frame.index++;
    }
  }
  return { reordered };
}

/** Notes a `/paths/<p>/<m>/responses` object whose written order JavaScript would not keep. */
function noteResponses(frame: Frame, reordered: WrittenOrder[]): void {
  const operation = frame.parent;
  const item = operation?.parent;
  const paths = item?.parent;
  if (paths?.token !== 'paths' || paths.parent?.parent !== undefined || !paths.parent) return;
  const keys = [...(frame.keys ?? [])];
  if (reorderedByJs(keys)) reordered.push({ path: String(item?.token), method: String(operation?.token), keys });
}

/** The JSON pointer of an open object or array, built only for the error. */
function pathOf(frame: Frame): string {
  const tokens: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f?.parent !== undefined; f = f.parent) tokens.push(f.token);
  return pointer(...tokens.reverse());
}

/** Index of the closing quote of the string that opens at `start`: the next quote not escaped by an odd run of backslashes. */
function stringEnd(text: string, start: number): number {
  let quote = start;
  for (;;) {
    quote = text.indexOf('"', quote + 1);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c /* \ */) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
}

/** A string is a key when the next character that is not JSON whitespace is a colon. */
function isKey(text: string, from: number): boolean {
  let i = from;
  for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i));
  return text.charCodeAt(i) === 0x3a /* : */;
}
