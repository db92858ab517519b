/**
 * Case 9, markdown that opens blocks: spec text that starts like a heading (ATX or setext), a
 * list, a thematic break, a table delimiter row, a code fence or a link reference definition (in
 * every form CommonMark accepts), and images. Every doc of every target, the committed
 * generated/ docs and those of hostile specs alike, is rendered by a real GFM renderer (marked)
 * and its HTML parsed: no script, image, frame, event handler or script-bearing link, and no
 * heading the template did not put there (the headings are those of a twin spec whose prose is
 * plain words).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { marked } from 'marked';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTarget } from '../../src/emit/registry.js';
import { loadApi } from '../../src/load/index.js';
import { markdownProblems } from './markdown.js';
import { markdownSpec, MARKDOWN_PAYLOADS } from './markdown-spec.js';
import { ROOT, TARGETS } from './support.js';

/** Each starts every spec string in one hostile spec, since what a line opens depends on its start. */
const OPENERS = [
  '# Injected heading',
  '## getItems',
  '###### six',
  '### Kept where the reference styles keep it',
  'Setext\n===',
  'Setext\n---',
  '===',
  '---',
  '- a list that swallows what follows',
  '* star item',
  '+ plus item',
  '1. ordered',
  '7) ordered',
  '***',
  '| a | b |\n|---|---|\n| c | d |',
  '|---|---|',
  '```js\nalert(1)\n```',
  '``` not a fence ``` but a code span',
  '~~~\nfenced',
  '    indented code',
  '> quoted',
  '[x]: javascript:alert(1)',
  '[a\\]b]: https://evil.example/ "title"',
  '   [x]: <javascript:alert(1)>',
  '[^1]: footnote',
  '![img](https://evil.example/pixel.png)',
  '![img][x]\n\n[x]: https://evil.example/pixel.png',
  '<img src=x onerror=alert(1)>',
  '[x](data:text/html;base64,PHNjcmlwdD4=) [y](vbscript:msgbox) [z](JaVaScRiPt:alert(1))',
  'text\u202e with \u2066 bidi\u2069 and zero\u200b width',
];

const REFERENCE_STYLES = new Set(['go', 'python', 'rust']);

interface Heading {
  readonly level: number;
  readonly text: string;
}

/** The page as a browser gets it: marked (GFM) renders it, node-html-parser reads the HTML. */
function rendered(markdown: string): HTMLElement {
  return parse(marked.parse(markdown, { gfm: true, async: false }));
}

function headings(page: HTMLElement): Heading[] {
  return page.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => ({ level: Number(h.tagName.slice(1)), text: h.text }));
}

