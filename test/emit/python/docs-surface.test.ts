/**
 * The Python docs describe the package beside them: py/docs_surface.py reads each package's docs
 * (README, docs/*.md), imports the package and checks with `inspect` that every class, method,
 * parameter (name, type, optional or not), return type, model and property the docs list exists
 * with that signature, then runs every code sample of the docs against Prism mocking the spec.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usePrisms } from '../../e2e/prism.js';
import { packageCopy, PY_HELPERS, pythonPackages, runPython, shown } from './venv.js';

const packages = await pythonPackages();
const prismFor = usePrisms(packages);

interface Report {
  readonly checked: Record<string, number>;
  readonly problems: readonly string[];
  readonly examples: readonly { readonly label: string; readonly output: string }[];
}

async function surface(dir: string, packageName: string, url?: string): Promise<Report> {
  const result = await runPython([join(PY_HELPERS, 'docs_surface.py'), dir, packageName, ...(url === undefined ? [] : [url])], dir);
  expect(result.code, shown(result)).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

/** What the docs list, counted from the markdown independently of the Python script. */
function documented(dir: string): { methods: number; models: number } {
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  return {
    methods: [...readme.matchAll(/^\*\w+\* \| \[\*\*\w+\*\*\]/gm)].length,
    models: [...readme.matchAll(/^ - \[\w+\]\(docs\/\w+\.md\)$/gm)].length,
  };
}

it('covers every spec with a Python package', () => {
  expect(packages.map((p) => p.spec)).toEqual(['looker-3.0', 'looker-4.0', 'g4-sessions']);
});

describe.each(packages)('$spec: the package has what its docs list', (pkg) => {
  it('every class, method, parameter, model and property, and the samples run against Prism', async () => {
    const dir = packageCopy(pkg);
    const report = await surface(dir, pkg.packageName, prismFor(pkg.spec).url);
    expect(report.problems).toEqual([]);
    const { methods, models } = documented(dir);
    expect(methods).toBeGreaterThan(0);
    expect(report.checked['methods']).toBe(methods);
    expect(report.checked['readme_rows']).toBe(methods);
    expect(report.checked['models']).toBe(models);
    // One sample per operation, plus the README's two (import and Getting Started).
    expect(report.checked['examples']).toBe(methods + 2);
    for (const { label, output } of report.examples) {
      expect(output, label).not.toContain('Exception when calling');
    }
  });
});

describe('the check can fail', () => {
  it('reports a method renamed, a keyword argument dropped and a property retyped', async () => {
    const pkg = packages.find((p) => p.spec === 'g4-sessions');
    if (pkg === undefined) throw new Error('no g4-sessions python package in the config');
    const dir = packageCopy(pkg);
    const api = join(dir, pkg.packageName, 'apis', 'sessions_api.py');
    writeFileSync(
      api,
      readFileSync(api, 'utf8')
        .replace('def session_id_delete(self,', 'def session_delete(self,')
        .replace("all_params = ['x_g4_application', ", 'all_params = ['),
    );
    const model = join(dir, pkg.packageName, 'models', 'get_session_response.py');
    writeFileSync(model, readFileSync(model, 'utf8').replace("'bearer': 'str'", "'bearer': 'int'"));
    const report = await surface(dir, pkg.packageName);
    // In the order the script reads docs/ (sorted file names), then the README.
    expect(report.problems).toEqual([
      "GetSessionResponse.bearer is 'int', docs say 'str'",
      'SessionsApi.session_id_delete: no such method',
      "SessionsApi.session_post(...): TypeError: Got an unexpected keyword argument 'x_g4_application' to method session_post",
      'README lists SessionsApi.session_id_delete, the package has none',
    ]);
  });
});
