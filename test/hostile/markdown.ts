/**
 * What "the markdown renders with its tables intact and no active HTML" means, checked with a real
 * GFM parser (marked) and a real HTML parser (node-html-parser) on the rendered page.
 */
import { marked, type Token, type Tokens } from 'marked';
import { parse, type HTMLElement } from 'node-html-parser';

/** Elements GFM itself produces. Anything else in the page is raw HTML that got through. */
const MARKDOWN_ELEMENTS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'em', 'strong', 'del', 'blockquote', 'hr', 'br',
  'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input',
]);
// No `img`: an image loads from elsewhere when the page is viewed; spec images render as text.

/**
 * The one raw HTML the docs are allowed: the Rust reference docs write generic types as
 * `Vec<String>`, which GFM reads as an unknown, inert element. Only built-in Rust type names
 * appear there (model names are printed as `crate::models::Name`), never spec text.
 */
const RUST_TYPE_TAG = /^<(String|bool|char|i8|i16|i32|i64|i128|isize|u8|u16|u32|u64|u128|usize|f32|f64)>$/;

/** Link destinations that run code or smuggle content in. */
const ACTIVE_SCHEME = /^(javascript|vbscript|data|file):/i;

/** What makes a page unsafe; both lists are empty for a page that is inert with intact tables. */
export interface MarkdownProblems {
  /** Raw HTML, event handlers and script links in the rendered page. */
  readonly active: string[];
  /** Table rows a spec string broke. */
  readonly broken: string[];
}

/** Lexes the page once (marked, GFM), renders those tokens and parses the HTML (node-html-parser). */
export function markdownProblems(markdown: string): MarkdownProblems {
  const tokens = marked.lexer(markdown, { gfm: true });
  const active: string[] = [];
  const broken: string[] = [];
  const inert = new Set<string>();
  walk(tokens, (token) => {
    if (token.type === 'table') broken.push(...brokenRows((token as Tokens.Table).raw));
    if (token.type !== 'html') return;
    const rustType = RUST_TYPE_TAG.exec(token.raw);
    if (rustType) inert.add(rustType[1]!.toLowerCase());
    else active.push(`raw html ${JSON.stringify(token.raw.slice(0, 60))}`);
  });
  const visit = (element: HTMLElement): void => {
    const tag = element.tagName?.toLowerCase();
    const allowed = tag !== undefined && (MARKDOWN_ELEMENTS.has(tag) || (inert.has(tag) && Object.keys(element.attributes).length === 0));
    if (tag !== undefined && !allowed) active.push(`<${tag}>`);
    for (const [name, value] of Object.entries(element.attributes ?? {})) {
      if (/^on/i.test(name)) active.push(`${tag ?? '?'} ${name}=`);
      if ((name === 'href' || name === 'src') && ACTIVE_SCHEME.test(asBrowserReadsIt(value))) active.push(`${tag ?? '?'} ${name}=${value}`);
    }
    for (const child of element.childNodes) if ((child as HTMLElement).tagName !== undefined) visit(child as HTMLElement);
  };
  visit(parse(marked.parser(tokens, { gfm: true, async: false })));
  return { active, broken };
}

/**
 * Rows of one table a spec string broke, counted in the source the way GFM splits them (marked
 * pads and truncates rows when rendering, so the HTML cannot show this): more cells than the
 * header means a `|` escaped its cell; a row without a single cell separator is the rest of a
 * cell after a line break. (Rows may have fewer cells than the header: the reference docs leave
 * empty last cells out. tableShapes catches what this cannot, by comparison.) When the header has
 * no closing pipe, a row's closing `| ` ends an empty last cell, the reference docs' style.
 */
function brokenRows(raw: string): string[] {
  const { header, rows } = tableLines(raw);
  const closed = pipes(header).closing;
  const width = cells(header, true);
  return rows.filter((row) => cells(row, closed) > width || (width > 1 && pipes(row).count === 0));
}

/** Each table's header and the cell count of each row: equal for two docs whose tables are intact. */
export function tableShapes(markdown: string): string[] {
  const shapes: string[] = [];
  walk(marked.lexer(markdown, { gfm: true }), (token) => {
    if (token.type !== 'table') return;
    const { header, rows } = tableLines((token as Tokens.Table).raw);
    shapes.push(`${header.trim()} :: ${rows.map((row) => cells(row, pipes(header).closing)).join(',')}`);
  });
  return shapes;
}

function tableLines(raw: string): { header: string; rows: string[] } {
  const [header = '', , ...rows] = raw.replace(/\n+$/, '').split('\n');
  return { header, rows };
}

function cells(line: string, dropClosing: boolean): number {
  const { count, opening, closing } = pipes(line);
  return count + 1 - (opening ? 1 : 0) - (closing && dropClosing ? 1 : 0);
}

/** Pipes of one table line that split cells: not escaped by an odd run of backslashes (GFM). */
function pipes(line: string): { count: number; opening: boolean; closing: boolean } {
  const text = line.trim();
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '|') continue;
    let backslashes = 0;
    for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) backslashes++;
    if (backslashes % 2 === 0) at.push(i);
  }
  const opening = at[0] === 0;
  const closing = at.length > (opening ? 1 : 0) && at[at.length - 1] === text.length - 1;
  return { count: at.length, opening, closing };
}

function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    const nested = token as { tokens?: Token[]; items?: Token[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
    if (nested.tokens) walk(nested.tokens, visit);
    if (nested.items) walk(nested.items, visit);
    for (const cell of nested.header ?? []) walk(cell.tokens, visit);
    for (const row of nested.rows ?? []) for (const cell of row) walk(cell.tokens, visit);
  }
}

/**
 * A URL attribute as a browser's URL parser sees it: node-html-parser has decoded the character
 * references already (`java&Tab;script:`); tabs and line breaks anywhere are dropped, and leading
 * control characters and spaces are trimmed.
 */
function asBrowserReadsIt(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
}
