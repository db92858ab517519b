/**
 * Child processes for the publish tests: npm and node with a bounded run time, and npm kept off
 * the network and away from the user's cache and settings of the npm that started vitest.
 */
import { execFile } from 'node:child_process';

export interface Output {
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command without a shell; rejects with everything it printed when it fails or overruns.
 * Asynchronous on purpose: a test's own HTTP server must keep answering while the child calls it.
 */
export function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Output> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env ?? process.env, timeout: options.timeoutMs ?? 60_000, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error === null) resolve({ stdout, stderr });
        else reject(new Error(`${command} ${args.join(' ')} (in ${options.cwd}) failed: ${error.message}\n${stdout}\n${stderr}`));
      },
    );
  });
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
