import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { runChildSync } from '../support/child.js';

/** The repository root and the built bin that test/setup/build.ts produced. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = `${ROOT}dist/cli/main.js`;

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node dist/cli/main.js ...args` as a real child process, as users and CI do; one that
 * overruns its deadline throws "timed out after N s" with its output so far.
 */
export function sdkgen(args: readonly string[], cwd: string = ROOT): Run {
  const { code, stdout, stderr } = runChildSync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  return { code, stdout, stderr };
}

/** Fails the calling suite with tsc's output when the build did not succeed. */
export function assertBuilt(): void {
  const error = inject('buildError');
  if (error !== null) throw new Error(error);
}
