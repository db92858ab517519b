/**
 * cargo for the Rust tests: in a workspace laid out by scripts/setup/rust.mjs, with the shared
 * target directory, offline (the set-up fetched every crate the committed Cargo.lock names), and
 * asynchronous so a test's own HTTP server keeps answering while cargo runs the Rust tests.
 */
import { cargoTargetDir } from '../../../../scripts/setup/rust.mjs';
import { ROOT } from '../../../e2e/packages.js';
import { runChild, type ChildResult } from '../../../support/child.js';

/** A cold build of the dependencies on a busy 2-core machine takes minutes; a warm one seconds. */
export const CARGO_TIMEOUT_MS = 20 * 60_000;

export async function cargo(workspace: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ChildResult> {
  try {
    return await runChild('cargo', args, {
      cwd: workspace,
      env: { ...process.env, CARGO_TARGET_DIR: cargoTargetDir(ROOT), CARGO_TERM_COLOR: 'never', ...env },
      timeoutMs: CARGO_TIMEOUT_MS,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('cargo is not installed: the Rust tests need it (rustup with clippy and rustfmt); npm test runs scripts/setup/rust.mjs, which says so too');
    }
    throw error;
  }
}

/** What to print when cargo failed: the command and everything it said. */
export function cargoReport(args: readonly string[], result: ChildResult): string {
  return `cargo ${args.join(' ')} exited ${result.code ?? result.signal}\n${result.stdout}\n${result.stderr}`;
}
