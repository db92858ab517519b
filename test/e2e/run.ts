/**
 * Child processes for the publish tests: npm and node with a bounded run time, and npm kept off
 * the network and away from the user's cache and settings of the npm that started vitest.
 */
import { runChild } from '../support/child.js';

export interface Output {
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command without a shell; rejects with everything it printed when it fails, or with
 * "timed out after N s" and its output so far when it overruns (default 60 s, as before).
 * Asynchronous on purpose: a test's own HTTP server must keep answering while the child calls it.
 */
export async function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Output> {
  const { code, signal, stdout, stderr } = await runChild(command, args, { cwd: options.cwd, env: options.env, timeoutMs: options.timeoutMs ?? 60_000 });
  if (code === 0) return { stdout, stderr };
  throw new Error(`${command} ${args.join(' ')} (in ${options.cwd}) failed with ${code === null ? `signal ${signal}` : `exit ${code}`}\n${stdout}\n${stderr}`);
}

/**
 * The environment for npm: without the npm_* variables of the `npx vitest` that started us (they
 * would steer the child npm), offline, with a cache of its own, and quiet.
 */
export function npmEnvironment(cache: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.toLowerCase().startsWith('npm_')) env[name] = value;
  }
  return {
    ...env,
    npm_config_offline: 'true',
    npm_config_cache: cache,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
  };
}
