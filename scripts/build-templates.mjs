// Compiles the handlebars templates under templates/ into one module
// (<outDir>/emit/docs/templates.precompiled.cjs) once, at build time: compiling them costs a tenth
// of a second or more on every run otherwise. src/emit/docs/templates.ts uses a template from here
// only while templates/ still holds the source it was compiled from. `npm run build` runs this on
// dist/; test/setup/build.ts on the fresh folder it builds into.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(join(ROOT, 'package.json'));

/** Writes `<outDir>/emit/docs/templates.precompiled.cjs`: every template, keyed `<target>/<name>`. */
export async function buildTemplates(outDir = join(ROOT, 'dist')) {
  const Handlebars = require('handlebars');
  const { COMPILE_OPTIONS, TEMPLATES_DIR } = await import(pathToFileURL(join(outDir, 'emit', 'docs', 'templates.js')).href);
  const entries = [];
  for (const target of readdirSync(TEMPLATES_DIR).sort()) {
    for (const file of readdirSync(join(TEMPLATES_DIR, target)).sort()) {
      if (!file.endsWith('.hbs')) continue;
      const source = readFileSync(join(TEMPLATES_DIR, target, file), 'utf8');
      const spec = Handlebars.precompile(source, COMPILE_OPTIONS);
      entries.push(`  ${JSON.stringify(`${target}/${file.slice(0, -'.hbs'.length)}`)}: { source: ${JSON.stringify(source)}, spec: ${spec} },`);
    }
  }
  const text = ['// Written by scripts/build-templates.mjs: the templates under templates/, compiled.', 'module.exports = {', ...entries, '};', ''].join('\n');
  writeFileSync(join(outDir, 'emit', 'docs', 'templates.precompiled.cjs'), text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildTemplates();
