import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../../src/diff/format/github.js';
import { formatMarkdown } from '../../../src/diff/format/markdown.js';
import { formatText } from '../../../src/diff/format/text.js';
import type { DiffReport } from '../../../src/diff/report.js';
import type { Finding } from '../../../src/diff/types.js';

/** A finding whose spec text tries to break every format it lands in. */
const hostile: Finding = {
  id: 'parameter-removed',
  level: 'breaking',
  operation: 'GET /a',
  basePointer: '/paths/~1a/get/parameters/0',
  revisionPointer: null,
  base: 'x|y\u001b[31m<script>',
  revision: null,
  message: 'Query parameter `x|y\u001b[31m<script>` was removed\n::error::injected',
};
const report: DiffReport = {
  bump: 'major',
  specs: [{ name: 'api', status: 'compared', findings: [hostile], ignored: [], bump: 'major', warnings: [], docs: [] }],
};

describe('report formats', () => {
  it('text: colour only when asked (a terminal), and spec text never writes escape sequences', () => {
    expect(formatText(report, false)).not.toContain('\u001b');
    const coloured = formatText(report, true);
    expect(coloured.startsWith('\u001b[31mbreaking\u001b[0m ')).toBe(true);
    expect(coloured.match(/\u001b/g)).toHaveLength(2);
    expect(coloured).toContain('\\u001b[31m');
  });

  it('github: one annotation per finding, line breaks and colons in data encoded', () => {
    const lines = formatGithub(report, new Map([['api', 'specs/api.yaml']])).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=specs\/api\.yaml,title=parameter-removed \(GET \/a\)::Query parameter .* was removed%0A::error::injected$/);
  });

  it('markdown: a | in spec text cannot end a table cell, and HTML stays text', () => {
    const md = formatMarkdown(report);
    const row = md.split('\n').find((l) => l.startsWith('| `GET /a`'))!;
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
    expect(new Marked({ gfm: true }).parse(md) as string).not.toContain('<script>');
  });
});
