/**
 * The process exit codes of sdkgen, the one place they are defined (the README lists them).
 * Scripts and CI tell "fix your input" from "fix your command" from "report a bug" by these.
 */
export const ExitCode = {
  /** Done: files written, or `check` found the output current. */
  ok: 0,
  /**
   * The input or the output folder is at fault, or `check` found differences: a spec or config
   * problem (one line `sdkgen: <file>#<pointer>: <message>`), an unsafe emitted path, a symbolic
   * link at the output path, or generated files that are stale, missing or extra.
   */
  failed: 1,
  /** The command line is wrong: unknown command, flag or target, missing or conflicting flags. */
  usage: 2,
  /** A bug in sdkgen: anything not foreseen above (EX_SOFTWARE from sysexits.h). */
  internal: 70,
  /**
   * The operating system refused a file operation: permissions, a full disk, a path running
   * through a file (EX_IOERR from sysexits.h). The line carries the system's message and path.
   */
  io: 74,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
