import { readFileSync } from 'node:fs';
import { Marked } from 'marked';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { configText, repoSpec, tempProject } from './project.js';
import { assertBuilt, ROOT, sdkgen } from './run.js';

beforeAll(assertBuilt);

const fixture = (name: string) => `${ROOT}test/fixtures/diff/${name}`;

/** The comment as GitHub would show it: GFM rendered by marked, then parsed as HTML. */
function rendered(markdown: string) {
  // pre is parsed as elements too (node-html-parser keeps it as raw text by default).
  return parse(new Marked({ gfm: true }).parse(markdown) as string, { blockTextElements: { script: true, style: true } });
}

describe('sdkgen diff --format markdown', () => {
  it('pins the pets comment, whose tables render with one row per finding and four cells each', async () => {
    const run = sdkgen(['diff', fixture('pets-base.yaml'), fixture('pets-revision.yaml')], ROOT);
    expect(run.code).toBe(0);
    await expect(run.stdout.replaceAll(ROOT, '<repo>/')).toMatchFileSnapshot('./snapshots/diff-pets.md');
    const html = rendered(run.stdout);
    const tables = html.querySelectorAll('table');
    expect(tables.map((t) => t.querySelectorAll('tbody tr').length)).toEqual([10, 1, 2]);
    for (const row of html.querySelectorAll('tbody tr')) expect(row.querySelectorAll('td')).toHaveLength(4);
    expect(html.querySelectorAll('h4').map((h) => h.text)).toEqual(['Breaking (10)', 'Warnings (1)', 'Other changes (2)']);
    expect(html.querySelector('tbody td code')?.text).toBe('GET /pets');
  });

  it('pins the g4 comment with the generated docs of every configured target, each file collapsed', async () => {
    const dir = await tempProject({
      'sdkgen.config.yaml': configText('gen', { g4: [repoSpec('g4-sessions'), { go: 'g4api', rust: 'g4api' }] }),
    });
    const run = sdkgen(['diff', repoSpec('g4-sessions'), fixture('g4-sessions-revision.yaml')], dir);
    expect(run.stderr).toBe('');
    await expect(run.stdout).toMatchFileSnapshot('./snapshots/diff-g4.md');
    const html = rendered(run.stdout);
    const details = html.querySelectorAll('details');
    const summaries = details.map((d) => d.querySelector('summary')!.text);
    expect(summaries.some((s) => s.startsWith('g4/go/docs/CreateSessionRequest.md'))).toBe(true);
    expect(summaries.some((s) => s.startsWith('g4/rust/docs/AuthenticatedSessionResponse.md'))).toBe(true);
    for (const d of details) expect(d.querySelector('pre code')?.text).toMatch(/^--- a\//);
  });

  it('fits one GitHub comment: long diffs are cut with a note saying how much was left out', async () => {
    const { formatMarkdown } = await import('../../src/diff/format/markdown.js');
    const patch = ['--- a/x.md', '+++ b/x.md', ...Array.from({ length: 5000 }, (_, i) => `+line ${i}`)].join('\n');
    const docs = Array.from({ length: 12 }, (_, i) => ({ target: 'go', path: `g4/go/docs/F${i}.md`, patch, added: 5000, removed: 0 }));
    const text = formatMarkdown({ bump: 'patch', specs: [{ name: 'g4', status: 'compared', findings: [], ignored: [], bump: 'patch', warnings: [], docs }] }, 65_536);
    expect(text.length).toBeLessThanOrEqual(65_536);
    expect(text).toMatch(/_\d+ more diff lines \(\d+ characters\) left out\._/);
    expect(text).toMatch(/_\d+ more changed doc files left out to fit one comment\._/);
    expect(readFileSync(fixture('pets-base.yaml'), 'utf8').length).toBeGreaterThan(0);
  });
});
