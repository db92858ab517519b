/**
 * The go target's options. packageName names the package the docs describe (`import sw
 * "./<packageName>"`, openapi-generator's packageName); modulePath, when given, is the Go module
 * path the client is imported by (go.mod's `module` line), and the README imports that instead.
 */
import { declareTargetOptions } from '../options.js';

const IMPORT_PATH_PART = '[A-Za-z0-9][A-Za-z0-9._~-]*';

export const options = declareTargetOptions({
  packageName: {
    type: 'string',
    description: 'Go package the docs describe',
    pattern: `^${IMPORT_PATH_PART}(?:/${IMPORT_PATH_PART})*$`,
    'x-allowed': "a Go import path: '/'-separated parts of letters, digits, '-', '.', '_' and '~', each starting with a letter or digit",
  },
  packageVersion: { type: 'string', description: "Package version (default: the spec's info.version)" },
  modulePath: {
    type: 'string',
    description: 'Go module path of the client (go.mod), which the README imports',
    // Go's module.CheckPath, in short: a lower-case host with a dot first, then path parts.
    pattern: `^[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:/${IMPORT_PATH_PART})*$`,
    'x-allowed': "a Go module path such as github.com/acme/client: a lower-case domain with a dot, then '/'-separated parts of letters, digits, '-', '.', '_' and '~'",
  },
});
