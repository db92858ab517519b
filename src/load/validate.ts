import type { Api } from '../model/types.js';
import { SpecError } from './errors.js';
import type { RefGraph } from './graph.js';
import { schemaCheck, type SchemaProblem } from './schema-validator.js';
import { tolerate } from './tolerance.js';
import type { SpecWarning } from './warnings.js';
import { swaggerParser } from './swagger-parser.js';

/** Rounds of mending: one mend can uncover a problem ajv did not reach before (inside a oneOf). */
const MAX_ROUNDS = 8;

/**
 * Validates a bundled document against the OpenAPI schema of its version, with its `$ref`s in
 * place so every pointer names a place in the file as written. Violations sdkgen understands
 * anyway (see tolerance.ts) come back as warnings; anything else is refused with the most specific
 * problem. Swagger 2.0 also gets swagger-parser's extra rules (unique operationIds, declared path
 * parameters, ...), which it checks over a dereferenced copy.
 */
export async function validateDocument(
  document: Record<string, unknown>,
  file: string,
  dialect: Api['dialect'],
  graph: RefGraph,
): Promise<SpecWarning[]> {
  if (document.paths === undefined && (dialect !== 'openapi-3.1' || document.webhooks === undefined)) {
    throw new SpecError(file, '', `not an OpenAPI document: it has no ${dialect === 'openapi-3.1' ? '"paths" or "webhooks"' : '"paths"'}`);
  }
  const check = schemaCheck(dialect);
  const warnings = new Map<string, SpecWarning>();
  let problems = check(document);
  let copy: unknown;
  for (let round = 0; problems.length > 0; round++) {
    copy ??= structuredClone(document);
    const found = problems.flatMap((problem) => tolerate(problem, copy) ?? []);
    // A property reported as unexpected is often the complaint of a oneOf branch that does not
    // apply (a response whose `description: null` fails, read as a JSON Reference, which allows
    // no `description`): mend values first, and drop a property only when nothing else is left.
    const values = found.filter((mend) => mend.kind !== 'unexpected-property');
    const mends = values.length > 0 ? values : found;
    if (mends.length === 0 || round === MAX_ROUNDS) throw refusal(problems, file);
    for (const found of mends) {
      const key = `${found.kind} ${found.pointer}`;
      if (!warnings.has(key)) warnings.set(key, { file, pointer: found.pointer, problem: found.problem, assumed: found.assumed, kind: found.kind });
      found.mend();
    }
    problems = check(copy);
  }
  if (dialect === 'swagger-2.0') await swaggerRules(document, file, graph);
  return [...warnings.values()];
}

/** The most specific problem: ajv lists every branch of a oneOf that failed, the deepest path wins. */
function refusal(problems: readonly SchemaProblem[], file: string): SpecError {
  const problem = [...problems].sort((a, b) => depth(b.instancePath) - depth(a.instancePath))[0]!;
  const extra = problem.params.additionalProperty as unknown;
  const what = typeof extra === 'string' ? `unexpected property "${extra}"` : (problem.message ?? 'is not valid');
  return new SpecError(file, problem.instancePath, `does not match the OpenAPI schema: ${what}`);
}

function depth(path: string): number {
  return path === '' ? 0 : path.split('/').length;
}

/**
 * swagger-parser's Swagger 2.0 rules, without its schema check. It dereferences what it checks,
 * so it gets a copy in which every `$ref` names the end of its alias chain: swagger-parser follows
 * a chain hop by hop, recursively, for each reference (quadratic, and a stack overflow for a chain
 * of a few thousand).
 */
async function swaggerRules(document: Record<string, unknown>, file: string, graph: RefGraph): Promise<void> {
  try {
    await (await swaggerParser()).validate(shortcut(structuredClone(document), graph) as never, {
      resolve: { external: false },
      dereference: { circular: true },
      validate: { schema: false, spec: true },
    } as never);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
    const found = /(\/paths\/\S+)/.exec(message) ?? /at #(\/\S+)/.exec(message);
    throw new SpecError(file, found ? toPointer(found[1]!) : '', message.replace(/^Validation failed\.\s*/, ''));
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

/**
 * swagger-parser names paths as `/paths/{id}/get`; turn that into a JSON pointer. `[^]` rather
 * than `.`: a line break would make `(.*)$` fail and the lazy part retry at every method name.
 */
function toPointer(path: string): string {
  const match = /^\/paths(\/[^]*?)\/(get|put|post|delete|options|head|patch|trace)\b([^]*)$/.exec(path);
  if (!match) return path;
  return `/paths/${match[1]!.replace(/~/g, '~0').replace(/\//g, '~1')}/${match[2]!}${match[3] ?? ''}`;
}
