import { posix } from 'node:path';
import { WINDOWS_RESERVED } from '../emit/kit/windows-names.js';

/**
 * Path containment: every path an emitter hands back is untrusted (file names come from spec
 * names), so it must name a place strictly inside the output folder on every OS we may be
 * checked out on, in exactly one spelling. Checked before anything touches the disk.
 */

/** Printable ASCII only (control characters are refused before this is asked). */
const ASCII = /^[\x20-\x7e]*$/;

/** Most file systems cap one name at 255 bytes. */
const MAX_SEGMENT_BYTES = 255;

/** Why `path` is not a safe relative output path, or undefined when it is. */
export function pathProblem(path: string, segments: SegmentChecks = new SegmentChecks()): string | undefined {
  if (path === '') return 'is empty';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'contains a control character';
  if (path.includes('\\')) return 'contains a backslash';
  if (path.startsWith('/')) return 'is absolute';
  if (/^[A-Za-z]:/.test(path)) return 'starts with a drive letter';
  if (path.includes(':')) return 'contains a colon';
  // ASCII (nearly every path) is always in normal form C; only other text is normalized to compare.
  if (!ASCII.test(path) && path.normalize('NFC') !== path) return 'is not in Unicode normal form C';
  for (const segment of path.split('/')) {
    const problem = segments.problem(segment);
    if (problem) return problem;
  }
  // Redundant after the segment checks, kept as the definition of "normalized".
  if (posix.normalize(path) !== path) return 'is not normalized';
  return undefined;
}

/**
 * Each distinct segment checked once: a target's thousands of files share a few folder names
 * (GitHub's spec, four targets: 15,533 paths, most of their segments repeats).
 */
export class SegmentChecks {
  readonly #known = new Map<string, string | undefined>();

  problem(segment: string): string | undefined {
    if (this.#known.has(segment)) return this.#known.get(segment);
    const problem = segmentProblem(segment);
    this.#known.set(segment, problem);
    return problem;
  }
}

function segmentProblem(segment: string): string | undefined {
  if (segment === '') return 'has an empty segment';
  if (segment === '.' || segment === '..') return `has a '${segment}' segment`;
  if (WINDOWS_RESERVED.test(segment)) return `has a Windows reserved name '${segment}'`;
  if (/[. ]$/.test(segment)) return `has a segment ending in a dot or space '${segment}'`;
  if (Buffer.byteLength(segment, 'utf8') > MAX_SEGMENT_BYTES) {
    return `has a segment longer than ${MAX_SEGMENT_BYTES} bytes`;
  }
  return undefined;
}

/** A file set that cannot be written as given: bad path, duplicate, or file/folder clash. */
export class OutputError extends Error {
  constructor(
    /** The offending path (relative to the output folder) or folder. */
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'OutputError';
  }

  format(): string {
    return `${this.path}: ${this.message}`;
  }
}

/**
 * Checks a whole set of relative paths: each safe, none repeated even by case (they would clash
 * on macOS and Windows), and no file doubling as a folder of another (`a` and `a/b`).
 */
export function assertSafePaths(paths: readonly string[]): void {
  const byFolded = new Map<string, string>();
  const segments = new SegmentChecks();
  for (const path of paths) {
    const problem = pathProblem(path, segments);
    if (problem) throw new OutputError(path, `refusing to write: path ${problem}`);
    const folded = path.toLowerCase();
    const earlier = byFolded.get(folded);
    if (earlier !== undefined) {
      throw new OutputError(path, earlier === path ? 'emitted twice' : `clashes with '${earlier}' on case-insensitive file systems`);
    }
    byFolded.set(folded, path);
  }
  for (const [folded, path] of byFolded) {
    // Each folder above the file, by where its name ends: `a`, `a/b`, ... of `a/b/c`.
    for (let end = folded.indexOf('/'); end !== -1; end = folded.indexOf('/', end + 1)) {
      const folder = byFolded.get(folded.slice(0, end));
      if (folder !== undefined) throw new OutputError(path, `is inside '${folder}', which is also a file`);
    }
  }
}
