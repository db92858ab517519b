import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Which files and URLs a `$ref` may bring in. By default only files inside the root spec's own
 * folder: swagger-parser would otherwise read any local path (even /proc/self/environ) or fetch
 * any URL a spec names.
 */
export interface RefPolicyOptions {
  /** Fetch http(s) `$ref`s (`--allow-remote-refs`). */
  readonly allowRemoteRefs?: boolean | undefined;
  /** More folders whose files `$ref`s may read (`--allow-ref-root`). */
  readonly allowRefRoots?: readonly string[] | undefined;
}

export class RefPolicy {
  private readonly roots: string[];

  constructor(specPath: string, private readonly options: RefPolicyOptions) {
    this.roots = [dirname(specPath), ...(options.allowRefRoots ?? [])].map((root) => canonical(resolve(root)));
  }

  get allowRemote(): boolean {
    return this.options.allowRemoteRefs === true;
  }

  /** Why a location may not be read, or undefined when it may. */
  refusal(location: string): string | undefined {
    if (/^https?:/i.test(location)) {
      return this.allowRemote ? undefined : 'names a remote URL; sdkgen fetches none unless --allow-remote-refs is given';
    }
    if (/^[a-z][a-z0-9+.-]+:/i.test(location) && !/^file:/i.test(location)) {
      return `uses the unsupported scheme "${location.split(':')[0]}"`;
    }
    const path = canonical(toPath(location));
    if (!this.roots.some((root) => isInside(root, path))) {
      return "names a file outside the spec's folder; allow its folder with --allow-ref-root <dir>";
    }
    return undefined;
  }
}

/** A file URL or path as a file-system path. */
export function toPath(location: string): string {
  return /^file:/i.test(location) ? fileURLToPath(location) : resolve(decodeURIComponent(location));
}

/** Follows symlinks where the file exists, so a link inside the folder cannot point out of it. */
function canonical(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    // A file that does not exist is refused later by the reader; judge its parent instead.
    try {
      return resolve(realpathSync.native(dirname(path)), path.slice(dirname(path).length + 1));
    } catch {
      return path;
    }
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
