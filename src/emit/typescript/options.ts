/**
 * The typescript target's options: the npm package's name and version (both checked as npm
 * checks them; the spec's info.version stands in for a version not given and must be semver too)
 * and package.json metadata.
 */
import { declareTargetOptions, SEMVER_ALLOWED, SEMVER_PATTERN } from '../options.js';

export const options = declareTargetOptions({
  packageName: {
    type: 'string',
    description: 'npm package name',
    pattern: '^(?:@[a-z0-9~-][a-z0-9._~-]*/)?[a-z0-9~-][a-z0-9._~-]*$',
    maxLength: 214,
    'x-allowed': "an npm package name: lowercase letters, digits, '-', '.', '_' and '~', not starting with '.' or '_', optionally @scope/name, at most 214 characters",
  },
  packageVersion: {
    type: 'string',
    description: "npm package version (default: the spec's info.version)",
    pattern: SEMVER_PATTERN,
    'x-allowed': SEMVER_ALLOWED,
    'x-specDefaultMustMatch': true,
  },
  license: { type: 'string', description: "package.json license, an SPDX expression (default: the spec's info.license)" },
  repository: { type: 'string', description: "package.json repository, a git URL" },
  homepage: { type: 'string', description: 'package.json homepage' },
});
