/**
 * Shared by the hostile-spec suites: temporary roots listed whole, the CLI run on one spec for
 * every target, the two outcomes (Rejected, Safe) asserted the same way everywhere, and tsc.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { targetNames } from '../../src/emit/registry.js';
import { ROOT, type Run } from '../cli/run.js';
import { runChild } from '../support/child.js';
import { markdownProblems } from './markdown.js';

export { ROOT, type Run };

export interface CliOptions {
  /** Kill the child after this long (default: test/support/child.ts), failing its test as timed out. */
  readonly timeoutMs?: number | undefined;
  /** Preload max-rss.mjs, which writes the child's peak memory and CPU time to this file. */
  readonly measureInto?: string | undefined;
}

/**
 * `node dist/cli/main.js ...args` as a child process, as users and CI run it. Asynchronous, so
 * concurrent tests run several at once and a server the test itself runs keeps answering. A child
 * that runs past `timeoutMs` rejects with "timed out after N s", the command and its output so far.
 */
export async function cli(args: readonly string[], cwd: string, options: CliOptions = {}): Promise<Run> {
  const preload = options.measureInto === undefined ? [] : ['--import', join(ROOT, 'test/hostile/max-rss.mjs')];
  const env = { ...process.env, NO_COLOR: '1', ...(options.measureInto === undefined ? {} : { SDKGEN_MEASURE: options.measureInto }) };
  const { code, stdout, stderr } = await runChild(process.execPath, [...preload, join(ROOT, 'dist/cli/main.js'), ...args], { cwd, env, timeoutMs: options.timeoutMs });
  return { code, stdout, stderr };
}

/** Every target folder under src/emit: new targets join these suites by themselves. */
export const TARGETS = await targetNames();

const made: string[] = [];

/** A fresh temporary root holding `files`; removed by removeRoots(). */
export async function tempRoot(files: Record<string, string | Buffer> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sdkgen-hostile-'));
  made.push(dir);
  for (const [path, contents] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), contents);
  }
  return dir;
}

export async function removeRoots(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/**
 * Every entry under `root` (links not followed) as `path → what it is`: `dir`, `-> target` for a
 * link, `not a file` for a pipe or socket, or a file's size and hash. Two listings are equal exactly when nothing was written,
 * removed or replaced anywhere under the root.
 */
export async function listing(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (abs: string, rel: string): Promise<void> => {
    for (const name of (await readdir(abs)).sort()) {
      const path = rel === '' ? name : `${rel}/${name}`;
      const full = join(abs, name);
      const stats = await lstat(full);
      if (stats.isSymbolicLink()) out[path] = `-> ${await readlink(full)}`;
      else if (stats.isDirectory()) {
        out[path] = 'dir';
        await walk(full, path);
      } else if (!stats.isFile()) out[path] = 'not a file'; // a pipe or socket: reading it would block
      else out[path] = `${stats.size} ${createHash('sha256').update(await readFile(full)).digest('hex').slice(0, 16)}`;
    }
  };
  await walk(root, '');
  return out;
}

/**
 * sdkgen.config.yaml that generates `spec` for every target into `<output>/h/<target>/`. The npm
 * package gets a semver version of its own, since a hostile spec's info.version is not one.
 */
export function everyTargetConfig(spec: string, output = 'gen'): string {
  const targets = TARGETS.map((t) => `      ${t}: { packageName: hostile${t === 'typescript' ? ', packageVersion: "1.0.0"' : ''} }`).join('\n');
  return `output: ${output}\nspecs:\n  h:\n    spec: ${JSON.stringify(spec)}\n    targets:\n${targets}\n`;
}

/**
 * Rejected: exit 1, one line `sdkgen: <file>#<pointer>: <message>` on stderr and nothing on
 * stdout, and the root exactly as it was. Returns the line (without `sdkgen: `) for more checks.
 */
export function expectRejected(run: Run, before: Record<string, string>, after: Record<string, string>, file: string): string {
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n'), run.stderr).toBe(true);
  const lines = run.stderr.slice(0, -1).split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  const line = lines[0] ?? '';
  expect(line.startsWith(`sdkgen: ${file}#`), line).toBe(true);
  expect(line).not.toMatch(/internal error|\n\s+at /);
  expect(run.code, run.stderr).toBe(1);
  expect(after).toEqual(before);
  return line.slice('sdkgen: '.length);
}

/** What one target wrote: its files by path relative to its folder. */
export async function filesUnder(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (abs: string, rel: string): Promise<void> => {
    for (const entry of await readdir(abs, { withFileTypes: true })) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) await walk(join(abs, entry.name), path);
      else files.set(path, await readFile(join(abs, entry.name), 'utf8'));
    }
  };
  await walk(dir, '');
  return files;
}

/**
 * Safe, for the files written: only new entries under `out` appeared in the root (nothing else
 * changed), and every markdown file renders inert with intact tables.
 */
export async function expectSafeOutput(root: string, out: string, before: Record<string, string>): Promise<Map<string, string>> {
  const after = await listing(root);
  const prefix = `${out}/`;
  const changed = Object.keys(after).filter((path) => after[path] !== before[path] && path !== out && !path.startsWith(prefix));
  const removed = Object.keys(before).filter((path) => !(path in after));
  expect({ changed, removed }).toEqual({ changed: [], removed: [] });
  const files = await filesUnder(join(root, out));
  for (const [path, contents] of files) {
    if (!path.endsWith('.md')) continue;
    expect(markdownProblems(contents), `${out}/${path}`).toEqual({ active: [], broken: [] });
  }
  return files;
}

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

/** tsc with the given arguments; resolves to its exit code and its output lines. */
export async function tsc(args: readonly string[]): Promise<{ code: number; errors: string[] }> {
  const { code, stdout, stderr } = await runChild(process.execPath, [TSC, '--pretty', 'false', ...args], { cwd: ROOT });
  return { code: code ?? 1, errors: `${stdout}${stderr}`.split('\n').filter((line) => line.trim() !== '') };
}

/**
 * Builds a generated TypeScript package exactly as `npm run build` would (`tsc -p tsconfig.json`,
 * its own strict settings) into its dist/; expects no error.
 */
export async function buildPackage(dir: string): Promise<void> {
  expect(await tsc(['-p', join(dir, 'tsconfig.json')])).toEqual({ code: 0, errors: [] });
}

/** The canary injected code would set; tests assert it stays unset. */
export const CANARY = '__sdkgenCanary';

export function canaryValue(): unknown {
  return (globalThis as Record<string, unknown>)[CANARY];
}
