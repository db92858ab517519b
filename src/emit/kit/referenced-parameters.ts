/**
 * An operation's parameters as the Java parsers behind openapi-generator 4.2.1 (Go) and 6.0.0
 * (Rust) merge them, where a parameter written as a `$ref` shares its name with another
 * (model: Operation.writtenParameters). Checked with both jars, which agree
 * (test/emit/go/cases/referenced-parameters, swagger2-referenced-parameters,
 * test/emit/rust/quirks/referenced-parameters, swagger2-referenced-parameters):
 *
 * - The path item's parameters come first, but one written inline is left out when the operation
 *   writes an inline one of the same name and place; one written as a `$ref` is never left out
 *   there (the parser compares names before following references).
 * - Then a `$ref` wins over every inline parameter of its name: it takes the place of the first
 *   such (spoonacular's path-level `$ref` `id`, an integer, replaces each operation's own `id`, a
 *   number, where the operation lists it), or of the first `$ref` of its name when none is inline;
 *   of several `$ref`s of one name the last one's definition is kept.
 *
 * The parsers compare names only, so a path-level `$ref` to a query parameter `id` replaces the
 * operation's path parameter `id`, whose `{id}` then stays in the URL. sdkgen keeps a parameter
 * of another place (README "Exactness"); `reference` reads it as the parsers do (referenceDocs).
 */
import type { Api, Operation, Parameter, WrittenParameter } from '../../model/types.js';

/** The API with each operation's parameters merged as openapi-generator's parsers merge them. */
export function withReferencedParametersWinning(api: Api, reference = false): Api {
  if (!api.operations.some((op) => op.writtenParameters !== undefined)) return api;
  return { ...api, operations: api.operations.map((op) => merged(op, reference)) };
}

function merged(op: Operation, reference: boolean): Operation {
  const written = op.writtenParameters;
  if (written === undefined) return op;
  const place = (p: Parameter) => `${p.in}:${p.name}`;
  const ownInline = new Set(written.own.filter((w) => !w.referenced).map((w) => place(w.parameter)));
  const listed = [...written.pathItem.filter((w) => w.referenced || !ownInline.has(place(w.parameter))), ...written.own];
  // Which parameters a `$ref` competes with: those of its name (the parsers), or of its name and place (sdkgen).
  const group = (p: Parameter) => (reference ? p.name : place(p));
  const winner = new Map<string, Parameter>();
  for (const w of listed) if (w.referenced) winner.set(group(w.parameter), w.parameter);
  const seat = new Map<string, WrittenParameter>();
  for (const w of listed) {
    const key = group(w.parameter);
    if (!winner.has(key)) continue;
    const taken = seat.get(key);
    if (taken === undefined || (taken.referenced && !w.referenced)) seat.set(key, w);
  }
  const parameters = listed.flatMap((w) => {
    const key = group(w.parameter);
    const wins = winner.get(key);
    if (wins === undefined) return [w.parameter];
    return seat.get(key) === w ? [wins] : [];
  });
  return { ...op, parameters };
}
