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
