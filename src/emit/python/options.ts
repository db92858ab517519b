/** The python target's options: packageName is the module the docs import (`import lookerapi`). */
import { declareTargetOptions } from '../options.js';

const KEYWORDS =
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield';

export const options = declareTargetOptions({
  packageName: {
    type: 'string',
    description: 'Python package (module) name',
    pattern: '^[a-z_][a-z0-9_]*(?:\\.[a-z_][a-z0-9_]*)*$',
    // No part of a dotted name may be a keyword: `import lookerapi.class` does not parse.
    not: { pattern: `(?:^|\\.)(?:${KEYWORDS.split(' ').join('|')})(?:\\.|$)` },
    'x-allowed': "a PEP 8 module name: lowercase letters, digits and '_', not starting with a digit, dotted for a sub-package, and no Python keyword",
  },
  packageVersion: { type: 'string', description: "Package version (default: the spec's info.version)" },
});
