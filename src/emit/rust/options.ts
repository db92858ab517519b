/** The rust target's options: packageName is the crate name, packageVersion its (semver) version. */
import { declareTargetOptions, SEMVER_ALLOWED, SEMVER_PATTERN } from '../options.js';

export const options = declareTargetOptions({
  packageName: {
    type: 'string',
    description: 'Crate name',
    pattern: '^[A-Za-z][A-Za-z0-9_-]*$',
    maxLength: 64,
    'x-allowed': "a crate name: ASCII letters, digits, '_' and '-', starting with a letter, at most 64 characters",
  },
  // Cargo refuses anything but semver.
  packageVersion: { type: 'string', description: "Crate version (default: the spec's info.version)", pattern: SEMVER_PATTERN, 'x-allowed': SEMVER_ALLOWED },
});
