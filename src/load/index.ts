import { relative, resolve } from 'node:path';
import type { Api } from '../model/types.js';
import { bundleDocument } from './bundle.js';
import { SpecError } from './errors.js';
import { dialectOf } from './dialect.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import { checkNameLengths } from './names.js';
import { checkPaths } from './paths.js';
import { exhaustedStack, modelOf, tooDeep, type ModelElsewhere } from './model-step.js';
import { readSpec } from './read.js';
import { stageClock } from './stages.js';
import { RefPolicy, type RefPolicyOptions } from './ref-policy.js';
import { checkExternalRefs, collectRefs } from './refs.js';
import { checkReferenceGraph } from './graph.js';
import { validateDocument } from './validate.js';
import { strictRefusal, type SpecWarning } from './warnings.js';

export { SpecError } from './errors.js';
export { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
export { warningLine, type SpecWarning } from './warnings.js';
export { documentOf, modelOf, type ModelElsewhere, type ModelSource } from './model-step.js';

export interface LoadOptions extends RefPolicyOptions {
  readonly limits?: Partial<ReadLimits> | undefined;
  /** Skip the OpenAPI schema check (for real specs that bend it); references are still checked. */
  readonly skipValidation?: boolean | undefined;
  /**
   * Tolerant validation (`sdkgen diff`): a schema violation is handed here instead of thrown, and
   * loading goes on. Every other refusal (limits, `$ref` policy, names, paths) still throws.
   * Without onWarning, what sdkgen understands anyway comes here too, as the violation it is.
   */
  readonly onInvalid?: ((problem: SpecError) => void) | undefined;
  /** What the spec gets wrong but sdkgen understands anyway, and what it assumed. */
  readonly onWarning?: ((warning: SpecWarning) => void) | undefined;
  /** Refuse what would otherwise be a warning (`--strict`). */
  readonly strict?: boolean | undefined;
}

/**
 * load: read the spec within limits, refuse what it may not reference, bring referenced files in,
 * check every reference, the names that become file names and the paths clients must send,
 * validate, and hand on the language-neutral model. Every refusal is a SpecError naming the file
 * and JSON pointer.
 */
export async function loadApi(specPath: string, options: LoadOptions = {}): Promise<Api> {
  return load(specPath, options, undefined);
}

/**
 * loadApi, with the model also built by `elsewhere` when the spec is self-contained JSON, from its
 * bytes, while this thread validates. A spec is refused, warned about and reported as by loadApi.
 */
export async function loadApiOrElsewhere(specPath: string, options: LoadOptions, elsewhere: ModelElsewhere): Promise<Api> {
  return load(specPath, options, elsewhere);
}

async function load(specPath: string, options: LoadOptions, elsewhere: ModelElsewhere | undefined): Promise<Api> {
  const clock = stageClock();
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const absolute = resolve(specPath);
  const file = relative(process.cwd(), absolute) || specPath;
  const { document, source } = readSpec(absolute, file, limits);
  const dialect = dialectOf(document, file);
  clock.end('read');
  const policy = new RefPolicy(absolute, options);
  const refs = collectRefs(document);
  const external = checkExternalRefs(document, absolute, file, policy, refs);
  const there = elsewhere !== undefined && source !== undefined && !external ? elsewhere : undefined;
  there?.read({ source: source!, dialect, file, limits });
  try {
    // Bundling walks the whole document; a self-contained one (most specs) has nothing to bring in.
    const bundled = external
      ? await bundleDocument(absolute, document as object, policy, limits)
      : (document as Record<string, unknown>);
    // Bundling rewrites references in place; a self-contained document's list still holds.
    const graph = checkReferenceGraph(bundled, file, limits, external ? undefined : refs);
    // Built there once the references are known to stay within the limits, so a spec refused for
    // them is never followed there; validation, the longest check, runs here meanwhile.
    there?.build();
    checkNameLengths(bundled, file);
    const warnings = checkPaths(bundled, file);
    if (!options.skipValidation) {
      warnings.push(...(await validateDocument(bundled, file, dialect, graph).catch((e: unknown) => tolerate(e, options.onInvalid))));
    }
    clock.end('validate');
    const api = modelOf(bundled, dialect, file, limits);
    clock.end('model');
    report(warnings, options);
    return api;
  } catch (error) {
    // A --max-depth raised far past the default can let through nesting that exhausts the stack
    // of a recursive stage (swagger-parser, the model builder): still the input's fault.
    if (!exhaustedStack(error)) throw error;
    throw tooDeep(file, limits);
  }
}

function tolerate(error: unknown, onInvalid: LoadOptions['onInvalid']): SpecWarning[] {
  if (!onInvalid || !(error instanceof SpecError)) throw error;
  onInvalid(error);
  return [];
}

/**
 * Warnings go out once the whole spec was understood, so a spec refused later prints no
 * warnings before its error; under --strict the first one is the refusal.
 */
function report(warnings: readonly SpecWarning[], options: LoadOptions): void {
  const first = warnings[0];
  if (options.strict && first) throw strictRefusal(first);
  for (const warning of warnings) {
    if (options.onWarning) options.onWarning(warning);
    else options.onInvalid?.(new SpecError(warning.file, warning.pointer, warning.kind.startsWith('path-') ? warning.problem : `does not match the OpenAPI schema: ${warning.problem}`));
  }
}
