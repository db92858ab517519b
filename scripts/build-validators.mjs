// Compiles the OpenAPI schemas sdkgen validates specs against into standalone ajv code
// (<outDir>/load/validators/<dialect>.cjs) once, at build time: compiling them costs about a
// second on every run otherwise. src/load/schema-validator.ts loads these, and compiles at run time
// only when they are missing (tests that run src/ directly). `npm run build` runs this on dist/;
// test/setup/build.ts on the fresh folder it builds into.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(join(ROOT, 'package.json'));

/** Writes one module per dialect into `<outDir>/load/validators/`. */
export async function buildValidators(outDir = join(ROOT, 'dist')) {
  const standalone = require('ajv/dist/standalone').default;
  const { compileValidator, DIALECTS } = await import(pathToFileURL(join(outDir, 'load', 'schema-validator.js')).href);
  const folder = join(outDir, 'load', 'validators');
  mkdirSync(folder, { recursive: true });
  for (const dialect of DIALECTS) {
    const { ajv, validate } = compileValidator(dialect, { code: { source: true } });
    writeFileSync(join(folder, `${dialect}.cjs`), standalone(ajv, validate));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildValidators();
