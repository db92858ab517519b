/**
 * The generated TypeScript packages under test: where each one is and the npm name it is published
 * under, both read from sdkgen.config.yaml so the tests follow the config rather than copy it.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/index.js';
import { targetNames } from '../../src/emit/registry.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface GeneratedPackage {
  /** Key under `specs` in the config: `looker-3.0`. */
  readonly spec: string;
  /** Absolute path of the spec file. */
  readonly specPath: string;
  /** Absolute path of generated/<spec>/typescript. */
  readonly dir: string;
  readonly packageName: string;
}

/** Every spec with a typescript target, in config order. */
export async function generatedPackages(): Promise<GeneratedPackage[]> {
  const config = await loadConfig(join(ROOT, 'sdkgen.config.yaml'), await targetNames());
  return config.specs.flatMap((spec) => {
    const typescript = spec.targets.find((t) => t.target === 'typescript');
    if (typescript === undefined) return [];
    return [{ spec: spec.name, specPath: spec.spec, dir: join(config.output, spec.name, 'typescript'), packageName: typescript.options.packageName }];
  });
}

/** The package generated for one spec; fails loudly when the config no longer has it. */
export function packageOf(packages: readonly GeneratedPackage[], spec: string): GeneratedPackage {
  const found = packages.find((p) => p.spec === spec);
  if (found === undefined) throw new Error(`no typescript package for ${spec} in sdkgen.config.yaml`);
  return found;
}

/** `Class.method` for every method of every API class (a subclass of `base`) a package exports. */
export function apiOperations(module: object, base: abstract new (...args: never[]) => unknown): string[] {
  return Object.entries(module)
    .flatMap(([name, value]: [string, unknown]) =>
      typeof value === 'function' && value.prototype instanceof base
        ? Object.getOwnPropertyNames(value.prototype)
            .filter((method) => method !== 'constructor')
            .map((method) => `${name}.${method}`)
        : [],
    )
    .sort();
}
