import { isAbsolute, relative } from 'node:path';
import { SpecError } from '../load/errors.js';
import { UnknownTargetError } from '../emit/registry.js';
import { OutputError } from '../output/paths.js';
import { ExitCode } from './exit-codes.js';

/** The command line is wrong; yargs' own complaints are turned into these too. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The one line printed for an error (without the `sdkgen: ` prefix) and the code to exit with. */
export function describeError(error: unknown): { line: string; code: ExitCode } {
  if (error instanceof SpecError) return { line: error.format(), code: ExitCode.failed };
  if (error instanceof OutputError) return { line: error.format(), code: ExitCode.failed };
  if (error instanceof UsageError || error instanceof UnknownTargetError || isYargsError(error)) {
    return { line: `${(error as Error).message} (see sdkgen --help)`, code: ExitCode.usage };
  }
  if (isSystemError(error)) return { line: systemLine(error), code: ExitCode.io };
  const message = error instanceof Error ? error.message : String(error);
  return { line: `internal error: ${message} (run with --verbose for details)`, code: ExitCode.internal };
}

/** Prints `sdkgen: <line>` to stderr, plus the stack when verbose; returns the exit code. */
export function reportError(error: unknown, verbose: boolean): ExitCode {
  const { line, code } = describeError(error);
  process.stderr.write(`sdkgen: ${oneLine(line)}\n`);
  if (verbose && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return code;
}

/**
 * Messages carry spec text (names, values): fold line breaks so the message stays one line, and
 * escape other control characters so a spec cannot write terminal escape sequences.
 */
export function oneLine(text: string): string {
  // Each run of blanks is taken whole and folded when it holds a line break: /\s*[\r\n]+\s*/
  // would retry from every blank of a long run that holds none, in quadratic time.
  return escapeControls(text.replace(/\s+/g, (blanks) => (/[\r\n]/.test(blanks) ? ' ' : blanks)));
}

/** Every C0/C1 control character (line breaks included) as a visible `\u001b` escape. */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What the system call was doing, in words. */
const ACTIONS: Readonly<Record<string, string>> = {
  mkdir: 'create the folder',
  open: 'open',
  read: 'read',
  write: 'write',
  rename: 'move a file to',
  unlink: 'remove',
  rmdir: 'remove the folder',
  rm: 'remove',
  scandir: 'list the folder',
  opendir: 'list the folder',
  lstat: 'look at',
  stat: 'look at',
  copyfile: 'copy to',
};

/** Why it failed, in words; the code follows in brackets for searching. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'it already exists',
  ENOTEMPTY: 'the folder is not empty',
  EACCES: 'permission denied',
  EPERM: 'the operating system does not permit it',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EBUSY: 'it is busy or locked',
  ENAMETOOLONG: 'the path is too long',
  EXDEV: 'it would cross file systems',
  EMFILE: 'too many files are open',
  ELOOP: 'too many symbolic links on the way',
  EIO: 'the device reported an error',
};

/**
 * `cannot create the folder out/gen: part of the path is a file, not a folder (ENOTDIR)` rather
 * than Node's `ENOTDIR: not a directory, mkdir '/abs/out/gen'`: plain words, like every other
 * message, and the path as short as it can be said.
 */
export function systemLine(error: NodeJS.ErrnoException): string {
  const action = ACTIONS[error.syscall ?? ''] ?? error.syscall ?? 'use';
  const reason = REASONS[error.code ?? ''] ?? withoutCallTail(error.message.replace(/^[A-Z]+: /, ''));
  const path = error.path === undefined ? '' : ` ${relativeToCwd(error.path)}`;
  const destination = (error as { dest?: unknown }).dest;
  const dest = typeof destination === 'string' ? ` (to ${relativeToCwd(destination)})` : '';
  return `cannot ${action}${path}${dest}: ${reason} (${error.code ?? 'error'})`;
}

function relativeToCwd(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** Node's errors from system calls carry the call and an errno code (`ENOTDIR`, `EACCES`). */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const e = error as NodeJS.ErrnoException | undefined;
  return error instanceof Error && typeof e?.code === 'string' && typeof e.syscall === 'string';
}

function isYargsError(error: unknown): boolean {
  return error instanceof Error && error.name === 'YError';
}

/**
 * Node's `..., mkdir '/abs/path'` tail cut off. Found by a search and a slice rather than
 * /, \w+ '.*$/, which backtracks quadratically on a long run of `, x '` without an end.
 */
function withoutCallTail(message: string): string {
  const at = message.search(/, \w+ '/);
  return at === -1 || message.includes('\n', at) ? message : message.slice(0, at);
}
