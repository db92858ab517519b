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
  if (isSystemError(error)) return { line: error.message, code: ExitCode.io };
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

/** Node's errors from system calls carry the call and an errno code (`ENOTDIR`, `EACCES`). */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const e = error as NodeJS.ErrnoException | undefined;
  return error instanceof Error && typeof e?.code === 'string' && typeof e.syscall === 'string';
}

function isYargsError(error: unknown): boolean {
  return error instanceof Error && error.name === 'YError';
}
