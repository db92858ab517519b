/** What the corpus records about one spec: shared by the worker, the pool, the report and the test. */

/** The targets every spec goes through, in this order. */
export const TARGETS = ['go', 'python', 'rust', 'typescript'] as const;
export type TargetName = (typeof TARGETS)[number];

/** One spec to run: `id` is `<package>@<version>/<path in the package>`, `file` where it lies. */
export interface CorpusSpec {
  readonly id: string;
  readonly file: string;
  readonly bytes: number;
}

/** A job handed to a worker: the spec, and the folder its TypeScript package is written into. */
export interface Job {
  readonly spec: CorpusSpec;
  readonly typescriptOut: string;
}

/**
 * How a spec fared:
 * - `generated`: every target emitted its files (the TypeScript package is then type-checked);
 * - `rejected`: sdkgen refused the spec as bad input (what the CLI exits 1 for), with its one line;
 * - `crashed`: anything else (what the CLI exits 70 for, or the worker died): a bug, always;
 * - `timed-out`: the worker was killed at the per-spec deadline.
 */
export type Outcome = 'generated' | 'rejected' | 'crashed' | 'timed-out';

export interface TargetTiming {
  readonly target: TargetName;
  readonly ms: number;
  readonly files: number;
}

export interface SpecResult {
  readonly id: string;
  readonly bytes: number;
  readonly outcome: Outcome;
  /** The one-line reason of a rejection or crash (without the spec's own path). */
  readonly reason?: string | undefined;
  /** The target that refused or crashed, when loading had succeeded. */
  readonly target?: TargetName | undefined;
  readonly operations?: number | undefined;
  readonly loadMs?: number | undefined;
  readonly targets?: readonly TargetTiming[] | undefined;
  /** Wall time in the worker, load and every target's emit (and the TypeScript write). */
  readonly totalMs: number;
  /** info.version is not semver, so the version was given as a user told so would (`--package-version 0.0.0`). */
  readonly versionGiven?: boolean | undefined;
  /** The TypeScript package's folder, relative to the run folder (generated specs only). */
  readonly typescriptPackage?: string | undefined;
}
