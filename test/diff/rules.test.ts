import { describe, expect, it } from 'vitest';
import { compareApis } from '../../src/diff/compare.js';
import { RULES } from '../../src/diff/rules.js';
import { FIXTURES } from './fixtures.js';
import { model } from './specs.js';

describe('the rule table', () => {
  it('has at least 120 distinct kebab-case check ids', () => {
    expect(RULES.size).toBeGreaterThanOrEqual(120);
    for (const id of RULES.keys()) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has at least one fixture pair for every check id, and none for ids it lacks', () => {
    const covered = new Set(FIXTURES.map((f) => f.id));
    expect([...RULES.keys()].filter((id) => !covered.has(id))).toEqual([]);
    expect([...covered].filter((id) => !RULES.has(id))).toEqual([]);
  });
});

describe('the fixture table', () => {
  it.each(FIXTURES.map((f, i) => [`${f.id} (${i})`, f] as const))('%s', (_, fixture) => {
    const found = compareApis(model(fixture.base), model(fixture.revision));
    expect(found.map((f) => `${f.id}:${f.level}`)).toContain(`${fixture.id}:${fixture.level}`);
    for (const f of found) {
      expect(f.message).not.toMatch(/\{(subject|base|revision)\}/);
      expect(f.basePointer ?? f.revisionPointer).not.toBeNull();
    }
  });

  it('finds nothing when a fixture base is compared with itself', () => {
    for (const fixture of FIXTURES) expect(compareApis(model(fixture.base), model(fixture.base))).toEqual([]);
  });
});

describe('docs/diff-checks.md', () => {
  it('is the rule table as markdown, current', async () => {
    const { readFileSync } = await import('node:fs');
    const { checksMarkdown } = await import('../../src/diff/rules-doc.js');
    expect(readFileSync(new URL('../../docs/diff-checks.md', import.meta.url), 'utf8')).toBe(checksMarkdown());
    for (const id of RULES.keys()) expect(checksMarkdown()).toContain(`| \`${id}\` |`);
  });
});
