import { describe, expect, it } from 'vitest';
import { ignoreRules } from '../../src/output/ignore-file.js';

const cases: [string, string, boolean][] = [
  ['README.md', 'README.md', true],
  ['README.md', 'docs/README.md', true],
  ['/README.md', 'docs/README.md', false],
  ['/README.md', 'README.md', true],
  ['docs/', 'docs/A.md', true],
  ['docs/', 'docs', false],
  ['docs/', 'src/docs/x/A.md', true],
  ['src/docs/', 'docs/A.md', false],
  ['*.md', 'docs/deep/A.md', true],
  ['*.md', 'src/index.ts', false],
  ['docs/*.md', 'docs/A.md', true],
  ['docs/*.md', 'docs/x/A.md', false],
  ['docs/**/*.md', 'docs/x/y/A.md', true],
  ['docs/**/*.md', 'docs/A.md', true],
  ['**/models', 'src/models/a.ts', true],
  ['src/**', 'src/a/b.ts', true],
  ['src/**', 'srcx/a.ts', false],
  ['?.md', 'A.md', true],
  ['?.md', 'AB.md', false],
  ['[AB].md', 'B.md', true],
  ['[!AB].md', 'B.md', false],
  ['\\#x.md', '#x.md', true],
  ['# a comment', '# a comment', false],
  ['a+b(c).md', 'a+b(c).md', true],
];

describe('.sdkgenignore rules', () => {
  it.each(cases)('%j against %j: %s', (pattern, path, expected) => {
    expect(ignoreRules(`${pattern}\n`)(path)).toBe(expected);
  });

  it('re-includes with `!`, the last matching rule winning', () => {
    const ignored = ignoreRules('docs/*.md\n!docs/Keep.md\n\n# comment\n');
    expect(ignored('docs/A.md')).toBe(true);
    expect(ignored('docs/Keep.md')).toBe(false);
  });

  it('cannot re-include a file inside an ignored folder, as in git', () => {
    const ignored = ignoreRules('docs/\n!docs/Keep.md\n');
    expect(ignored('docs/Keep.md')).toBe(true);
  });

  it('ignores nothing when empty', () => {
    expect(ignoreRules('\n# only comments\n')('README.md')).toBe(false);
  });
});
