/**
 * The TypeScript docs of a spec whose strings try to break out of every place they land: prose,
 * table cells, headings, link text, code spans and the ```ts examples. Rendered by a real GFM
 * renderer (marked) and read back as HTML (node-html-parser); the examples compiled by tsc.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked, type Tokens } from 'marked';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { target } from '../../../src/emit/typescript/index.js';
import type { EmittedFile } from '../../../src/emit/target.js';
import { loadApi } from '../../../src/load/index.js';
import { fileOf, removeTemporary, ROOT, temporaryDir, writeFiles } from './support.js';

const HOSTILE = [
  '<script>globalThis.pwned=1</script>',
  '<img src=x onerror="globalThis.pwned=1">',
  '[click](javascript:globalThis.pwned=1)',
  'a | b | c',
  'line one\nline two\r\nthree\u2028four\u2029five',
  '{{constructor.constructor "return 1"}}',
  '``` fence',
  "*/ /* `tick` ${x} \\ \"q\" 's'",
];
const text = HOSTILE.join(' ');
/** Ends a ```-fenced block if printed raw at the start of a line. */
const FENCE_BREAKER = '````\n```';

function hostileSpec(): object {
  const thing = { $ref: '#/components/schemas/Thing' };
  return {
    openapi: '3.0.3',
    info: { title: text, version: '1<b>', description: `# Documentation For Models\n\n${text}` },
    servers: [{ url: 'https://example.com/<x>|y```' }],
    tags: [{ name: 'Tag | <b>x</b>', description: `## Parameters\n\n${text}` }],
    paths: {
      '/items/{id}': {
        get: {
          tags: ['Tag | <b>x</b>'],
          operationId: 'get<script>',
          summary: text,
          description: `### Example\n\n\`\`\`js\nalert(1)\n\`\`\`\n\n${text}`,
          parameters: [
            { name: 'id', in: 'path', required: true, description: text, schema: { type: 'string', example: text } },
            { name: 'q|<img>', in: 'query', description: text, schema: { type: 'string', enum: HOSTILE.slice(0, 3), default: HOSTILE[0] } },
            { name: 'x-fence', in: 'header', schema: { type: 'string' }, example: FENCE_BREAKER },
          ],
          responses: { 200: { description: text, content: { 'application/json': { schema: thing } } } },
        },
        post: {
          tags: ['Tag | <b>x</b>'],
          operationId: '```',
          summary: '# Installation',
          requestBody: { required: true, content: { 'application/json': { schema: thing } } },
          responses: { 204: { description: text } },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          title: '## Properties',
          description: text,
          required: ['na|me'],
          properties: { 'na|me': { type: 'string', description: text, example: FENCE_BREAKER }, '<b>': { type: 'string', default: text } },
        },
        Choice: { type: 'string', enum: HOSTILE },
      },
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

let files: EmittedFile[];
let docs: EmittedFile[];
beforeAll(async () => {
  const dir = temporaryDir('docs-hostile-spec');
  writeFileSync(join(dir, 'api.json'), JSON.stringify(hostileSpec()));
  files = target.emit(await loadApi(join(dir, 'api.json')), { packageName: 'hostile-docs' });
  docs = files.filter((f) => f.path.endsWith('.md'));
});
afterAll(removeTemporary);

describe('docs of a hostile spec', () => {
  test('render with no active HTML and tables intact', () => {
    expect(docs.map((f) => f.path)).toEqual(['README.md', 'docs/Choice.md', 'docs/TagBxbApi.md', 'docs/Thing.md']);
    for (const file of docs) {
      const html = marked.parse(file.contents, { gfm: true, async: false });
      expect(activeParts(html), file.path).toEqual([]);
      expect(brokenRows(html), file.path).toEqual([]);
    }
  });

  test('have only the headings the templates print', () => {
    const headings = (path: string): string[] =>
      marked
        .lexer(fileOf(docs, path), { gfm: true })
        .filter((t): t is Tokens.Heading => t.type === 'heading')
        .map((t) => `${'#'.repeat(t.depth)} ${t.text}`);
    const operation = (name: string): string[] => [`## ${name}`, '### Example', '### Parameters', '### Return type', '### Responses', '### Authorization', '### HTTP request headers'];
    expect(headings('docs/TagBxbApi.md')).toEqual(['# TagBxbApi', ...operation('getScript'), ...operation('operation')]);
    expect(headings('docs/Thing.md')).toEqual(['# Thing', '## Properties']);
    expect(headings('docs/Choice.md')).toEqual(['# Choice', '## Type', '## Enum values']);
    expect(headings('README.md')).toEqual([
      '# hostile-docs',
      '## Installation',
      '## Getting started',
      '## Configuration',
      '## Errors',
      '## Documentation for API Endpoints',
      '## Documentation For Models',
      '## Documentation For Authorization',
      '### `key|<x>`',
    ]);
  });

  test('keep handlebars expressions in spec strings as text', () => {
    expect(docs.map((f) => f.contents).join('\n')).toContain('{{constructor.constructor');
  });

  test('show names, types and wire names literally', () => {
    const api = fileOf(docs, 'docs/TagBxbApi.md');
    expect(api).toContain('**qImg** | **\'&lt;script&gt;globalThis.pwned=1&lt;/script&gt;\' \\| ');
    expect(api).toContain('[query: q\\|&lt;img&gt;]');
    expect(api).toContain('[**getScript**](TagBxbApi.md#getscript) | **GET** /items/{id} |');
    expect(fileOf(docs, 'docs/Choice.md')).toContain("- ````'``` fence'````\n");
  });

  test('give every example its own intact code block, whatever the values hold', () => {
    const blocks = docs.flatMap((f) =>
      marked
        .lexer(f.contents, { gfm: true })
        .filter((t): t is Tokens.Code => t.type === 'code' && (t as Tokens.Code).lang === 'ts')
        .map((t) => ({ path: f.path, code: t.text })),
    );
    expect(blocks.map((b) => b.path)).toEqual(['README.md', 'README.md', 'README.md', 'docs/TagBxbApi.md', 'docs/TagBxbApi.md']);
    const [, , , get = '', post = ''] = blocks.map((b) => b.code);
    expect(get).toMatch(/^import \{ Configuration, TagBxbApi \} from 'hostile-docs';\n/);
    expect(get).toContain("xFence: '````\\n```',");
    expect(get).toMatch(/console\.log\(result\);$/);
    expect(post).toContain("'na|me': '````\\n```',");
    expect(fileOf(docs, 'docs/TagBxbApi.md')).toContain('`````ts\n');
  });

  test('examples compile with tsc', async () => {
    const root = temporaryDir('docs-hostile');
    const examples = docs.flatMap((f, i) =>
      marked
        .lexer(f.contents, { gfm: true })
        .filter((t): t is Tokens.Code => t.type === 'code' && (t as Tokens.Code).lang === 'ts')
        .map((t, j) => ({ path: `examples/e${i}-${j}.ts`, contents: `${t.text}\n` })),
    );
    writeFiles(root, [...files, ...examples]);
    writeFileSync(
      join(root, 'tsconfig.examples.json'),
      JSON.stringify({ extends: './tsconfig.json', compilerOptions: { rootDir: '.', noEmit: true, paths: { 'hostile-docs': ['./src/index.ts'] } }, include: ['src', 'examples'] }),
    );
    const output = await new Promise<string>((resolve) => {
      execFile(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--pretty', 'false', '-p', join(root, 'tsconfig.examples.json')], (_, stdout, stderr) =>
        resolve(`${stdout}${stderr}`),
      );
    });
    expect(examples).toHaveLength(5);
    expect(output).toBe('');
  }, 120_000);
});
