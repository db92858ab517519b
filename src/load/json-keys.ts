import { pointerToken } from '../model/pointer.js';

/**
 * JSON.parse silently keeps the last of two equal keys; a spec with duplicates is ambiguous, so we
 * refuse it as the YAML reader does. This single pass over text that JSON.parse already accepted
 * finds the first duplicate and returns its JSON pointer (undefined when there is none).
 */
export function findDuplicateKey(text: string): string | undefined {
  // One frame per open object or array: its path, and for objects the keys seen so far.
  const stack: { path: string; keys?: Set<string>; index: number }[] = [];
  let pendingKey: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      const frame = stack[stack.length - 1];
      if (frame?.keys && isKey(text, end + 1)) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (frame.keys.has(key)) return `${frame.path}/${pointerToken(key)}`;
        frame.keys.add(key);
        pendingKey = key;
      }
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      stack.push({ path: childPath(stack, pendingKey), index: 0, ...(c === 0x7b ? { keys: new Set<string>() } : {}) });
      pendingKey = undefined;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const frame = stack[stack.length - 1];
      if (frame && !frame.keys) frame.index++;
    }
  }
  return undefined;
}

function childPath(stack: { path: string; keys?: Set<string>; index: number }[], key: string | undefined): string {
  const parent = stack[stack.length - 1];
  if (!parent) return '';
  return `${parent.path}/${parent.keys ? pointerToken(key ?? '') : parent.index}`;
}

/** Index of the closing quote of the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i += 2;
    else if (c === 0x22) return i;
    else i++;
  }
  return i;
}

/** A string is a key when the next non-space character is a colon. */
function isKey(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return text[i] === ':';
}
