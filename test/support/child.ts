/**
 * Child processes for tests, with one deadline rule: generous (2 busy cores run the whole suite),
 * and a child that overruns it fails its test with "timed out after N s", the command and whatever
 * it had printed by then, instead of node's "Command failed" with no output. Below vitest's
 * testTimeout (60 s) by default, so the child's deadline, with its output, is what a hang reports.
 */
import { execFile, spawnSync } from 'node:child_process';

/** The default deadline of a child: well past any run's normal length, under vitest's testTimeout. */
export const CHILD_TIMEOUT_MS = 50_000;

export interface ChildOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv | undefined;
  /** Kill the child (SIGKILL) after this long and reject with ChildTimeout. */
  readonly timeoutMs?: number | undefined;
}

export interface ChildResult {
  /** The exit code; null when a signal ended the child. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A child killed at its deadline; the message carries the command and its output so far. */
export class ChildTimeout extends Error {
  constructor(command: string, args: readonly string[], cwd: string, timeoutMs: number, stdout: string, stderr: string) {
    const shown = [command, ...args].join(' ');
    super(`timed out after ${timeoutMs / 1000} s: ${shown} (in ${cwd})\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`);
    this.name = 'ChildTimeout';
  }
}

const MAX_BUFFER = 1 << 26;

/**
 * Runs `command args` without a shell and resolves with how it ended, whatever its exit code;
 * rejects with ChildTimeout when it overruns. Asynchronous, so a test's own server keeps answering.
 */
export function runChild(command: string, args: readonly string[], options: ChildOptions): Promise<ChildResult> {
  const timeoutMs = options.timeoutMs ?? CHILD_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const child = execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env ?? process.env, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: MAX_BUFFER, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error !== null && error.killed === true && child.signalCode === 'SIGKILL') {
          reject(new ChildTimeout(command, args, options.cwd, timeoutMs, stdout, stderr));
          return;
        }
        if (error !== null && typeof error.code !== 'number' && child.signalCode === null) {
          reject(error); // could not start it, or its output overran the buffer
          return;
        }
        resolve({ code: child.exitCode, signal: child.signalCode, stdout, stderr });
      },
    );
  });
}

/** runChild, blocking: for the few callers that need no server of their own to keep answering. */
export function runChildSync(command: string, args: readonly string[], options: ChildOptions): ChildResult {
  const timeoutMs = options.timeoutMs ?? CHILD_TIMEOUT_MS;
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: MAX_BUFFER,
    encoding: 'utf8',
  });
  const stdout = result.stdout ?? '';
  const stderr = result.stderr ?? '';
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') throw new ChildTimeout(command, args, options.cwd, timeoutMs, stdout, stderr);
  if (result.error) throw result.error;
  return { code: result.status, signal: result.signal, stdout, stderr };
}
