// The Python toolchain of the tests: a virtual environment in .cache/venv (git-ignored) with the
// exact versions of python-requirements.txt beside this file (pytest, build, mypy and the
// generated packages' own dependencies), from PyPI through pip. A stamp holding the requirements'
// hash makes a second run instant; a changed requirements file rebuilds the environment.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const REQUIREMENTS = join(here, 'python-requirements.txt');
/** The lowest Python the generated packages are tested on (their code is Python 3 only). */
const MIN_MINOR = 9;

/** Where the tests find the environment's interpreter (test/emit/python/venv.ts reads the same path). */
export function venvPython(root) {
  return join(root, '.cache', 'venv', 'bin', 'python');
}

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });
}

/** python3 (or $SDKGEN_PYTHON), checked to be 3.MIN_MINOR or later. */
function basePython() {
  const python = process.env.SDKGEN_PYTHON ?? 'python3';
  let version;
  try {
    version = run(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])']).trim();
  } catch (error) {
    throw new Error(`no Python 3 interpreter: '${python}' did not run (${error instanceof Error ? error.message.split('\n')[0] : error}); install python3 with its venv module`);
  }
  const [major, minor] = version.split('.').map(Number);
  if (major !== 3 || minor < MIN_MINOR) throw new Error(`${python} is Python ${version}; the tests need 3.${MIN_MINOR} or later`);
  return python;
}

export async function setup(root) {
  const venv = join(root, '.cache', 'venv');
  const stamp = join(venv, '.sdkgen-requirements');
  const wanted = createHash('sha256').update(readFileSync(REQUIREMENTS)).digest('hex');
  if (existsSync(venvPython(root)) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return;

  // Anything half-made (an interrupted install) is rebuilt from nothing.
  rmSync(venv, { recursive: true, force: true });
  run(basePython(), ['-m', 'venv', venv], root);
  try {
    run(venvPython(root), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-input', '-r', REQUIREMENTS], root);
  } catch (error) {
    const detail = error && typeof error === 'object' && 'stderr' in error ? String(error.stderr).trim().split('\n').slice(-5).join('\n') : String(error);
    throw new Error(`pip could not install ${REQUIREMENTS}:\n${detail}`);
  }
  writeFileSync(stamp, wanted);
}
