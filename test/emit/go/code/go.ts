/**
 * Go for the Go client tests: the machine's toolchain with the module cache scripts/setup/go.mjs
 * fills (.cache/go/mod), offline (GOPROXY=off), and generated modules written to a temporary
 * folder. A missing toolchain or module fails the test with the set-up's message, never a skip.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { dirname, join } from 'node:path';
import { target } from '../../../../src/emit/go/index.js';
import { loadApi } from '../../../../src/load/index.js';
import { buildApi } from '../../../../src/model/build.js';
import type { Api } from '../../../../src/model/types.js';
import { runChild } from '../../../support/child.js';
// @ts-expect-error: a plain ES module without types; goEnv is the one environment set-up and tests share.
import { goEnv } from '../../../../scripts/setup/go.mjs';

export const ROOT = join(dirname(new URL(import.meta.url).pathname), '../../../..');

/** Runs go (or gofmt) and resolves with stdout; rejects with everything it printed when it fails. */
export async function go(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeoutMs = 240_000): Promise<string> {
  const command = args[0] === 'gofmt' ? 'gofmt' : 'go';
  const rest = args[0] === 'gofmt' ? args.slice(1) : args;
  let result;
  try {
    result = await runChild(command, rest, { cwd, env: { ...(goEnv(ROOT) as NodeJS.ProcessEnv), ...env }, timeoutMs });
  } catch (error) {
    if (error instanceof Error && /ENOENT/.test(error.message)) {
      throw new Error(`${command} is not on PATH: the Go client tests need the Go toolchain (run node scripts/setup/index.mjs go)`);
    }
    throw error;
  }
  if (result.code !== 0) throw new Error(`${command} ${rest.join(' ')} (in ${cwd}) failed with ${result.code ?? result.signal}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/**
 * The spec's model. go-quirks specs are read as the quirks test reads them: without validation,
 * and case 22 (a `#` in a path, which the loader refuses) straight through the model builder.
 */
export async function specModel(specPath: string): Promise<Api> {
  if (specPath.includes('go-quirks/22-')) return buildApi(parse(readFileSync(specPath, 'utf8')) as Record<string, unknown>, 'openapi-3.0');
  return loadApi(specPath, { skipValidation: specPath.includes('go-quirks/') });
}

/** Emits a spec's Go target into `dir` with the given module path; returns the file paths. */
export async function writeGoModule(specPath: string, dir: string, packageName: string, modulePath: string): Promise<string[]> {
  const files = target.emit(await specModel(specPath), { packageName, modulePath });
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.contents);
  }
  return files.map((f) => f.path);
}
