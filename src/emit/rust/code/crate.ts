/**
 * Every source file of the crate, from the same plan the docs are written from.
 */
import type { Api } from '../../../model/types.js';
import type { EmittedFile, TargetOptions } from '../../target.js';
import type { RustPlan } from '../plan.js';
import { apiModule } from './api-module.js';
import { modelModule, modelsMod } from './model-module.js';
import { apisMod, cargoToml, configurationRs, libRs } from './runtime.js';

export function crateFiles(api: Api, plan: RustPlan, options: TargetOptions): EmittedFile[] {
  const version = options.packageVersion ?? api.version;
  return [
    { path: 'Cargo.toml', contents: cargoToml(plan, version) },
    // A build in place stays out of git (and out of sdkgen's way: it never touches files it did not write).
    { path: '.gitignore', contents: '/target/\nCargo.lock\n' },
    { path: 'src/lib.rs', contents: libRs(api) },
    { path: 'src/apis/mod.rs', contents: apisMod(plan) },
    { path: 'src/apis/configuration.rs', contents: configurationRs(api, version) },
    ...plan.classes.map((c) => ({ path: `src/apis/${c.module}.rs`, contents: apiModule(c, api) })),
    { path: 'src/models/mod.rs', contents: modelsMod(plan) },
    ...plan.models.map((m) => ({ path: `src/models/${m.module}.rs`, contents: modelModule(m) })),
  ];
}
