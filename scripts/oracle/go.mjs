#!/usr/bin/env node
/**
 * Differential check of the Go docs against openapi-generator 4.2.1 itself, on public specs.
 *
 *   npm run oracle:go -- [--limit 300] [--jobs 2] [--cache .oracle-cache] [--only <substring>] [--cached-only]
 *
 * --cached-only measures only the specs whose 4.2.1 output is already in the cache (no Java run),
 * so a change to sdkgen can be re-measured in seconds on the specs a first run generated.
 *
 * 4.2.1 (`-g go`, packageName=openapi) is the jar bundled by the @openapitools/openapi-generator-cli
 * devDependency; its docs for each spec are cached in <cache>/oracle/<id>; the corpus, comparison
 * and report (<cache>/go-report.json) are shared with the other targets (corpus.mjs, run.mjs).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareWithOracle } from './run.mjs';

const JAR = resolve('node_modules/@openapitools/openapi-generator-cli/bin/openapi-generator.jar');

await compareWithOracle({
  target: 'go',
  generator: 'openapi-generator 4.2.1',
  cacheDir: 'oracle',
  // Every file of the directory, as before the scripts shared a runner: 4.2.1 decides what it reads.
  dialects: ['swagger-2.0', 'openapi-3.0', 'openapi-3.1', 'other'],
  packageName: 'openapi',
  mainClass: 'org.openapitools.codegen.OpenAPIGenerator',
  jar: () => {
    if (!existsSync(JAR)) throw new Error(`no ${JAR}: run npm install first`);
    return JAR;
  },
  args: (spec, out) => ['generate', '-i', spec, '-g', 'go', '-o', out, '--skip-validate-spec', '--additional-properties=packageName=openapi'],
});
