/** The reference documents, read in place from ../shared (never copied into the repo). */
import { readFileSync } from 'node:fs';
import { SHARED } from '../../support/shared.js';

export { SHARED };
export const ENDPOINTS = '## Documentation for API Endpoints\n';
export const G4_MODELS = ['AuthenticatedSessionResponse', 'CreateSessionRequest', 'GetSessionResponse', 'ProblemDetails'];

export function sharedFile(path: string): string {
  return readFileSync(`${SHARED}/${path}`, 'utf8');
}

/**
 * The reference README (the whole G4 API) from "Documentation for API Endpoints" down, keeping
 * only the endpoint rows and model lines of the classes and models we emit: what is left must be
 * our README's tail, byte for byte.
 */
export function referenceTail(classes: readonly string[], models: readonly string[]): string {
  const reference = sharedFile('reference/rust-g4/README.md');
  return reference
    .slice(reference.indexOf(ENDPOINTS))
    .split('\n')
    .filter((line) => {
      const row = /^\*(\w+)\* \| /.exec(line);
      if (row) return classes.includes(row[1] ?? '');
      const model = /^ - \[(\w+)\]/.exec(line);
      return model ? models.includes(model[1] ?? '') : true;
    })
    .join('\n');
}
