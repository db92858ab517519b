/**
 * The Python package behind the docs, in the layout swagger-codegen 2.2.2 writes:
 * setup.py, requirements.txt, <package>/{__init__,api_client,configuration,rest}.py,
 * <package>/apis/<tag>_api.py, <package>/models/<model>.py and test/, plus a pyproject.toml
 * so that `python -m build`, pytest and mypy find their settings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EmittedFile } from '../../target.js';
import type { PythonPlan } from '../plan.js';
import { apiFile } from './api-file.js';
import { configurationFile } from './configuration-file.js';
import { moduleWriter } from './header.js';
import { modelFile } from './model-file.js';
import { apiTestFile, modelTestFile } from './test-files.js';
import { pyString } from './writer.js';

/** The runtime .py files, resolved from the repository root like the TypeScript runtime. */
export const PY_RUNTIME_DIR = fileURLToPath(new URL('../../../../src/emit/python/runtime/', import.meta.url));

let runtime: readonly { readonly name: string; readonly contents: string }[] | undefined;

function runtimeFiles(): readonly { readonly name: string; readonly contents: string }[] {
  runtime ??= readdirSync(PY_RUNTIME_DIR)
    .filter((name) => name.endsWith('.py'))
    .sort()
    .map((name) => ({ name, contents: readFileSync(`${PY_RUNTIME_DIR}${name}`, 'utf8') }));
  return runtime;
}

/** swagger-codegen's requirements.txt, line for line. */
const REQUIREMENTS = ['certifi >= 14.05.14', 'six >= 1.10', 'python_dateutil >= 2.5.3', 'setuptools >= 21.0.0', 'urllib3 >= 1.15.1', ''].join('\n');

function setupPy(plan: PythonPlan): string {
  const w = moduleWriter(plan);
  w.line('from setuptools import setup, find_packages');
  w.line();
  w.line(`NAME = ${pyString(plan.packageName.replace(/_/g, '-'))}`);
  w.line(`VERSION = ${pyString(plan.packageVersion)}`);
  w.line('# To install the library, run the following');
  w.line('#');
  w.line('# pip install .');
  w.line();
  w.line('REQUIRES = ["urllib3 >= 1.15", "six >= 1.10", "certifi", "python-dateutil"]');
  w.line();
  w.line('setup(');
  w.line('    name=NAME,');
  w.line('    version=VERSION,');
  w.line(`    description=${pyString(plan.api.title)},`);
  w.line('    author_email="",');
  w.line('    url="",');
  w.line(`    keywords=["Swagger", ${pyString(plan.api.title)}],`);
  w.line('    install_requires=REQUIRES,');
  // 2.2.2 called find_packages() bare, which also installed the test/ folder as a top-level
  // package named `test`; what it meant was the client's packages only.
  w.line('    packages=find_packages(exclude=["test", "test.*"]),');
  w.line('    include_package_data=True,');
  w.line(`    long_description=${pyString(plan.api.description ?? '')},`);
  w.line(')');
  return w.toString();
}

/** Build system, pytest and mypy settings; the metadata stays in setup.py, as 2.2.2 wrote it. */
function pyprojectToml(plan: PythonPlan): string {
  return [
    '[build-system]',
    'requires = ["setuptools>=61", "wheel"]',
    'build-backend = "setuptools.build_meta"',
    '',
    '[tool.pytest.ini_options]',
    'testpaths = ["test"]',
    '',
    '[tool.mypy]',
    '# The level sdkgen checks every generated package at (`mypy` in this folder): the package and',
    '# its tests, untyped code type-checked too.',
    `files = ["${plan.packageName.replace(/\./g, '/')}", "test"]`,
    'check_untyped_defs = true',
    'warn_redundant_casts = true',
    'warn_unused_ignores = true',
    '',
  ].join('\n');
}

function initFile(plan: PythonPlan): string {
  const w = moduleWriter(plan);
  w.line('from __future__ import absolute_import');
  w.line();
  w.line('# import models into sdk package');
  for (const m of plan.models) w.line(`from .models.${m.moduleName} import ${m.className}`);
  w.line();
  w.line('# import apis into sdk package');
  for (const c of plan.classes) w.line(`from .apis.${c.moduleName} import ${c.className}`);
  w.line();
  w.line('# import ApiClient');
  w.line('from .api_client import ApiClient');
  w.line();
  w.line('from .configuration import Configuration');
  w.line();
  w.line('configuration = Configuration()');
  return w.toString();
}

function subpackageInit(plan: PythonPlan, kind: 'apis' | 'models'): string {
  const w = moduleWriter(plan);
  w.line('from __future__ import absolute_import');
  w.line();
  if (kind === 'apis') for (const c of plan.classes) w.line(`from .${c.moduleName} import ${c.className}`);
  else for (const m of plan.models) w.line(`from .${m.moduleName} import ${m.className}`);
  return w.toString();
}

export function packageFiles(plan: PythonPlan): EmittedFile[] {
  const dir = plan.packageName.replace(/\./g, '/');
  const files: EmittedFile[] = [
    { path: 'setup.py', contents: setupPy(plan) },
    { path: 'requirements.txt', contents: REQUIREMENTS },
    { path: 'pyproject.toml', contents: pyprojectToml(plan) },
  ];
  // A dotted package (`openshift.client`) needs each parent to be a package too.
  const parts = plan.packageName.split('.');
  for (let i = 1; i < parts.length; i += 1) files.push({ path: `${parts.slice(0, i).join('/')}/__init__.py`, contents: '' });
  files.push({ path: `${dir}/__init__.py`, contents: initFile(plan) });
  for (const { name, contents } of runtimeFiles()) files.push({ path: `${dir}/${name}`, contents });
  files.push({ path: `${dir}/configuration.py`, contents: configurationFile(plan) });
  files.push({ path: `${dir}/apis/__init__.py`, contents: subpackageInit(plan, 'apis') });
  for (const c of plan.classes) files.push({ path: `${dir}/apis/${c.moduleName}.py`, contents: apiFile(c, plan) });
  files.push({ path: `${dir}/models/__init__.py`, contents: subpackageInit(plan, 'models') });
  for (const m of plan.models) files.push({ path: `${dir}/models/${m.moduleName}.py`, contents: modelFile(m, plan) });
  files.push({ path: 'test/__init__.py', contents: '' });
  for (const c of plan.classes) files.push({ path: `test/test_${c.moduleName}.py`, contents: apiTestFile(c, plan) });
  for (const m of plan.models) files.push({ path: `test/test_${m.moduleName}.py`, contents: modelTestFile(m, plan) });
  return files;
}
