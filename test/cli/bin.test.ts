/**
 * The bin stays runnable after the suite's own build (test/setup/build.ts): tsc writes plain
 * files, so the build marks dist/cli/main.js executable, and `npx sdkgen` (which runs the file
 * itself, through its shebang) works in the repository after `npm test` as after `npm install`.
 */
import { statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runChild } from '../support/child.js';
import { assertBuilt, BIN, ROOT } from './run.js';

beforeAll(assertBuilt);

describe('dist/cli/main.js after the setup build', () => {
  it('is executable by everyone who can read it', () => {
    expect((statSync(BIN).mode & 0o777).toString(8)).toBe('755');
  });

  it('runs on its own, through its shebang, as npm links it', async () => {
    const run = await runChild(BIN, ['--help'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('sdkgen <command> [options]');
  });

  it('runs as `npx sdkgen` in the repository', async () => {
    // Offline: npx must find the repository's own bin, never fetch a package of that name.
    const run = await runChild('npx', ['--offline', '--no-install', 'sdkgen', '--help'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('sdkgen <command> [options]');
  });
});
