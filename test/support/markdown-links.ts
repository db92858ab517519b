import GithubSlugger from 'github-slugger';
import { marked, type Token, type Tokens } from 'marked';

/** Links and heading anchors of a markdown file, read by a real GFM parser (marked). */
export interface MarkdownOutline {
  readonly links: string[];
  /** GitHub's heading ids (github-slugger), in order. */
  readonly anchors: Set<string>;
}

export function outline(markdown: string): MarkdownOutline {
  const tokens = marked.lexer(markdown, { gfm: true });
  const links: string[] = [];
  const anchors = new Set<string>();
  const slugger = new GithubSlugger();
  walk(tokens, (token) => {
    if (token.type === 'link' || token.type === 'image') links.push((token as Tokens.Link).href);
    if (token.type === 'heading') anchors.add(slugger.slug(plainText((token as Tokens.Heading).tokens)));
  });
  return { links, anchors };
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

/** The text GitHub slugs a heading from: inline markup removed. */
function plainText(tokens: readonly Token[]): string {
  return tokens
    .map((t) => ('tokens' in t && t.tokens ? plainText(t.tokens) : t.type === 'escape' ? (t as Tokens.Escape).text : 'text' in t ? String(t.text) : ''))
    .join('');
}

/**
 * The relative links and anchors of one markdown file of a file set (paths relative to its root,
 * `/`-separated) that point at no file or no heading; absolute URLs are not followed. A link to
 * no file that `knownDeadEnd` accepts (one the imitated generator writes too) is not broken.
 */
export function brokenLinks(path: string, files: ReadonlyMap<string, string>, knownDeadEnd: (href: string) => boolean = () => false): string[] {
  const broken: string[] = [];
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  for (const href of outline(files.get(path) ?? '').links) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
    const [target = '', anchor] = href.split('#');
    const targetPath = target === '' ? path : normalize(folder + decodeURIComponent(target));
    const contents = files.get(targetPath);
    if (contents === undefined) {
      if (!knownDeadEnd(href)) broken.push(`${href} (no file)`);
    }
    // GitHub matches heading anchors regardless of case.
    else if (anchor && !outline(contents).anchors.has(anchor.toLowerCase())) broken.push(`${href} (no heading)`);
  }
  return broken;
}

/** `docs/../README.md` → `README.md`. */
function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
