/**
 * Markdown → the text you get by copying GitHub's rendered page (docs-format.md §3.9), so a doc
 * can be compared with a seed that was captured that way. The markdown is rendered with a real
 * GFM renderer (marked); the HTML is then turned into text element by element, the way a browser
 * lays it out for copying:
 * - blocks (headings, paragraphs, tables, lists, code, quotes) are separated by one empty line;
 * - inline markup disappears and runs of whitespace collapse to one space, trimmed;
 * - a table row is its cells joined by single spaces, without the trailing ones;
 * - a list item is two spaces, a bullet (or its number) and a space before its text;
 * - code blocks keep their lines verbatim, trailing spaces included;
 * - the text ends without a newline.
 */
import { Marked } from 'marked';
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Stands for a `<br>` while whitespace is collapsed, then becomes a line break. */
const LINE_BREAK = '\u0000';

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}

/** The raw inline text of a node: entities decoded, `<br>` marked, images by their alt text. */
function inlineRaw(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return node.text;
  if (!isElement(node)) return '';
  const tag = node.tagName.toLowerCase();
  if (tag === 'br') return LINE_BREAK;
  if (tag === 'img') return node.getAttribute('alt') ?? '';
  return node.childNodes.map(inlineRaw).join('');
}

/** Inline content as laid out: whitespace collapsed per line, each line trimmed. */
function inline(node: Node): string {
  return inlineRaw(node)
    .split(LINE_BREAK)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n');
}

function codeBlock(pre: HTMLElement): string {
  // The renderer ends the code with a newline before `</code>`; the page shows no empty line there.
  return pre.text.replace(/\n$/, '');
}

function table(element: HTMLElement): string {
  return element
    .querySelectorAll('tr')
    .map((row) => row.childNodes.filter(isElement).map(inline).join(' ').trimEnd())
    .join('\n');
}

/** One list: items on consecutive lines; a nested list is indented under its item. */
function list(element: HTMLElement, depth: number): string {
  const ordered = element.tagName.toLowerCase() === 'ol';
  const start = Number(element.getAttribute('start') ?? '1');
  const indent = '  '.repeat(depth + 1);
  return element.childNodes
    .filter(isElement)
    .filter((li) => li.tagName.toLowerCase() === 'li')
    .map((li, i) => {
      const nested = li.childNodes.filter(isElement).filter((c) => ['ul', 'ol'].includes(c.tagName.toLowerCase()));
      const own = li.childNodes.filter((c) => !nested.includes(c as HTMLElement));
      const text = own.map((c) => (isElement(c) && c.tagName.toLowerCase() === 'p' ? ` ${inline(c)} ` : inlineRaw(c))).join('');
      const marker = ordered ? `${start + i}.` : '\u2022';
      const line = `${indent}${marker} ${text.replace(/\s+/g, ' ').trim()}`;
      return [line, ...nested.map((n) => list(n, depth + 1))].join('\n');
    })
    .join('\n');
}

/** The blocks of a container, in document order. */
function blocks(node: Node): string[] {
  if (node.nodeType === NodeType.TEXT_NODE) {
    const text = inline(node);
    return text === '' ? [] : [text];
  }
  if (!isElement(node)) return [];
  const tag = node.tagName?.toLowerCase() ?? '';
  if (HEADINGS.has(tag) || tag === 'p') {
    const text = inline(node);
    return text === '' ? [] : [text];
  }
  switch (tag) {
    case 'pre':
      return [codeBlock(node)];
    case 'table':
      return [table(node)];
    case 'ul':
    case 'ol':
      return [list(node, 0)];
    case 'hr':
      return [];
    default:
      // blockquote (its `>` is only a border on the page), div, the document root, ...
      return node.childNodes.flatMap(blocks);
  }
}

/** The text of rendered markdown as copied from the page. */
export function renderText(markdown: string): string {
  const html = new Marked({ gfm: true }).parse(markdown, { async: false });
  // `pre` must be parsed as markup (its <code> child), not kept as raw text.
  const root = parse(html, { blockTextElements: { script: true, style: true } });
  return blocks(root).join('\n\n');
}
