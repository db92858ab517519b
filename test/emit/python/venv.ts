/**
 * The Python side of the tests: the virtual environment scripts/setup/python.mjs builds, the
 * generated Python packages (read from sdkgen.config.yaml), and copies of them in temp folders,
 * so that pytest, mypy and the build write their caches there and never into generated/.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { loadConfig } from '../../../src/config/index.js';
import { targetNames } from '../../../src/emit/registry.js';
import { ROOT } from '../../e2e/packages.js';
import { runChild, type ChildResult } from '../../support/child.js';

export const VENV_PYTHON = join(ROOT, '.cache', 'venv', 'bin', 'python');
/**
 * mypy's cache of the standard library and stubs, kept between runs (git-ignored): a cold run
 * takes ~20 s, a warm one a few. Each package's own modules are re-checked from their hashes.
 */
export const MYPY_CACHE = join(ROOT, '.cache', 'mypy');
/** The Python helpers of these tests. */
export const PY_HELPERS = join(ROOT, 'test', 'emit', 'python', 'py');

export interface PythonPackage {
  readonly spec: string;
  readonly specPath: string;
  /** generated/<spec>/python */
  readonly dir: string;
  readonly packageName: string;
}

/** Every spec with a python target, in config order. */
export async function pythonPackages(): Promise<PythonPackage[]> {
  const config = await loadConfig(join(ROOT, 'sdkgen.config.yaml'), await targetNames());
  return config.specs.flatMap((spec) => {
    const python = spec.targets.find((t) => t.target === 'python');
    if (python === undefined) return [];
    return [{ spec: spec.name, specPath: spec.spec, dir: join(config.output, spec.name, 'python'), packageName: python.options.packageName }];
  });
}

/** Fails (never skips) when the set-up has not run: the message says how to run it. */
export function requireVenv(): string {
  if (!existsSync(VENV_PYTHON)) {
    throw new Error(`${VENV_PYTHON} is missing: run \`node scripts/setup/index.mjs python\` (npm test runs it first)`);
  }
  return VENV_PYTHON;
}

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a generated package in a temp folder, removed after the file's tests. */
export function packageCopy(pkg: PythonPackage): string {
  const dir = mkdtempSync(join(tmpdir(), `sdkgen-py-${pkg.spec}-`));
  copies.push(dir);
  cpSync(pkg.dir, dir, { recursive: true });
  return dir;
}

/** Runs the venv's Python; no bytecode files, no user site-packages. */
export function runPython(args: readonly string[], cwd: string, timeoutMs?: number): Promise<ChildResult> {
  const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONNOUSERSITE: '1' };
  return runChild(requireVenv(), args, { cwd, env, timeoutMs });
}

/** The child's output, for failure messages. */
export function shown(result: ChildResult): string {
  return `exit ${result.code}\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`;
}
