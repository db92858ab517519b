#!/usr/bin/env node
/**
 * Differential check of the Rust docs against openapi-generator 6.0.0 (`-g rust`), the generator
 * they imitate, on public Swagger 2.0 and OpenAPI 3.0 specs. 6.0.0, not 6.0.1: only 6.0.0 writes
 * ../shared/reference/rust-g4 for specs/g4-sessions.yaml (6.0.1 no longer escapes `*` in media
 * types: `application/_*+json` became `application/*+json`).
 *
 *   npm run oracle:rust -- [--limit 300] [--jobs 2] [--cache .oracle-cache] [--only <substring>]
 *
 * The jar comes from Maven Central into .cache/jars; its docs for each spec are cached in
 * <cache>/oracle-rust/<id>; the report is <cache>/rust-report.json (see run.mjs). A file that
 * equals 6.0.0's once sdkgen's renames for safety are undone (the target's referenceDocs: models
 * named `1` or ``, case twins, repeated or empty field names) counts as a safety deviation.
 */
import { mavenJar } from './jars.mjs';
import { compareWithOracle } from './run.mjs';

await compareWithOracle({
  target: 'rust',
  generator: 'openapi-generator 6.0.0',
  cacheDir: 'oracle-rust',
  dialects: ['swagger-2.0', 'openapi-3.0'],
  packageName: 'openapi',
  mainClass: 'org.openapitools.codegen.OpenAPIGenerator',
  jar: () => mavenJar('org.openapitools:openapi-generator-cli:6.0.0'),
  args: (spec, out) => ['generate', '-i', spec, '-g', 'rust', '-o', out, '--skip-validate-spec', '--additional-properties=packageName=openapi'],
});
