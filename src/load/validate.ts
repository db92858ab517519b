import SwaggerParser from '@apidevtools/swagger-parser';
import { SpecError } from './errors.js';
import type { RefGraph } from './graph.js';

interface SchemaProblem {
  readonly instancePath?: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

/**
 * Validates a bundled document against the OpenAPI schema of its version and swagger-parser's
 * extra rules (unique operationIds, declared path parameters, ...). Runs on a copy because
 * swagger-parser dereferences what it validates; in the copy every `$ref` names the end of its
 * alias chain, because swagger-parser follows a chain hop by hop, recursively, for each reference
 * (quadratic time, and a stack overflow for a chain of a few thousand).
 */
export async function validateDocument(document: Record<string, unknown>, file: string, graph: RefGraph): Promise<void> {
  try {
    await SwaggerParser.validate(shortcut(structuredClone(document), graph) as never, {
      resolve: { external: false },
      dereference: { circular: true },
    } as never);
  } catch (error) {
    throw toSpecError(error, file, document);
  }
}

/** Points each `$ref` of `copy` straight at the end of its chain; iterative, as deep as it is. */
function shortcut(copy: Record<string, unknown>, graph: RefGraph): Record<string, unknown> {
  const stack: unknown[] = [copy];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    const holder = value as Record<string, unknown>;
    if (!Array.isArray(value) && typeof holder.$ref === 'string') {
      const end = graph.ends.get(holder.$ref);
      if (end !== undefined) holder.$ref = end.finalRef;
    }
    for (const child of Object.values(value)) stack.push(child);
  }
  return copy;
}

function toSpecError(error: unknown, file: string, document: Record<string, unknown>): SpecError {
  const details = (error as { details?: SchemaProblem[] }).details;
  if (Array.isArray(details) && details.length > 0) {
    // ajv lists every branch of a oneOf that failed; the deepest path is the most specific.
    const problem = [...details].sort((a, b) => depth(b.instancePath) - depth(a.instancePath))[0]!;
    const extra = problem.params?.additionalProperty;
    const what = typeof extra === 'string' ? `unexpected property "${extra}"` : (problem.message ?? 'is not valid');
    return new SpecError(file, problem.instancePath ?? '', `does not match the OpenAPI schema: ${what}`);
  }
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
  // swagger-parser names the document it was handed, an object here: "[object Object] is not ...".
  if (/ is not a valid Openapi API definition$/.test(message)) {
    const needs = String(document.openapi).startsWith('3.1') ? '"paths" or "webhooks"' : '"paths"';
    return new SpecError(file, '', `not an OpenAPI document: it has no ${needs}`);
  }
  const found = /(\/paths\/\S+)/.exec(message) ?? /at #(\/\S+)/.exec(message);
  return new SpecError(file, found ? toPointer(found[1]!) : '', message.replace(/^Validation failed\.\s*/, ''));
}

function depth(path: string | undefined): number {
  return path ? path.split('/').length : 0;
}

/**
 * swagger-parser names paths as `/paths/{id}/get`; turn that into a JSON pointer. `[^]` rather
 * than `.`: a line break would make `(.*)$` fail and the lazy part retry at every method name.
 */
function toPointer(path: string): string {
  const match = /^\/paths(\/[^]*?)\/(get|put|post|delete|options|head|patch|trace)\b([^]*)$/.exec(path);
  if (!match) return path;
  return `/paths/${match[1]!.replace(/~/g, '~0').replace(/\//g, '~1')}/${match[2]!}${match[3] ?? ''}`;
}
