/**
 * What openapi-generator 4.2.1 says of a spec (the jar of the @openapitools/openapi-generator-cli
 * devDependency, Java 17), asked as a user who wants output would ask it: `generate -g go
 * --skip-validate-spec`, the run the go oracle compares with (scripts/oracle/go.mjs). If that
 * writes a package, 4.2.1 accepts the spec, whatever its validation says; `validate -i <spec>` is
 * then asked too, and its first error recorded beside. Only rejected specs are asked, and the
 * answer is kept in known-rejections.json, since it never changes for a pinned spec.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const OPENAPI_GENERATOR_JAR = 'node_modules/@openapitools/openapi-generator-cli/bin/openapi-generator.jar';

/** Ten minutes: the largest specs (tens of MB) take minutes on busy cores. */
const TIMEOUT_MS = 600_000;

interface JavaRun {
  readonly code: number;
  readonly output: string;
  readonly timedOut: boolean;
}

function java(root: string, args: readonly string[]): Promise<JavaRun> {
  return new Promise((resolve, reject) => {
    execFile('java', ['-jar', join(root, OPENAPI_GENERATOR_JAR), ...args], { maxBuffer: 1 << 26, encoding: 'utf8', timeout: TIMEOUT_MS }, (error, stdout, stderr) => {
      // Killed at the deadline (the JVM then exits 143): no verdict, which is not a refusal.
      if (error?.killed === true) resolve({ code: -1, output: '', timedOut: true });
      else if (error !== null && typeof error.code !== 'number') reject(error);
      else resolve({ code: error === null ? 0 : Number(error.code), output: `${stdout}\n${stderr}`, timedOut: false });
    });
  });
}

/**
 * The first error of a run: `validate` lists them as "\t-attribute info.version is missing" under
 * "Errors:"; a spec its parser cannot take at all ends in an exception instead.
 */
function firstError(run: JavaRun): string {
  const lines = run.output.split('\n');
  const first =
    lines.find((line) => line.startsWith('\t-'))?.slice(2) ??
    lines.find((line) => /^Exception in thread|^\[main\] ERROR|Error: /.test(line));
  return (first?.trim() ?? `exit ${run.code}`).slice(0, 250);
}

/**
 * `accepts` (generates, and validates), `generates (validate: <its first error>)`, `refuses:
 * <first error>` when `generate --skip-validate-spec` writes no package, or `no answer within
 * 600 s` (which, not being a refusal, needs a Security note like an acceptance).
 */
export async function openapiGeneratorVerdict(root: string, spec: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'sdkgen-oracle-'));
  try {
    const generate = await java(root, ['generate', '-i', spec, '-g', 'go', '-o', out, '--skip-validate-spec']);
    if (generate.timedOut) return `no answer within ${TIMEOUT_MS / 1000} s`;
    if (generate.code !== 0 || !existsSync(join(out, 'README.md'))) return `refuses: ${firstError(generate)}`;
    const validate = await java(root, ['validate', '-i', spec]);
    if (validate.timedOut) return `generates (validate: no answer within ${TIMEOUT_MS / 1000} s)`;
    return validate.code === 0 ? 'accepts' : `generates (validate: ${firstError(validate)})`;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
