/**
 * Why a spec was refused. Every problem with input becomes one of these so the CLI can print one
 * line naming the file and the JSON pointer (RFC 6901) of the offending place, without a stack.
 */
export class SpecError extends Error {
  constructor(
    /** The spec file (or referenced file) the problem is in, as the user named it. */
    readonly file: string,
    /** JSON pointer inside that file; `''` means the whole document. */
    readonly pointer: string,
    message: string,
  ) {
    super(message);
    this.name = 'SpecError';
  }

  /** `specs/x.yaml#/paths/~1a/get: message`, the one line users see. */
  format(): string {
    return `${this.file}#${this.pointer}: ${this.message}`;
  }
}

export { pointer, pointerToken } from '../model/pointer.js';
