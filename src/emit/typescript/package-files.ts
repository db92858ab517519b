/** package.json and tsconfig.json of the generated package, as data printed by JSON.stringify. */
import type { Api } from '../../model/types.js';
import { INVISIBLE, unicodeEscape } from '../invisible.js';
import type { EmittedFile, TargetOptions } from '../target.js';

/** The TypeScript the package builds with; a compile test runs exactly this version's checks. */
export const TYPESCRIPT_VERSION = '5.9.3';

function json(path: string, value: unknown): EmittedFile {
  // Outside strings JSON has no such characters, so escaping them keeps the value (the title).
  return { path, contents: `${JSON.stringify(value, null, 2).replace(INVISIBLE, unicodeEscape)}\n` };
}

export function packageJson(api: Api, options: TargetOptions): EmittedFile {
  return json('package.json', {
    name: options.packageName,
    version: options.packageVersion ?? api.version,
    description: `Client for ${api.title}`,
    type: 'module',
    main: './dist/index.js',
    types: './dist/index.d.ts',
    exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
    files: ['dist'],
    sideEffects: false,
    scripts: { build: 'tsc -p tsconfig.json' },
    devDependencies: { typescript: TYPESCRIPT_VERSION },
  });
}

/**
 * The strictest settings users are likely to compile with, so the package builds under theirs.
 * `types: []` keeps stray @types packages out; DOM supplies fetch, Headers, AbortSignal, Blob.
 */
export const COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  lib: ['ES2022', 'DOM'],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  verbatimModuleSyntax: true,
  declaration: true,
  sourceMap: false,
  rootDir: 'src',
  outDir: 'dist',
} as const;

export function tsconfigJson(): EmittedFile {
  return json('tsconfig.json', { compilerOptions: COMPILER_OPTIONS, include: ['src'] });
}
