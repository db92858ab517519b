import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadTarget } from '../../../src/emit/registry.js';
import type { EmittedFile } from '../../../src/emit/target.js';
import { loadApi } from '../../../src/load/index.js';
import type { Api } from '../../../src/model/types.js';

/** Strings a hostile spec puts wherever text can reach markdown. */
const HOSTILE = [
  '<script>globalThis.pwned=1</script>',
  '<img src=x onerror="globalThis.pwned=1">',
  '[click](javascript:globalThis.pwned=1)',
  '[click](JAVASCRIPT&#58;globalThis.pwned=1)',
  'a | b | c',
  'line one\nline two\r\nthree\u2028four\u2029five',
  '{{constructor.constructor "return 1"}}',
  '``` fence',
  '*/ /* `tick` ${x} \\ "q" \'s\'',
];
const text = HOSTILE.join(' ');

function hostileSpec(): object {
  const schema = { type: 'string', description: text, default: text, example: text, enum: HOSTILE.slice(0, 3) };
  return {
    openapi: '3.0.3',
    info: { title: text, version: '1<b>', description: text },
    servers: [{ url: 'https://example.com/<x>|y' }],
    tags: [{ name: 'Tag | <b>x</b>', description: text }],
    paths: {
      '/items/{id}': {
        get: {
          tags: ['Tag | <b>x</b>'],
          operationId: 'get<script>',
          summary: text,
          description: text,
          parameters: [
            { name: 'id', in: 'path', required: true, description: text, schema },
            { name: 'q|<img>', in: 'query', description: text, schema },
          ],
          responses: { 200: { description: text, content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
        },
      },
    },
    components: {
      schemas: { Thing: { type: 'object', description: text, properties: { 'na|me': schema, '<b>': schema } } },
      securitySchemes: { 'key|<x>': { type: 'apiKey', in: 'header', name: "X-`b`|'*", description: text } },
    },
    security: [{ 'key|<x>': [] }],
  };
}

const UNSAFE_TAGS = new Set(['script', 'img', 'iframe', 'object', 'embed', 'style', 'svg', 'b']);

function activeParts(html: string): string[] {
  const found: string[] = [];
  const visit = (element: HTMLElement): void => {
    const tag = element.tagName?.toLowerCase();
    if (tag && UNSAFE_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const [name, value] of Object.entries(element.attributes ?? {})) {
      if (/^on/i.test(name)) found.push(`${name}=`);
      if ((name === 'href' || name === 'src') && /^\s*(javascript|vbscript|data):/i.test(value)) found.push(`${name}=${value}`);
    }
    for (const child of element.childNodes) if ((child as HTMLElement).tagName !== undefined) visit(child as HTMLElement);
  };
  visit(parse(html));
  return found;
}

/** Rows whose cell count differs from their table's header: a `|` or newline broke out. */
function brokenRows(html: string): string[] {
  return parse(html)
    .querySelectorAll('table')
    .flatMap((table) => {
      const width = table.querySelectorAll('thead th').length;
      return table.querySelectorAll('tbody tr').filter((row) => row.querySelectorAll('td').length !== width).map((row) => row.text);
    });
}

let dir: string;
let api: Api;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sdkgen-hostile-docs-'));
  writeFileSync(join(dir, 'api.json'), JSON.stringify(hostileSpec()));
  api = await loadApi(join(dir, 'api.json'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['go', 'python', 'rust'])('%s docs of a hostile spec', (name) => {
  let files: EmittedFile[];
  beforeAll(async () => {
    files = (await loadTarget(name)).emit(api, { packageName: 'pkg' });
  });

  test('render with no active HTML and tables intact', () => {
    expect(files.length).toBeGreaterThan(2);
    for (const file of files.filter((f) => f.path.endsWith('.md'))) {
      const html = marked.parse(file.contents, { gfm: true, async: false });
      expect(activeParts(html), file.path).toEqual([]);
      expect(brokenRows(html), file.path).toEqual([]);
    }
  });

  test('handlebars expressions in spec strings stay text', () => {
    const all = files.map((f) => f.contents).join('\n');
    expect(all).toContain('{{constructor.constructor');
  });
});
