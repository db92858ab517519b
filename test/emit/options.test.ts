import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { BASIC_OPTIONS, OptionProblem, optionProblem, specDefaultVersionProblem, type OptionsSchema } from '../../src/emit/options.js';
import { loadTargetOptions, targetNames } from '../../src/emit/registry.js';

const declared = Object.fromEntries(await Promise.all((await targetNames()).map(async (t) => [t, await loadTargetOptions(t)] as const)));

function problem(target: string, key: string, value: string): string | undefined {
  const schema: OptionsSchema = declared[target]?.schema ?? BASIC_OPTIONS.schema;
  const option = schema.properties[key];
  if (option === undefined) throw new Error(`${target} declares no ${key}`);
  return optionProblem(option, value);
}

const NAMES: [string, string, boolean][] = [
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
  ['python', 'classy', true],
  ['rust', 'g4api', true],
  ['rust', 'looker-sdk', true],
  ['rust', '4api', false],
  ['rust', 'a'.repeat(65), false],
];

describe('package names per target, as each target declares them', () => {
  it.each(NAMES)('%s %j: %s', (target, name, ok) => {
    expect(problem(target, 'packageName', name) === undefined).toBe(ok);
  });

  it('says in one line what is allowed', () => {
    expect(problem('typescript', 'packageName', 'Bad')).toBe(
      "'Bad' must be an npm package name: lowercase letters, digits, '-', '.', '_' and '~', not starting with '.' or '_', optionally @scope/name, at most 214 characters",
    );
    expect(problem('python', 'packageName', 'Bad')).toMatch(/^'Bad' must be a PEP 8 module name: /);
    expect(problem('go', 'packageName', 'a b')).toMatch(/^'a b' must be a Go import path: /);
    expect(problem('go', 'packageVersion', 'a b')).toBe('must not contain spaces or control characters');
  });

  it('a target folder without options.ts takes any printable packageName and packageVersion, nothing else', () => {
    expect(BASIC_OPTIONS.parse({ packageName: 'Anything-Goes.1', packageVersion: 'v1' })).toEqual({ packageName: 'Anything-Goes.1', packageVersion: 'v1' });
    expect(() => BASIC_OPTIONS.parse({ packageName: 'x', modulePath: 'y' })).toThrow("unknown key 'modulePath' (expected packageName, packageVersion)");
  });
});

describe('package versions', () => {
  it('must be semver for typescript and rust, and are free text for go and python', () => {
    expect(problem('typescript', 'packageVersion', '1.2.3')).toBeUndefined();
    expect(problem('typescript', 'packageVersion', '2.0.0-beta.1+build.5')).toBeUndefined();
    expect(problem('typescript', 'packageVersion', '4.0.7.18')).toBe("'4.0.7.18' must be a semver version such as 1.2.3 or 2.0.0-beta.1");
    expect(problem('rust', 'packageVersion', 'v1')).toBeDefined();
    expect(problem('go', 'packageVersion', 'v1')).toBeUndefined();
    expect(problem('python', 'packageVersion', '4.0.7.18')).toBeUndefined();
  });

  it("check the spec's info.version standing in for a version only where a tool builds the package", () => {
    const schema = (target: string): OptionsSchema => declared[target]?.schema as OptionsSchema;
    expect(specDefaultVersionProblem(schema('typescript'), 'typescript', 'v1')).toMatch(/^'v1' is not a semver version such as 1\.2\.3 or 2\.0\.0-beta\.1, which a typescript package needs; /);
    expect(specDefaultVersionProblem(schema('typescript'), 'typescript', '3.0.0')).toBeUndefined();
    // The Rust docs quote the spec's version as the reference documents do.
    expect(specDefaultVersionProblem(schema('rust'), 'rust', '4.0.7.18')).toBeUndefined();
  });
});

describe('further options', () => {
  it('go takes a module path and types it', () => {
    const go = declared.go;
    expect(go?.parse({ packageName: 'g4api', modulePath: 'github.com/acme/g4-go' })).toEqual({ packageName: 'g4api', modulePath: 'github.com/acme/g4-go' });
    expect(problem('go', 'modulePath', 'Github.com/acme/x')).toMatch(/^'Github\.com\/acme\/x' must be a Go module path such as github\.com\/acme\/client: /);
    expect(problem('go', 'modulePath', 'acme/x')).toBeDefined();
  });

  it('refusals say which key: unknown, missing, not text', () => {
    const at = (raw: Record<string, unknown>) => {
      try {
        declared.go?.parse(raw);
        return undefined;
      } catch (error) {
        return error instanceof OptionProblem ? [error.at, error.message] : error;
      }
    };
    expect(at({ packageName: 'x', license: 'MIT' })).toEqual([['license'], "unknown key 'license' (expected packageName, packageVersion, modulePath)"]);
    expect(at({ modulePath: 'github.com/a/b' })).toEqual([[], "missing required key 'packageName'"]);
    expect(at({ packageName: 'x', packageVersion: 1.1 })).toEqual([['packageVersion'], 'must be a string, got number 1.1 (quote it)']);
    expect(at({ packageName: '' })).toEqual([['packageName'], 'must not be empty']);
  });
});

describe('each declaration is a real JSON Schema that agrees with its parse', () => {
  const ajv = new Ajv({ strict: true, allErrors: false });
  ajv.addKeyword('x-allowed');
  ajv.addKeyword('x-specDefaultMustMatch');
  const samples = [...new Set(['x', 'a b', ...NAMES.map(([, name]) => name), '1.2.3', 'v1', 'github.com/acme/x', 'Github.com/x', ''])];
  it.each(Object.keys(declared))('%s', (target) => {
    const declaration = declared[target];
    if (declaration === undefined) throw new Error(target);
    const validate = ajv.compile(declaration.schema);
    for (const key of Object.keys(declaration.schema.properties)) {
      for (const value of samples) {
        // Printable one-word text is sdkgen's rule for every option, beyond what the schema says.
        if (value === '' || /\s/.test(value)) continue;
        const raw = { packageName: key === 'packageName' ? value : 'x', [key]: value };
        const parsed = (() => {
          try {
            declaration.parse(raw);
            return true;
          } catch {
            return false;
          }
        })();
        expect([key, value, validate(raw)]).toEqual([key, value, parsed]);
      }
    }
  });
});
