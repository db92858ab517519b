// Bundles sdkgen's compiled modules into one CommonJS file, <outDir>/sdkgen.cjs, with esbuild. The
// bin and the worker threads run their work from it (src/cli/bundled.ts says why). What stays
// outside: node's own modules, the packages sdkgen depends on that load as CommonJS (required at
// run time, so V8's code cache serves them as before), and the files the modules read or require
// by a computed path (templates, validators, runtime sources). `npm run build` runs this on dist/;
// test/setup/build.ts on the fresh folder it builds into. Requires tsc's output in <outDir>.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The bundle's file name, beside the folders tsc writes (src/cli/bundled.ts looks for it there). */
const BUNDLE_NAME = 'sdkgen.cjs';

/** A module's `import.meta.url`, in the bundle: where its file is, as found at run time. */
const MODULE_URL = '__sdkgenModuleUrl';
/**
 * sdkgen's own modules are where tsc wrote them, beside the bundle. A bundled package's module is
 * looked for as node looks for the package from the bundle's folder (an install may hoist it
 * elsewhere than where it was at build time: yargs finds its locales from this), else where it was.
 * The folder is captured first thing: a bundled module may declare a `__dirname` of its own.
 */
const BANNER = `const __sdkgenDir = __dirname;
function ${MODULE_URL}(file, pkg, inPkg) {
  const { existsSync } = require('node:fs'), { dirname, join } = require('node:path'), { pathToFileURL } = require('node:url');
  for (let dir = __sdkgenDir; pkg !== undefined; dir = dirname(dir)) {
    const root = join(dir, 'node_modules', pkg);
    if (existsSync(join(root, 'package.json'))) return pathToFileURL(join(root, inPkg)).href;
    if (dirname(dir) === dir) break;
  }
  return pathToFileURL(join(__sdkgenDir, file)).href;
}`;

/** Writes `<outDir>/sdkgen.cjs` (and its source map) from tsc's output in `outDir`. */
export async function buildBundle(outDir = join(ROOT, 'dist')) {
  const result = await build({
    entryPoints: [join(outDir, 'cli', 'bundle-entries.js')],
    outfile: join(outDir, BUNDLE_NAME),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'linked',
    banner: { js: BANNER },
    plugins: [sdkgenModules(outDir)],
    logLevel: 'silent',
    metafile: true,
    write: false,
  });
  const bundle = result.outputFiles.find((f) => f.path.endsWith('.cjs'));
  const map = result.outputFiles.find((f) => f.path.endsWith('.map'));
  // Node 20 gives a script built from V8's cached data no import() callback, so an import() left
  // in the bundle would fail from a user's second run on (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
  const kept = Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path));
  if (kept.length > 0) throw new Error(`build-bundle: ${BUNDLE_NAME} keeps import() of ${kept.join(', ')}: require the module instead`);
  writeFileSync(bundle.path, bundle.text);
  writeFileSync(map.path, map.text);
}

