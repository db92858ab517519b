/**
 * How spec text lands in the TypeScript docs, by what it is. Descriptions are markdown and stay
 * markdown (through the shared markdownRaw / tableCell guards); names, types, paths and media
 * types are literal text and are shown exactly, whatever characters they hold. No spec text may
 * open a heading: every #anchor the docs link to is computed from the headings we print.
 */
import { markdownRaw, tableCell } from '../../docs/escape.js';
import { INVISIBLE, showInvisible } from '../../invisible.js';

const LINE_BREAK = /\r\n?|[\n\u2028\u2029\u0085]/g;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;

/** Characters that start inline markdown (or GFM tables and math) anywhere in a line. */
const INLINE_ACTIVE = /[\\`*_~[\]|$]/g;

/** `&`, `<` and `>` as character references: a backslash would not survive a GFM autolink. */
const HTML_ACTIVE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Literal text: identifiers, types, paths, media types, versions. Each character that could start
 * inline markup is backslash-escaped, so it renders exactly as given, and a `|` cannot end a cell.
 * Invisible characters show as their `\u202e` escapes, as the code spells them.
 */
export function literal(text: string): string {
  return NEEDS_A_STEP.test(text) ? literalStepByStep(text) : text;
}

/** A character one of literal's steps changes; most names and paths hold none. */
const NEEDS_A_STEP = new RegExp(`[\\\\\`*_~[\\]|$&<>\\u0000-\\u001f\\u007f\\u0085\\u2028\\u2029]|${INVISIBLE.source}`);

/** literal's steps, each applied (exported to test that skipping them changes nothing). */
export function literalStepByStep(text: string): string {
  return showInvisible(text)
    .replace(LINE_BREAK, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(INLINE_ACTIVE, '\\$&')
    .replace(/[&<>]/g, (c) => HTML_ACTIVE[c] ?? c);
}

/** One line of prose (a summary): markdown kept, but it opens no block (markdownRaw sees to that). */
export function proseLine(text: string): string {
  return markdownRaw(text.trim()).trim();
}

/**
 * The text of an ATX heading line: without its opening marker and its closing `#` run (which
 * needs a blank before it). Done by scanning, not with /[ \t]+#+[ \t]*$/, which retries from
 * every blank of a long run and so takes quadratic time.
 */
function headingTitle(line: string): string {
  const text = line.replace(ATX_HEADING, '');
  const blank = (i: number): boolean => text[i] === ' ' || text[i] === '\t';
  let end = text.length;
  while (end > 0 && blank(end - 1)) end--;
  const hashes = end;
  while (end > 0 && text[end - 1] === '#') end--;
  const closed = end < hashes && end > 0 && blank(end - 1);
  return (closed ? text.slice(0, end) : text).trim();
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
      const title = headingTitle(line);
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
 * A code span holding `text` exactly (invisible characters as their escapes): the backtick run is longer than any inside it, and a space
 * pads content that starts or ends with a backtick or space (GFM strips one from each side).
 */
export function codeSpan(text: string): string {
  const content = showInvisible(text).replace(LINE_BREAK, ' ');
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
