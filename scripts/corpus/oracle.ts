/**
 * What openapi-generator 4.2.1 says of a spec, asked the way a user would: `openapi-generator
 * validate -i <spec>` (the jar of the @openapitools/openapi-generator-cli devDependency, Java 17).
 * `generate` runs the same parser and validation first and stops with "There were issues with the
 * specification" on the same errors (unless --skip-validate-spec), so a spec `validate` refuses is
 * one `generate` refuses too. Only rejected specs are asked, and the answer is kept in
 * known-rejections.json, since it never changes for a pinned spec.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const OPENAPI_GENERATOR_JAR = 'node_modules/@openapitools/openapi-generator-cli/bin/openapi-generator.jar';

/** `refuses: <its first error>` or `accepts`. */
export function openapiGeneratorVerdict(root: string, spec: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('java', ['-jar', join(root, OPENAPI_GENERATOR_JAR), 'validate', '-i', spec], { maxBuffer: 1 << 26, encoding: 'utf8', timeout: 600_000 }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== 'number') {
        reject(error);
        return;
      }
      if (error === null) {
        resolve('accepts');
        return;
      }
      const lines = `${stdout}\n${stderr}`.split('\n');
      // Its errors come as "\t-attribute info.version is missing" under "Errors:"; a spec its
      // parser cannot take at all (OpenAPI 3.1) ends in an exception instead.
      const first = lines.find((line) => line.startsWith('\t-'))?.slice(2) ?? lines.find((line) => line.startsWith('Exception in thread'));
      resolve(`refuses: ${first?.trim() ?? `exit ${error.code}`}`.slice(0, 300));
    });
  });
}
