import { SpecError } from './errors.js';

/**
 * Something a spec gets wrong that sdkgen still understands: generation goes on with `assumed`,
 * and the CLI prints one `sdkgen: warning:` line. Under `--strict` it is refused instead, as every
 * schema violation once was. `kind` groups warnings of one sort, so the CLI can cap each group.
 */
export interface SpecWarning {
  readonly file: string;
  /** JSON pointer into the file as written (`$ref`s not followed). */
  readonly pointer: string;
  /** What is wrong: `type "any" is not a JSON Schema type`. */
  readonly problem: string;
  /** What sdkgen does about it: `read as no constraint`. */
  readonly assumed: string;
  /** Warnings of one kind are capped together ("and 212 more like this"). */
  readonly kind: string;
}

/** The one line a user sees, without the `sdkgen: warning: ` prefix. */
export function warningLine(warning: SpecWarning): string {
  return `${warning.file}#${warning.pointer}: ${warning.problem}; ${warning.assumed}`;
}

/** The refusal `--strict` makes of a warning. */
export function strictRefusal(warning: SpecWarning): SpecError {
  return new SpecError(warning.file, warning.pointer, `${warning.problem} (refused under --strict; without it, ${warning.assumed})`);
}
