/**
 * How spec text lands in the TypeScript docs, by what it is. Descriptions are markdown and stay
 * markdown (through the shared markdownRaw / tableCell guards); names, types, paths and media
 * types are literal text and are shown exactly, whatever characters they hold. No spec text may
 * open a heading: every #anchor the docs link to is computed from the headings we print.
 */
import { markdownRaw, tableCell } from '../../docs/escape.js';

const LINE_BREAK = /\r\n?|[\n\u2028\u2029\u0085]/g;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;

/** Characters that start inline markdown (or GFM tables and math) anywhere in a line. */
const INLINE_ACTIVE = /[\\`*_~[\]|$]/g;

/** `&`, `<` and `>` as character references: a backslash would not survive a GFM autolink. */
const HTML_ACTIVE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Literal text: identifiers, types, paths, media types, versions. Each character that could start
 * inline markup is backslash-escaped, so it renders exactly as given, and a `|` cannot end a cell.
 */
export function literal(text: string): string {
  return text
    .replace(LINE_BREAK, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(INLINE_ACTIVE, '\\$&')
    .replace(/[&<>]/g, (c) => HTML_ACTIVE[c] ?? c);
}

/** One line of prose (a summary): markdown kept, but it can neither start a heading nor a code block. */
export function proseLine(text: string): string {
  return markdownRaw(text.trim()).trim().replace(/^(#{1,6})(?=[ \t]|$)/, '\\$1');
}

/**
 * Prose of several paragraphs (descriptions): markdown kept, paragraphs kept apart by a blank
 * line, each on one line. A heading in the spec text becomes a bold line, so headings (and the
 * anchors they make) are ours alone.
 */
export function paragraphs(text: string | undefined): string[] {
  if (text === undefined) return [];
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) blocks.push(proseLine(current.join(' ')));
    current = [];
  };
  for (const line of text.split(LINE_BREAK)) {
    if (line.trim() === '') {
      flush();
    } else if (ATX_HEADING.test(line)) {
      flush();
      const title = line.replace(ATX_HEADING, '').replace(/[ \t]+#+[ \t]*$/, '').trim();
      if (title !== '') blocks.push(`**${proseLine(title)}**`);
    } else {
      current.push(line.trim());
    }
  }
  flush();
  return blocks.filter((block) => block !== '');
}

/** The `[default to v]` note of a parameter or property: strings bare, other values as JSON. */
export function defaultNote(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `[default to ${literal(text)}]`;
}

/** Prose in a table cell: one line, `|` escaped; empty when there is none. */
export function cell(text: string | undefined): string {
  return text === undefined ? '' : tableCell(text.trim());
}

/**
 * A code span holding `text` exactly: the backtick run is longer than any inside it, and a space
 * pads content that starts or ends with a backtick or space (GFM strips one from each side).
 */
export function codeSpan(text: string): string {
  const content = text.replace(LINE_BREAK, ' ');
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) && content.trim() !== '' ? ' ' : '';
  return `${ticks}${pad}${content}${pad}${ticks}`;
}

/** The fence for a code block holding `code`: longer than any backtick run inside it. */
export function fenceFor(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}
