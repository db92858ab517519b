import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../cli/report.js';
import { SpecError } from '../load/errors.js';
import type { ReadLimits } from '../load/limits.js';
import { readSpecFile } from '../load/read.js';

/**
 * A spec as it was at a git ref, read with `git show` (no checkout, the working tree untouched)
 * into a temporary folder that mirrors the repository, with every file its `$ref`s name, so the
 * loader reads it exactly as it reads the working tree: same limits, same `$ref` policy.
 */
export interface SpecAtRef {
  /** The root file in the temporary mirror. */
  readonly path: string;
  /** How messages name it: `<ref>:<path in the repository>`. */
  readonly shown: string;
  /** Turns a loader error about a mirrored file back into one about `<ref>:<path>`. */
  readonly rename: (error: unknown) => unknown;
  readonly dispose: () => void;
}

export class GitRepo {
  readonly root: string;

  constructor(cwd: string) {
    try {
      this.root = realpathSync(git(cwd, ['rev-parse', '--show-toplevel']).trim());
    } catch {
      throw new UsageError(`--base needs a git repository; ${cwd} is not in one`);
    }
  }

  /** Resolves the ref to a commit once, so every spec is read from the same one. */
  commit(ref: string): string {
    try {
      return git(this.root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
    } catch {
      throw new UsageError(`--base ${ref} is not a commit of this repository`);
    }
  }

  /** Path of a working-tree file relative to the repository root, `/`-separated. */
  inRepo(file: string): string {
    const absolute = resolve(file);
    const real = existsSync(absolute) ? realpathSync(absolute) : join(existsSync(dirname(absolute)) ? realpathSync(dirname(absolute)) : dirname(absolute), absolute.split(sep).pop()!);
    const rel = relative(this.root, real);
    if (rel.startsWith('..') || isAbsolute(rel)) throw new UsageError(`${file} is outside the git repository ${this.root}`);
    return rel.split(sep).join('/');
  }

  /** The spec at the commit, or undefined when the file did not exist there. */
  specAt(commit: string, ref: string, file: string, limits: ReadLimits): SpecAtRef | undefined {
    const rel = this.inRepo(file);
    if (!this.exists(commit, rel)) return undefined;
    const mirror = mkdtempSync(join(tmpdir(), 'sdkgen-base-'));
    const fetched = new Set<string>();
    const fetch = (path: string): void => {
      if (fetched.has(path) || !this.exists(commit, path)) return;
      fetched.add(path);
      const target = join(mirror, ...path.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      const fd = openSync(target, 'w');
      try {
        // Straight into the file: a huge blob is refused by the loader's size limit, never held in memory.
        const shown = spawnSync('git', ['show', `${commit}:${path}`], { cwd: this.root, stdio: ['ignore', fd, 'pipe'] });
        if (shown.status !== 0) throw new Error(`git show ${ref}:${path} failed: ${String(shown.stderr).trim()}`);
      } finally {
        closeSync(fd);
      }
      for (const next of externalFiles(target, path, limits)) fetch(next);
    };
    fetch(rel);
    const shownName = (p: string) => `${ref}:${relative(mirror, resolve(p)).split(sep).join('/')}`;
    return {
      path: join(mirror, ...rel.split('/')),
      shown: `${ref}:${rel}`,
      rename: (error) => {
        if (!(error instanceof SpecError) || !resolve(error.file).startsWith(mirror)) return error;
        return new SpecError(shownName(error.file), error.pointer, error.message);
      },
      dispose: () => rmSync(mirror, { recursive: true, force: true }),
    };
  }

  private exists(commit: string, path: string): boolean {
    return spawnSync('git', ['cat-file', '-e', `${commit}:${path}`], { cwd: this.root, stdio: 'ignore' }).status === 0;
  }
}

/**
 * Repository paths of the files a spec file's `$ref`s name (URLs and internal refs left out). A
 * file that does not parse names none: the loader reports it when it reads it.
 */
function externalFiles(file: string, repoPath: string, limits: ReadLimits): string[] {
  let data: unknown;
  try {
    data = readSpecFile(file, repoPath, limits);
  } catch {
    return [];
  }
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const target = value.split('#')[0]!;
        if (target !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(target)) {
          let decoded = target;
          try {
            decoded = decodeURI(target);
          } catch {
            // Kept as written; the loader names it if it points at nothing.
          }
          const joined = join(dirname(repoPath), decoded).split(sep).join('/');
          if (!joined.startsWith('..') && !isAbsolute(joined)) found.add(joined);
        }
      } else visit(value);
    }
  };
  visit(data);
  return [...found];
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}
