/** A child that overruns its deadline fails as a timeout, naming the command and showing its output. */
import { describe, expect, it } from 'vitest';
import { runChild, runChildSync } from './child.js';

// Prints a line on each stream, then waits far longer than the deadline (5 s: node may start slowly on a busy machine).
const HANG = ['-e', 'console.log("stdout so far"); console.error("stderr so far"); setTimeout(() => {}, 600_000)'];
const TIMED_OUT = /^timed out after 5 s: \S*node\S* -e console\.log[^]*--- stdout ---\nstdout so far\n[^]*--- stderr ---\nstderr so far\n/;

describe('a child past its deadline', () => {
  it('rejects with "timed out after N s", the command and its output so far', async () => {
    await expect(runChild(process.execPath, HANG, { cwd: process.cwd(), timeoutMs: 5000 })).rejects.toThrow(TIMED_OUT);
  });

  it('throws the same when run blocking', () => {
    expect(() => runChildSync(process.execPath, HANG, { cwd: process.cwd(), timeoutMs: 5000 })).toThrow(TIMED_OUT);
  });
});

describe('a child that ends', () => {
  it('resolves with its exit code and output, whatever the code', async () => {
    const args = ['-e', 'process.stdout.write("out"); process.stderr.write("err"); process.exit(3)'];
    expect(await runChild(process.execPath, args, { cwd: process.cwd() })).toEqual({ code: 3, signal: null, stdout: 'out', stderr: 'err' });
    expect(runChildSync(process.execPath, args, { cwd: process.cwd() })).toEqual({ code: 3, signal: null, stdout: 'out', stderr: 'err' });
  });
});
