import { describe, expect, it } from 'vitest';
import { assertSafePaths, OutputError, pathProblem, SegmentChecks } from '../../src/output/paths.js';

describe('pathProblem', () => {
  const bad: [string, string][] = [
    ['', 'is empty'],
    ['/etc/passwd', 'is absolute'],
    ['../escape.md', "has a '..' segment"],
    ['docs/../../escape.md', "has a '..' segment"],
    ['docs/..', "has a '..' segment"],
    ['./README.md', "has a '.' segment"],
    ['docs//a.md', 'has an empty segment'],
    ['docs/', 'has an empty segment'],
    ['docs\\a.md', 'contains a backslash'],
    ['..\\escape.md', 'contains a backslash'],
    ['a\u0000b.md', 'contains a control character'],
    ['a\nb.md', 'contains a control character'],
    ['C:/Windows/x.md', 'starts with a drive letter'],
    ['c:x.md', 'starts with a drive letter'],
    ['docs/a.md:stream', 'contains a colon'],
    ['CON', "has a Windows reserved name 'CON'"],
    ['docs/nul.md', "has a Windows reserved name 'nul.md'"],
    ['Aux.txt', "has a Windows reserved name 'Aux.txt'"],
    ['prn', "has a Windows reserved name 'prn'"],
    ['docs/COM1.md', "has a Windows reserved name 'COM1.md'"],
    ['lpt9', "has a Windows reserved name 'lpt9'"],
    ['docs/a.', "has a segment ending in a dot or space 'a.'"],
    ['docs /a.md', "has a segment ending in a dot or space 'docs '"],
    [`${'a'.repeat(256)}.md`, 'has a segment longer than 255 bytes'],
    // 128 two-byte characters: 128 code units, 256 bytes.
    [`docs/${'é'.repeat(128)}`, 'has a segment longer than 255 bytes'],
    ['cafe\u0301.md', 'is not in Unicode normal form C'],
  ];
  it.each(bad)('refuses %j: %s', (path, problem) => {
    expect(pathProblem(path)).toBe(problem);
  });

  const good = ['README.md', 'docs/SessionApi.md', 'src/apis/session_api.rs', 'a'.repeat(255), 'console.md', 'COM10.md', 'con-fig/x', '.gitignore', 'café.md'];
  it.each(good)('accepts %j', (path) => {
    expect(pathProblem(path)).toBeUndefined();
  });
});

describe('SegmentChecks', () => {
  it('gives a repeated segment the answer it gave the first time', () => {
    const checks = new SegmentChecks();
    expect([checks.problem('docs'), checks.problem('aux'), checks.problem('docs'), checks.problem('aux')]).toEqual([
      undefined,
      "has a Windows reserved name 'aux'",
      undefined,
      "has a Windows reserved name 'aux'",
    ]);
  });

  it('gives pathProblem the same answers shared across paths as fresh', () => {
    const checks = new SegmentChecks();
    const paths = ['docs/a.md', 'docs/nul', 'docs/b. ', 'docs/a.md', 'docs/nul'];
    expect(paths.map((p) => pathProblem(p, checks))).toEqual(paths.map((p) => pathProblem(p)));
  });
});

describe('assertSafePaths', () => {
  it('accepts a plain file set', () => {
    expect(() => assertSafePaths(['README.md', 'docs/A.md', 'docs/B.md'])).not.toThrow();
  });

  const clashes: [string, string[], string][] = [
    ['an unsafe path', ['README.md', '../x'], "../x: refusing to write: path has a '..' segment"],
    ['a path emitted twice', ['a.md', 'a.md'], 'a.md: emitted twice'],
    ['paths equal but for case', ['docs/Api.md', 'docs/API.md'], "docs/API.md: clashes with 'docs/Api.md' on case-insensitive file systems"],
    ['a file that is also a folder', ['docs', 'docs/a.md'], "docs/a.md: is inside 'docs', which is also a file"],
    ['a file that is a folder by case', ['Docs', 'docs/x/a.md'], "docs/x/a.md: is inside 'Docs', which is also a file"],
    ['a file that is a folder two levels up', ['a/b', 'a/b/c/d.md'], "a/b/c/d.md: is inside 'a/b', which is also a file"],
  ];
  it.each(clashes)('refuses %s', (_name, paths, line) => {
    let caught: unknown;
    try {
      assertSafePaths(paths);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OutputError);
    expect((caught as OutputError).format()).toBe(line);
  });
});
