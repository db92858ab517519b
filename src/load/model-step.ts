import { buildApi } from '../model/build.js';
import type { Api } from '../model/types.js';
import { SpecError } from './errors.js';
import { checkHttpNames } from './http-names.js';
import type { ReadLimits } from './limits.js';
import { documentFromSource, type SpecSource } from './read.js';

/**
 * The loader's last step, the same wherever it runs: the model of a checked document, refused
 * if it names a header a client cannot send. A stack that runs out while building is the
 * input's nesting (a --max-depth raised far past the default), not a bug of sdkgen.
 */
export function modelOf(document: Record<string, unknown>, dialect: Api['dialect'], file: string, limits: ReadLimits): Api {
  try {
    const api = buildApi(document, dialect);
    checkHttpNames(api, file);
    return api;
  } catch (error) {
    throw exhaustedStack(error) ? tooDeep(file, limits) : error;
  }
}

/** What another thread is given to build the model of a spec this one checks (ModelElsewhere). */
export interface ModelSource {
  readonly source: SpecSource;
  readonly dialect: Api['dialect'];
  readonly file: string;
  readonly limits: ReadLimits;
}

/** The document a ModelSource was read from, as the thread that read it has it. */
export function documentOf(model: ModelSource): Record<string, unknown> {
  return documentFromSource(model.source) as Record<string, unknown>;
}

/**
 * Threads that build the model too (target-pool.ts: the worker lanes that emit some of a spec's
 * targets), from the bytes this thread read, while this thread validates and then builds its
 * own (it emits the other targets): no thread waits for a model built here to be copied and read
 * back there. Used for a self-contained JSON spec only (a YAML one would be parsed slowly again,
 * a bundled one is not its bytes); the other threads are then sent the model built here.
 */
export interface ModelElsewhere {
  /** The spec was read: parse it there (documentOf), bounded as it was here. */
  read(model: ModelSource): void;
  /** Its references were checked (they stay within the limits however they are followed): build it. */
  build(): void;
}

export function exhaustedStack(error: unknown): boolean {
  return error instanceof RangeError || (error instanceof SpecError && /maximum call stack/i.test(error.message));
}

export function tooDeep(file: string, limits: ReadLimits): SpecError {
  return new SpecError(file, '', `nesting is deeper than sdkgen can follow (the limit --max-depth ${limits.maxDepth} lets it through)`);
}
