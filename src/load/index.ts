import { relative, resolve } from 'node:path';
import { buildApi } from '../model/build.js';
import type { Api } from '../model/types.js';
import { bundleDocument } from './bundle.js';
import { dialectOf } from './dialect.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import { readSpecFile } from './read.js';
import { RefPolicy, type RefPolicyOptions } from './ref-policy.js';
import { checkExternalRefs, checkInternalRefs } from './refs.js';
import { validateDocument } from './validate.js';

export { SpecError } from './errors.js';
export { DEFAULT_LIMITS, type ReadLimits } from './limits.js';

export interface LoadOptions extends RefPolicyOptions {
  readonly limits?: Partial<ReadLimits> | undefined;
  /** Skip the OpenAPI schema check (for real specs that bend it); references are still checked. */
  readonly skipValidation?: boolean | undefined;
}

/**
 * load: read the spec within limits, refuse what it may not reference, bring referenced files in,
 * check every reference, validate, and hand on the language-neutral model. Every refusal is a
 * SpecError naming the file and JSON pointer.
 */
export async function loadApi(specPath: string, options: LoadOptions = {}): Promise<Api> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const absolute = resolve(specPath);
  const file = relative(process.cwd(), absolute) || specPath;
  const document = readSpecFile(absolute, file, limits);
  const dialect = dialectOf(document, file);
  const policy = new RefPolicy(absolute, options);
  const external = checkExternalRefs(document, absolute, file, policy);
  // Bundling walks the whole document; a self-contained one (most specs) has nothing to bring in.
  const bundled = external
    ? await bundleDocument(absolute, document as object, policy, limits)
    : (document as Record<string, unknown>);
  checkInternalRefs(bundled, file);
  if (!options.skipValidation) await validateDocument(bundled, file);
  return buildApi(bundled, dialect);
}
