#!/usr/bin/env node
/**
 * Differential check of the Python docs against swagger-codegen 2.2.2 (`-l python`), the generator
 * they imitate, on public specs: Swagger 2.0 as they are, OpenAPI 3.0 converted to Swagger 2.0 first
 * (2.2 reads no OpenAPI 3; see swagger2.mjs), for the generator and sdkgen alike.
 *
 *   npm run oracle:python -- [--limit 300] [--jobs 2] [--cache .oracle-cache] [--only <substring>]
 *
 * The jar comes from Maven Central into .cache/jars; its docs for each spec are cached in
 * <cache>/oracle-python/<id>; the report is <cache>/python-report.json (see run.mjs).
 */
import { mavenJar } from './jars.mjs';
import { compareWithOracle } from './run.mjs';

await compareWithOracle({
  target: 'python',
  generator: 'swagger-codegen 2.2.2',
  cacheDir: 'oracle-python',
  dialects: ['swagger-2.0', 'openapi-3.0'],
  swagger2Only: true,
  packageName: 'openapi',
  mainClass: 'io.swagger.codegen.SwaggerCodegen',
  jar: () => mavenJar('io.swagger:swagger-codegen-cli:2.2.2'),
  // ../shared/reference/python-looker-3.0/README.md, which generated/ matches byte for byte, follows
  // this line with a line of one space; swagger-codegen 2.2.1, 2.2.2, 2.2.3, 2.3.1 and 2.4.0 all write
  // an empty one (python/README.mustache). The reference wins (test/support/safety-deviations.ts, PYTHON_AUTH_LINE).
  referenceWins: [[' All endpoints do not require authorization.\n\n', ' All endpoints do not require authorization.\n \n']],
  args: (spec, out) => ['generate', '-i', spec, '-l', 'python', '-o', out, '--additional-properties', 'packageName=openapi'],
});
