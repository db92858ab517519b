import type { Api } from '../model/types.js';

/** One file an emitter produces, at a path relative to the output folder (always `/`-separated). */
export interface EmittedFile {
  readonly path: string;
  readonly contents: string;
}

/**
 * Per spec × target options from sdkgen.config.yaml or the command line, already checked against
 * the options the target declares in its options.ts (see options.ts); a target reads its own
 * further options (`modulePath`, `license`) by name, typed by its declaration's parse.
 */
export interface TargetOptions {
  /** Package, crate or module name (`looker`, `lookerapi`, `g4api`). */
  readonly packageName: string;
  /** Package version; defaults to the spec's info.version where the target needs one. */
  readonly packageVersion?: string | undefined;
  /** License of the package (an SPDX expression); defaults to the spec's info.license. */
  readonly license?: string | undefined;
  /** Where the package's source lives (a git URL) and its home page, for package metadata. */
  readonly repository?: string | undefined;
  readonly homepage?: string | undefined;
  /** Go: the module path go.mod declares (`github.com/acme/looker`); defaults to packageName. */
  readonly modulePath?: string | undefined;
  /** The target's further declared options (src/emit/<target>/options.ts). */
  readonly [option: string]: string | undefined;
}

/**
 * A target is a folder under src/emit/ whose index.ts exports `target`. The registry finds it by
 * its folder name, so adding a language touches nothing outside its own folder and templates.
 */
export interface Target {
  readonly name: string;
  emit(api: Api, options: TargetOptions): EmittedFile[];
}
