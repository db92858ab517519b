/** What every TypeScript doc page is built from, computed once per package. */
import type { Api } from '../../../model/types.js';
import type { TypePrinter } from '../types.js';
import type { SchemeLink } from './auth.js';
import type { ExampleValues } from './example-values.js';

/** The README's ids other pages link to. */
export interface ReadmeIds {
  readonly endpoints: string;
  readonly models: string;
  /** Scheme name → its heading under "Documentation For Authorization". */
  readonly schemes: ReadonlyMap<string, SchemeLink>;
}

export interface DocsContext {
  readonly api: Api;
  readonly packageName: string;
  /** The code emitter's printer (the docs never read its record of used models). */
  readonly printer: TypePrinter;
  readonly examples: ExampleValues;
  /** Model type name → doc file name without `.md`, in docs/. */
  readonly modelFiles: ReadonlyMap<string, string>;
  /** API class name → doc file name without `.md`, in docs/. */
  readonly classFiles: ReadonlyMap<string, string>;
  /** Schema name of each named enum → its values array (`PetStatusValues`). */
  readonly enumValues: ReadonlyMap<string, string>;
  readonly readme: ReadmeIds;
}
