import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { UnknownTargetError } from '../../src/emit/registry.js';
import { SpecError } from '../../src/load/errors.js';
import { OutputError } from '../../src/output/paths.js';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { describeError, escapeControls, oneLine, systemLine, UsageError } from '../../src/cli/report.js';
import { diffLines } from '../../src/cli/check.js';

describe('describeError', () => {
  const yargsError = Object.assign(new Error('Unknown argument: x'), { name: 'YError' });
  const systemError = Object.assign(new Error("EACCES: permission denied, mkdir '/x'"), { code: 'EACCES', syscall: 'mkdir', path: '/x' });
  const cases: [string, unknown, string, number][] = [
    ['a spec error', new SpecError('a.yaml', '/paths/~1x', 'bad'), 'a.yaml#/paths/~1x: bad', ExitCode.failed],
    ['a config error', new ConfigError('c.yaml', '', 'cannot read config: no such file'), 'c.yaml#: cannot read config: no such file', ExitCode.failed],
    ['an output error', new OutputError('out', 'is a symbolic link'), 'out: is a symbolic link', ExitCode.failed],
    ['a usage error', new UsageError('generate <spec> needs --out'), 'generate <spec> needs --out (see sdkgen --help)', ExitCode.usage],
    ['a yargs error', yargsError, 'Unknown argument: x (see sdkgen --help)', ExitCode.usage],
    ['an unknown target', new UnknownTargetError('cobol', ['go']), "unknown target 'cobol' (known targets: go) (see sdkgen --help)", ExitCode.usage],
    ['a system error', systemError, 'cannot create the folder /x: permission denied (EACCES)', ExitCode.io],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'x')"), "internal error: Cannot read properties of undefined (reading 'x') (run with --verbose for details)", ExitCode.internal],
    ['a thrown string', 'boom', 'internal error: boom (run with --verbose for details)', ExitCode.internal],
  ];
  it.each(cases)('maps %s', (_name, error, line, code) => {
    expect(describeError(error)).toEqual({ line, code });
  });

  it('uses distinct codes for distinct kinds of failure', () => {
    expect(new Set(Object.values(ExitCode)).size).toBe(Object.values(ExitCode).length);
    expect(ExitCode).toEqual({ ok: 0, failed: 1, usage: 2, internal: 70, io: 74 });
  });
});

describe('systemLine', () => {
  const error = (code: string, syscall: string, extra: Record<string, string>) =>
    Object.assign(new Error(`${code}: whatever node says, ${syscall} '${extra.path ?? ''}'`), { code, syscall, ...extra });
  const cases: [string, NodeJS.ErrnoException, string][] = [
    ['ENOTDIR', error('ENOTDIR', 'mkdir', { path: '/a/file.txt/gen' }), 'cannot create the folder /a/file.txt/gen: part of the path is a file, not a folder (ENOTDIR)'],
    ['EPERM', error('EPERM', 'unlink', { path: '/a/b.md' }), 'cannot remove /a/b.md: the operating system does not permit it (EPERM)'],
    ['ENOENT', error('ENOENT', 'open', { path: '/a/spec.yaml' }), 'cannot open /a/spec.yaml: no such file or folder (ENOENT)'],
    ['a rename', error('EXDEV', 'rename', { path: '/a/x', dest: '/b/x' }), 'cannot move a file to /a/x (to /b/x): it would cross file systems (EXDEV)'],
    ['an unknown code', error('EWEIRD', 'fsync', { path: '/a/x' }), 'cannot fsync /a/x: whatever node says (EWEIRD)'],
  ];
  it.each(cases)('words %s plainly', (_name, input, line) => {
    expect(systemLine(input)).toBe(line);
  });

  it('names a path under the working folder relative to it', () => {
    expect(systemLine(error('EACCES', 'open', { path: `${process.cwd()}/gen/x.md` }))).toBe('cannot open gen/x.md: permission denied (EACCES)');
  });
});

describe('oneLine', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['first\nsecond', 'first second'],
    ['first  \r\n   second\n\nthird', 'first second third'],
    ['red \u001b[31mtext', 'red \\u001b[31mtext'],
    ['bell\u0007 and tab\tend', 'bell\\u0007 and tab\\u0009end'],
    ['c1 \u009b control', 'c1 \\u009b control'],
  ];
  it.each(cases)('%j → %j', (input, output) => {
    expect(oneLine(input)).toBe(output);
  });
});

describe('escapeControls', () => {
  it('keeps a line break visible instead of folding it, so names stay distinct', () => {
    expect(escapeControls('a\nb')).toBe('a\\u000ab');
    expect(escapeControls('a b')).toBe('a b');
  });
});

describe('diffLines', () => {
  it('prints one kind-prefixed line per file, stale then missing then extra, escaping names', () => {
    const diff = { stale: ['a/x.md'], missing: ['a/y.md', 'b/z.md'], extra: ['a/\u001b[2Jevil.md'] };
    expect(diffLines(diff, 'generated')).toEqual([
      'stale: generated/a/x.md\n',
      'missing: generated/a/y.md\n',
      'missing: generated/b/z.md\n',
      'extra: generated/a/\\u001b[2Jevil.md\n',
    ]);
  });
});
