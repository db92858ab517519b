/**
 * Each generated Python package passes its own tests and type check, and builds into a wheel and
 * an sdist that install, with their declared dependencies from PyPI, into a fresh environment.
 * Everything runs on a copy of generated/<spec>/python, so no cache lands in generated/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChild } from '../../support/child.js';
import { MYPY_CACHE, packageCopy, pythonPackages, requireVenv, runPython, shown } from './venv.js';

const packages = await pythonPackages();


describe.each(packages)('$spec', (pkg) => {
  it('its generated unit tests pass with pytest, one per operation and per model', async () => {
    const dir = packageCopy(pkg);
    const result = await runPython(['-m', 'pytest', '-q', '-p', 'no:cacheprovider'], dir);
    expect(result.code, shown(result)).toBe(0);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const operations = [...readme.matchAll(/^\*\w+\* \| \[\*\*\w+\*\*\]/gm)].length;
    const models = [...readme.matchAll(/^ - \[\w+\]\(docs\/\w+\.md\)$/gm)].length;
    expect(result.stdout).toMatch(new RegExp(`^${operations + models} passed`, 'm'));
    const classes = new Set([...readme.matchAll(/^\*(\w+)\* \|/gm)].map((m) => m[1])).size;
    expect(readdirSync(join(dir, 'test')).filter((f) => /^test_.*\.py$/.test(f))).toHaveLength(classes + models);
  });

  it('mypy reports no error at the level its pyproject.toml sets (check_untyped_defs)', async () => {
    const dir = packageCopy(pkg);
    const result = await runPython(['-m', 'mypy', '--cache-dir', MYPY_CACHE], dir);
    expect(result.code, shown(result)).toBe(0);
    expect(result.stdout).toMatch(/^Success: no issues found in \d+ source files$/m);
  });
});

describe('python -m build', () => {
  // One package is enough: the build files are the same for every spec but for names.
  const pkg = packages.find((p) => p.spec === 'looker-3.0');

  it('makes an sdist and a wheel (built from that sdist) that install into a fresh venv with their dependencies and import', async () => {
    if (pkg === undefined) throw new Error('no looker-3.0 python package in the config');
    const dir = packageCopy(pkg);
    const built = await runPython(['-m', 'build', '--no-isolation', '--outdir', 'dist', '.'], dir, 120_000);
    expect(built.code, shown(built)).toBe(0);
    const dist = readdirSync(join(dir, 'dist')).sort();
    expect(dist).toEqual([`${pkg.packageName}-3.0.0-py3-none-any.whl`, `${pkg.packageName}-3.0.0.tar.gz`]);

    // A venv without pip of its own; the set-up venv's pip installs into it (`pip --python`).
    const fresh = join(dir, 'fresh-venv');
    const created = await runPython(['-m', 'venv', '--without-pip', fresh], dir);
    expect(created.code, shown(created)).toBe(0);
    const wheel = join(dir, 'dist', dist[0] ?? '');
    const installed = await runPython(['-m', 'pip', '--python', join(fresh, 'bin', 'python'), 'install', '--quiet', '--disable-pip-version-check', wheel], dir, 180_000);
    expect(installed.code, shown(installed)).toBe(0);

    // Imported from elsewhere, so the copy's own folder is not what Python finds.
    const script = [
      'import importlib.metadata as m, json',
      `import ${pkg.packageName}`,
      `api = ${pkg.packageName}.SessionApi()`,
      `print(json.dumps({"file": ${pkg.packageName}.__file__, "requires": m.requires("${pkg.packageName}"),`,
      '  "dists": sorted(d.metadata["Name"].lower() for d in m.distributions())}))',
    ].join('\n');
    const probe = await runChild(join(fresh, 'bin', 'python'), ['-c', script], { cwd: requireVenvParent() });
    expect(probe.code, shown(probe)).toBe(0);
    const report = JSON.parse(probe.stdout) as { file: string; requires: string[]; dists: string[] };
    expect(report.file.startsWith(join(fresh, 'lib'))).toBe(true);
    expect(report.requires).toEqual(['urllib3>=1.15', 'six>=1.10', 'certifi', 'python-dateutil']);
    expect(report.dists).toEqual(expect.arrayContaining(['urllib3', 'six', 'certifi', 'python-dateutil', pkg.packageName]));
  }, 300_000);
});

/** A folder with no Python package in it, to import from. */
function requireVenvParent(): string {
  return join(requireVenv(), '..');
}
