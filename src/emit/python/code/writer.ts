/**
 * A small printer of Python source: lines at an indentation, blocks under a header, docstrings,
 * and literals. Every generated .py file goes through it, so indentation and quoting are decided
 * here once and spec text can never end a string or a docstring early.
 */
import { showInvisible } from '../../invisible.js';

const INDENT = '    ';

export class PyWriter {
  private readonly lines: string[] = [];
  private depth = 0;

  /** One line at the current indentation; an empty line stays empty (no trailing spaces). */
  line(text = ''): this {
    this.lines.push(text === '' ? '' : INDENT.repeat(this.depth) + text);
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
    const body = texts.flatMap((t) => t.split(/\r\n|\r|\n/)).map(docText);
    while (body.length > 0 && body[body.length - 1]?.trim() === '') body.pop();
    if (body.length <= 1) return this.line(`"""${(body[0] ?? '').trimEnd()}"""`);
    this.line(`"""${body[0] ?? ''}`.trimEnd());
    for (const text of body.slice(1)) this.line(text.trimEnd());
    return this.line('"""');
  }

  /** The source, ending in exactly one line break. */
  toString(): string {
    const lines = [...this.lines];
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return `${lines.join('\n')}\n`;
  }
}

/**
 * Spec prose inside a docstring: backslashes and double quotes escaped (so `"""` and a trailing
 * `\` cannot end it), invisible and control characters shown as escapes a reader can see.
 */
export function docText(text: string): string {
  return showInvisible(text)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029\u0085]/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\t/g, ' ');
}

/** A Python string literal in single quotes; everything outside printable ASCII is escaped. */
export function pyString(text: string): string {
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
