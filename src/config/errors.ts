import { SpecError } from '../load/errors.js';

/**
 * A problem in sdkgen.config.yaml. A SpecError too, so the CLI prints it the same way, one line
 * with the file and JSON pointer: `sdkgen.config.yaml#/specs/looker-3.0/targets: ...`.
 */
export class ConfigError extends SpecError {
  constructor(file: string, pointer: string, message: string) {
    super(file, pointer, message);
    this.name = 'ConfigError';
  }
}
