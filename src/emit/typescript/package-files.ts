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

/**
 * Publishable as generated: `npm publish` (or `npm pack`) in the folder builds through `prepack`
 * and ships what `files` lists: the build, README.md and the docs/ pages it links to.
 */
export function packageJson(api: Api, options: TargetOptions): EmittedFile {
  const scoped = options.packageName.startsWith('@');
  return json('package.json', {
    name: options.packageName,
    version: options.packageVersion ?? api.version,
    description: `Client for ${api.title}`,
    // UNLICENSED is npm's word for "no licence granted": the honest default when nobody said.
    license: options.license ?? api.license ?? 'UNLICENSED',
    ...(options.repository === undefined ? {} : { repository: { type: 'git', url: options.repository } }),
    ...(options.homepage === undefined ? {} : { homepage: options.homepage }),
    type: 'module',
    main: './dist/index.js',
    types: './dist/index.d.ts',
    exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
    files: ['dist', 'docs', 'README.md'],
    sideEffects: false,
    // fetch, AbortSignal.timeout and structuredClone are global from Node 18 on.
    // 20.19 is the first Node that require()s an ES module unflagged, so CommonJS callers can load it.
    engines: { node: '>=20.19' },
    scripts: { build: 'tsc -p tsconfig.json', prepack: 'npm run build' },
    devDependencies: { typescript: TYPESCRIPT_VERSION },
    ...(scoped ? { publishConfig: { access: 'public' } } : {}),
  });
}

/** A build in place is not source: git and the manifest-owning generator both leave it alone. */
export function gitignore(): EmittedFile {
  return { path: '.gitignore', contents: 'node_modules/\ndist/\n*.tgz\n' };
}

/**
 * Present so npm does not fall back to .gitignore (which lists dist/) for what to leave out;
 * `files` in package.json already says what ships.
 */
export function npmignore(): EmittedFile {
  return { path: '.npmignore', contents: '# What ships is listed under "files" in package.json.\n*.tgz\n' };
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
