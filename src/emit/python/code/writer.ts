/**
 * A small printer of Python source: lines at an indentation, blocks under a header, docstrings,
 * and literals. Every generated .py file goes through it, so indentation and quoting are decided
 * here once and spec text can never end a string or a docstring early.
 */
import { INVISIBLE, showInvisible } from '../../invisible.js';

const INDENT = '    ';

/** INDENT repeated 0, 1, 2, ... times, grown as deeper blocks ask: every line takes one. */
const INDENTS: string[] = [''];

function indent(depth: number): string {
  for (let d = INDENTS.length; d <= depth; d += 1) INDENTS.push(INDENT.repeat(d));
  return INDENTS[depth] ?? INDENT.repeat(depth);
}

export class PyWriter {
  private readonly lines: string[] = [];
  private depth = 0;

  /** One line at the current indentation; an empty line stays empty (no trailing spaces). */
  line(text = ''): this {
    this.lines.push(text === '' ? '' : this.depth === 0 ? text : indent(this.depth) + text);
    return this;
  }

  /** Several lines, each at the current indentation. */
  each(texts: readonly string[]): this {
    for (const text of texts) this.line(text);
    return this;
  }

  /** `header` (ending in `:`) and its body one level in; an empty body gets `pass`. */
  block(header: string, body: (w: this) => void): this {
    this.line(header);
    this.depth += 1;
    const before = this.lines.length;
    body(this);
    if (this.lines.length === before) this.line('pass');
    this.depth -= 1;
    return this;
  }

  /** A `"""` docstring of prose lines; spec text is made inert by docText. */
  docstring(texts: readonly string[]): this {
    const body: string[] = [];
    for (const t of texts) {
      // Most texts are one line: split (a regex) only where a line break is there to split on.
      if (t.includes('\n') || t.includes('\r')) for (const part of t.split(LINE_BREAK)) body.push(docText(part));
      else body.push(docText(t));
    }
    while (body.length > 0 && body[body.length - 1]?.trim() === '') body.pop();
    if (body.length <= 1) return this.line(`"""${(body[0] ?? '').trimEnd()}"""`);
    this.line(`"""${body[0] ?? ''}`.trimEnd());
    for (const text of body.slice(1)) this.line(text.trimEnd());
    return this.line('"""');
  }

  /** The source, ending in exactly one line break. */
  toString(): string {
    let end = this.lines.length;
    while (end > 0 && this.lines[end - 1] === '') end -= 1;
    // Joined in place when nothing trails (the usual case): a large module is not copied first.
    return `${(end === this.lines.length ? this.lines : this.lines.slice(0, end)).join('\n')}\n`;
  }
}

/** What docstring splits its texts at. */
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Every character docText changes: the invisible ones (INVISIBLE's class, written into this one:
 * one class scans about twice as fast as two alternatives), the control characters (the tab
 * among them), `\` and `"`. Not global, so test() keeps no lastIndex. writer.test.ts checks it
 * against every UTF-16 code unit.
 */
const DOC_TEXT_CHANGES = new RegExp(`[${INVISIBLE.source.slice(1, -1)}\\u0000-\\u001f\\u007f\\u2028\\u2029\\u0085\\\\"]`);

/**
 * Spec prose inside a docstring: backslashes and double quotes escaped (so `"""` and a trailing
 * `\` cannot end it), invisible and control characters shown as escapes a reader can see.
 */
export function docText(text: string): string {
  // Most prose has none of the characters below: it is returned as it is, one scan instead of five.
  if (!DOC_TEXT_CHANGES.test(text)) return text;
  return showInvisible(text)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029\u0085]/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\t/g, ' ');
}

/** Text pyString writes as it is: printable ASCII but `'` (0x27) and `\` (0x5c). */
const PLAIN_STRING = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

/** A Python string literal in single quotes; everything outside printable ASCII is escaped. */
export function pyString(text: string): string {
  // Most names and types need no escape: printable ASCII without `'` or `\`.
  if (PLAIN_STRING.test(text)) return `'${text}'`;
  let out = "'";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\' || char === "'") out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code >= 0x20 && code < 0x7f) out += char;
    else if (code <= 0xff) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return `${out}'`;
}

/** `['a', 'b']` */
export function pyList(items: readonly string[]): string {
  return `[${items.map(pyString).join(', ')}]`;
}

/** `{'k': v, ...}` with string keys and already-printed values, one entry a line when long. */
export function pyDict(entries: readonly (readonly [string, string])[], w?: PyWriter, prefix = '', suffix = ''): string {
  const inline = `{${entries.map(([k, v]) => `${pyString(k)}: ${v}`).join(', ')}}`;
  if (w === undefined) return inline;
  if (entries.length === 0 || inline.length + prefix.length < 80) {
    w.line(`${prefix}${inline}${suffix}`);
    return inline;
  }
  w.line(`${prefix}{`);
  entries.forEach(([k, v], i) => w.line(`${INDENT}${pyString(k)}: ${v}${i < entries.length - 1 ? ',' : ''}`));
  w.line(`}${suffix}`);
  return inline;
}
