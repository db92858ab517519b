/**
 * Case 2, strings into markdown: HTML, event handlers, script links (in every spelling a browser
 * would still run), pipes and line breaks meant to break table cells, and handlebars expressions,
 * in every spec string that reaches the docs of every target, generated through the CLI. Safe:
 * the pages render (marked, GFM) with no active HTML, each table has the shape it has for a twin
 * spec whose strings are plain words, and `{{...}}` stays text.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, type Run } from '../cli/run.js';
import { tableShapes } from './markdown.js';
import { markdownSpec, MARKDOWN_PAYLOADS } from './markdown-spec.js';
import { cli, expectSafeOutput, filesUnder, listing, removeRoots, TARGETS, tempRoot } from './support.js';

let root: string;
let before: Record<string, string>;
let run: Run;
let markdown: Map<string, string>;

beforeAll(async () => {
  assertBuilt();
  const hostile = JSON.stringify(markdownSpec((slot) => MARKDOWN_PAYLOADS.join(` ${slot} `)));
  const twin = JSON.stringify(markdownSpec((slot) => `plain${slot}`));
  const targets = TARGETS.map((t) => `      ${t}: { packageName: docs${t === 'typescript' ? ', packageVersion: "1.0.0"' : ''} }`).join('\n');
  const pair = (name: string): string => `  ${name}:\n    spec: ${name}.json\n    targets:\n${targets}\n`;
  root = await tempRoot({ 'hostile.json': hostile, 'twin.json': twin, 'sdkgen.config.yaml': `output: gen\nspecs:\n${pair('hostile')}${pair('twin')}` });
  before = await listing(root);
  run = await cli(['generate'], root);
  markdown = new Map([...(await filesUnder(join(root, 'gen/hostile')))].filter(([path]) => path.endsWith('.md')));
});
afterAll(removeRoots);

describe('a spec whose strings try to make the docs active or break their tables', () => {
  it('generates every target, and every page renders with no active HTML and no row broken', async () => {
    // A config of several specs shows progress off a terminal as plain `sdkgen: 1/15 ...` lines; nothing else.
    expect(run.stderr.split('\n').filter((line) => line !== '' && !/^sdkgen: \d+\/\d+ /.test(line))).toEqual([]);
    expect(run.code).toBe(0);
    await expectSafeOutput(root, 'gen', before);
    expect(markdown.size).toBeGreaterThan(0);
  });

  it.each(TARGETS)('%s: every table has the shape it has for the plain-word twin', async (target) => {
    const hostile = await filesUnder(join(root, 'gen/hostile', target));
    const twin = await filesUnder(join(root, 'gen/twin', target));
    expect([...hostile.keys()].sort()).toEqual([...twin.keys()].sort());
    for (const [path, contents] of hostile) {
      if (!path.endsWith('.md')) continue;
      expect(tableShapes(contents), path).toEqual(tableShapes(twin.get(path) ?? ''));
    }
  });

  it('handlebars expressions in spec strings stay text in every target that writes docs', () => {
    const withDocs = TARGETS.filter((target) => [...markdown.keys()].some((path) => path.startsWith(`${target}/`)));
    expect(withDocs.length).toBeGreaterThan(0);
    for (const target of withDocs) {
      const pages = [...markdown].filter(([path]) => path.startsWith(`${target}/`)).map(([, contents]) => contents);
      expect(pages.join('\n'), target).toContain('{{constructor.constructor');
    }
  });
});
