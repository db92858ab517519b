import { describe, expect, it } from 'vitest';
import { defaultVersionProblem, packageNameProblem, packageVersionProblem } from '../../src/config/package-rules.js';

describe('package names per target', () => {
  const cases: [string, string, boolean][] = [
    ['typescript', 'looker-api-v4', true],
    ['typescript', '@acme/g4.client', true],
    ['typescript', 'Bad Name!', false],
    ['typescript', 'Upper', false],
    ['typescript', '.hidden', false],
    ['typescript', '_private', false],
    ['typescript', '@scope/', false],
    ['typescript', 'a'.repeat(215), false],
    ['go', 'looker', true],
    ['go', 'github.com/acme/looker-go', true],
    ['go', 'github.com//x', false],
    ['go', '../x', false],
    ['python', 'lookerapi', true],
    ['python', 'openshift.client', true],
    ['python', 'Looker', false],
    ['python', '4api', false],
    ['python', 'my-api', false],
    ['python', 'class', false],
    ['python', 'acme.import', false],
    ['rust', 'g4api', true],
    ['rust', 'looker-sdk', true],
    ['rust', '4api', false],
    ['rust', 'a'.repeat(65), false],
    ['some-new-target', 'Anything Goes', true],
  ];
  it.each(cases)('%s %j: %s', (target, name, ok) => {
    expect(packageNameProblem(target, name) === undefined).toBe(ok);
  });

  it('says in one line what is allowed', () => {
    expect(packageNameProblem('typescript', 'Bad Name!')).toBe(
      "must be an npm package name: lowercase letters, digits, '-', '.', '_' and '~', not starting with '.' or '_', optionally @scope/name, at most 214 characters",
    );
    expect(packageNameProblem('python', 'Bad')).toMatch(/^must be a PEP 8 module name: /);
  });
});

describe('package versions', () => {
  it('must be semver for typescript and rust, and are free text for go and python', () => {
    expect(packageVersionProblem('typescript', '1.2.3')).toBeUndefined();
    expect(packageVersionProblem('typescript', '2.0.0-beta.1+build.5')).toBeUndefined();
    expect(packageVersionProblem('typescript', '4.0.7.18')).toBe('must be a semver version such as 1.2.3 or 2.0.0-beta.1');
    expect(packageVersionProblem('rust', 'v1')).toBeDefined();
    expect(packageVersionProblem('go', 'v1')).toBeUndefined();
    expect(packageVersionProblem('python', '4.0.7.18')).toBeUndefined();
  });

  it("check the spec's info.version standing in for a version only where a tool builds the package", () => {
    expect(defaultVersionProblem('typescript', 'v1')).toMatch(/^'v1' is not a semver version such as 1\.2\.3, which a typescript package needs; /);
    expect(defaultVersionProblem('typescript', '3.0.0')).toBeUndefined();
    // The Rust docs quote the spec's version as the reference documents do.
    expect(defaultVersionProblem('rust', '4.0.7.18')).toBeUndefined();
  });
});