/** esbuild's view of sdkgen's modules: their import.meta.url, the targets, and what stays outside. */
function sdkgenModules(outDir) {
  const own = (path) => !relative(outDir, path).startsWith('..');
  return {
    name: 'sdkgen-modules',
    setup(b) {
      b.onResolve({ filter: /\/target-modules\.js$/ }, (args) => (own(args.importer) ? { path: join(outDir, 'emit', 'target-modules.js'), namespace: 'sdkgen-targets' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'sdkgen-targets' }, async () => ({ contents: await targetModules(outDir), loader: 'js', resolveDir: join(outDir, 'emit') }));
      // string-width, set up on first use (lazyStringWidth says why).
      b.onResolve({ filter: /^string-width$/ }, async (args) => {
        if (args.pluginData === LAZY) return undefined;
        const real = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: LAZY });
        return real.errors.length > 0 ? undefined : { path: real.path, namespace: 'sdkgen-lazy' };
      });
      b.onLoad({ filter: /.*/, namespace: 'sdkgen-lazy' }, (args) => ({ contents: lazyStringWidth(args.path), loader: 'js', resolveDir: dirname(args.path) }));
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (isBuiltin(args.path)) return { external: true };
        // A package sdkgen imports stays outside when node can require it. One a bundled package
        // imports is bundled too: from the bundle's folder, node might find another copy, or none.
        return own(args.importer) && loadsAsCommonJs(args.path, args.resolveDir) ? { external: true } : undefined;
      });
      b.onLoad({ filter: /\.(c|m)?js$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta')) return undefined;
        const file = relative(outDir, args.path).split(sep).join('/');
        const where = own(args.path) ? [file] : [file, ...packageOf(args.path)];
        const contents = text
          .replace(/^#!.*\n/, '')
          .replaceAll('import.meta.url', `${MODULE_URL}(${where.map((w) => JSON.stringify(w)).join(', ')})`)
          // yargs' `extends` (which sdkgen does not use): resolved from the bundle, as require would.
          .replaceAll('import.meta.resolve(', "((specifier) => require('node:url').pathToFileURL(require.resolve(specifier)).href)(");
        if (contents.includes('import.meta')) throw new Error(`${args.path} uses import.meta other than import.meta.url`);
        return { contents, loader: 'js' };
      });
    },
  };
}

const LAZY = Symbol('the real string-width');

/**
 * A stand-in for string-width that sets up the real module (`file`) when first called. yargs and its
 * cliui import it to lay out help text, which sdkgen renders only for --help; setting it up (an
 * Intl.Segmenter and Unicode-property regular expressions, in each of its copies) took about 40 ms
 * CPU of every run of 100 operations, 7% of the whole. In the bundle, require() of an ES module
 * runs its set-up then, synchronously.
 */
function lazyStringWidth(file) {
  return [
    'let real;',
    'export default function stringWidth(text, options) {',
    `  real ??= require(${JSON.stringify(file)}).default;`,
    '  return real(text, options);',
    '}',
    '',
  ].join('\n');
}

/**
 * The bundle's src/emit/target-modules.ts: each target folder's index.js and options.js, imported by
 * name (so bundled). The folders are the ones the built registry finds, so a folder added is in
 * the next build's bundle.
 */
async function targetModules(outDir) {
  const emitDir = join(outDir, 'emit');
  const { targetNames } = await import(pathToFileURL(join(emitDir, 'registry.js')).href);
  const cases = (await targetNames()).flatMap((name) =>
    ['index', 'options']
      .filter((file) => existsSync(join(emitDir, name, `${file}.js`)))
      .map((file) => `    case ${JSON.stringify(`${name}/${file}.js`)}: return import(${JSON.stringify(`./${name}/${file}.js`)});`),
  );
  return [
    "import { basename } from 'node:path';",
    'export function importTargetFile(name, file) {',
    '  switch (`${name}/${basename(file)}`) {',
    ...cases,
    '  }',
    '  return Promise.reject(new Error(`no bundled target file ${name}/${basename(file)}`));',
    '}',
    '',
  ].join('\n');
}

/** A file under node_modules/ as [package name, path in the package]. */
function packageOf(path) {
  const parts = path.split(sep);
  const at = parts.lastIndexOf('node_modules');
  const length = parts[at + 1].startsWith('@') ? 2 : 1;
  return [parts.slice(at + 1, at + 1 + length).join('/'), parts.slice(at + 1 + length).join('/')];
}

/** Whether `require(specifier)` from `fromDir` loads a CommonJS file (Node 20 cannot require ES modules). */
function loadsAsCommonJs(specifier, fromDir) {
  let file;
  try {
    file = createRequire(join(fromDir, 'noop.js')).resolve(specifier);
  } catch {
    return false;
  }
  if (file.endsWith('.cjs')) return true;
  if (file.endsWith('.mjs')) return false;
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')).type !== 'module';
  }
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildBundle();