/** What the issue names, read off the HTML itself (markdownProblems adds raw HTML tokens and unknown tags). */
function activeHtml(page: HTMLElement): string[] {
  const found = page.querySelectorAll('script, img, iframe, object, embed, svg, style').map((e) => `<${e.tagName.toLowerCase()}>`);
  for (const element of page.querySelectorAll('*')) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (/^on/i.test(name)) found.push(`${name}=`);
      if (/^(href|src)$/i.test(name) && /^(javascript|data|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${name}=${value}`);
    }
  }
  return found;
}

/** The .md files a target writes for `spec`, emitted in process: path → contents. */
async function docs(specFile: string, target: string): Promise<Map<string, string>> {
  const api = await loadApi(specFile);
  const files = (await loadTarget(target)).emit(api, { packageName: 'docs' });
  return new Map(files.filter((f) => f.path.endsWith('.md')).map((f) => [f.path, f.contents]));
}

function expectInert(markdown: string, where: string): void {
  const page = rendered(markdown);
  expect(activeHtml(page), where).toEqual([]);
  expect(markdownProblems(markdown).active, where).toEqual([]);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdkgen-inert-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each(OPENERS.map((opener) => [opener] as const))('every spec string starts %j', (opener) => {
  let hostileFile: string;
  let twinFile: string;
  beforeAll(async () => {
    const id = Buffer.from(opener).toString('hex').slice(0, 40);
    hostileFile = join(dir, `hostile-${id}.json`);
    twinFile = join(dir, `twin-${id}.json`);
    const rest = MARKDOWN_PAYLOADS.join(' ');
    await writeFile(hostileFile, JSON.stringify(markdownSpec((slot) => `${opener} ${slot} ${rest}`)));
    await writeFile(twinFile, JSON.stringify(markdownSpec((slot) => `plain${slot}`)));
  });

  it.each(TARGETS)('%s: every page renders inert, with the headings of the plain twin', async (target) => {
    const hostile = await docs(hostileFile, target);
    const twin = await docs(twinFile, target);
    expect(hostile.size).toBeGreaterThan(0);
    expect([...hostile.keys()].sort()).toEqual([...twin.keys()].sort());
    // The one exception (referenceNotes): the reference styles print an operation's summary and
    // its description each on a line of its own and keep a leading `#` to `######`, as their
    // generators did. At most those two headings, each holding only its own line.
    const most = 2;
    const level = /^(#{1,6}) /.exec(opener)?.[1]?.length;
    const kept = REFERENCE_STYLES.has(target) && level !== undefined;
    for (const [path, markdown] of hostile) {
      expectInert(markdown, `${target}/${path}`);
      const all = headings(rendered(markdown));
      const levels = all.filter((h) => !(kept && h.level === level && h.text.startsWith(opener.slice((level ?? 0) + 1)))).map((h) => h.level);
      expect(all.length - levels.length, `${target}/${path}`).toBeLessThanOrEqual(most);
      expect(levels, `${target}/${path}`).toEqual(headings(rendered(twin.get(path) ?? '')).map((h) => h.level));
    }
  });
});

/** Prose replaced by plain words, but an operation summary's or description's leading `# ` to `###### ` kept (referenceNotes). */
function plainTwin(node: unknown, path: readonly string[] = []): unknown {
  if (Array.isArray(node)) return node.map((item, i) => plainTwin(item, [...path, String(i)]));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string' && ['description', 'summary', 'title'].includes(key)) {
      const ownLine = (key === 'description' || key === 'summary') && path[0] === 'paths' && path.length === 3;
      const heading = ownLine ? (/^#{1,6} /.exec(value)?.[0] ?? '') : '';
      out[key] = `${heading}Plain words.`;
    } else out[key] = plainTwin(value, [...path, key]);
  }
  return out;
}

function markdownUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : markdownUnder(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

describe('the committed docs of specs/', () => {
  it('every page under generated/ renders inert', () => {
    const pages = markdownUnder(join(ROOT, 'generated'));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) expectInert(readFileSync(page, 'utf8'), relative(ROOT, page));
  });

  const specs = readdirSync(join(ROOT, 'specs')).filter((name) => /\.(ya?ml|json)$/.test(name));
  it.each(specs.flatMap((spec) => TARGETS.map((target) => [spec, target] as const)))(
    '%s, %s: the headings are those of the same spec with plain prose',
    async (spec, target) => {
      const file = join(ROOT, 'specs', spec);
      const twinFile = join(dir, `twin-${spec}.json`);
      await writeFile(twinFile, JSON.stringify(plainTwin(parseYaml(readFileSync(file, 'utf8')))));
      const real = await docs(file, target);
      const twin = await docs(twinFile, target);
      for (const [path, markdown] of real) {
        const levels = headings(rendered(markdown)).map((h) => h.level);
        expect(levels, `${spec} ${target}/${path}`).toEqual(headings(rendered(twin.get(path) ?? '')).map((h) => h.level));
        if (!REFERENCE_STYLES.has(target)) expect(levels.length, path).toBe(headings(rendered(twin.get(path) ?? '')).length);
      }
    },
  );
});
