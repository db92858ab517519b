/**
 * The models openapi-generator 6.0.0 writes no doc for: those "unused, due to form parameters"
 * (its skipFormModel, on by default). Its ModelUtils.getSchemasUsedOnlyInFormParam walks every
 * operation's parameters, request body and responses with the media type they sit under, and notes
 * each `$ref` it meets as used in a form (multipart/form-data, x-www-form-urlencoded) or
 * elsewhere; a referenced schema is walked into once only, in the context that reached it first.
 * A model noted in a form and nowhere else gets no doc. The crate keeps its struct: a function
 * still takes it.
 */
import type { Api, Schema } from '../../model/types.js';
import { isExactFormMedia } from '../kit/inline-models.js';

export function formOnlyModels(api: Api): ReadonlySet<string> {
  const byName = new Map(api.schemas.map((s) => [s.name, s.schema]));
  const inForm = new Set<string>();
  const elsewhere = new Set<string>();
  const visited = new Set<string>();

  // Depth first, in the order 6.0 walks, with a stack of its own: a chain of 20,000 schemas that
  // each name the next must not exhaust the call stack (test/hostile/graph.test.ts).
  const visit = (root: Schema, form: boolean): void => {
    const stack: Schema[] = [root];
    const push = (children: readonly Schema[]): void => {
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    };
    for (let schema = stack.pop(); schema !== undefined; schema = stack.pop()) {
      switch (schema.kind) {
        case 'ref': {
          (form ? inForm : elsewhere).add(schema.name);
          if (visited.has(schema.name)) break;
          visited.add(schema.name);
          const target = byName.get(schema.name);
          if (target !== undefined) stack.push(target);
          break;
        }
        case 'array':
          stack.push(schema.items);
          break;
        case 'map':
          stack.push(schema.values);
          break;
        case 'object': {
          const extra = schema.additionalProperties !== undefined && schema.additionalProperties !== true ? [schema.additionalProperties] : [];
          push([...schema.properties.map((p) => p.schema), ...extra]);
          break;
        }
        case 'allOf':
        case 'oneOf':
        case 'anyOf':
          push([...schema.members, ...(schema.properties ?? []).map((p) => p.schema)]);
          break;
        default:
          break;
      }
    }
  };

  for (const op of api.operations) {
    for (const p of op.parameters) visit(p.schema, false);
    for (const c of op.requestBody?.content ?? []) visit(c.schema, isExactFormMedia(c.mediaType));
    for (const r of op.responses) for (const c of r.content) visit(c.schema, isExactFormMedia(c.mediaType));
  }
  return new Set([...inForm].filter((name) => !elsewhere.has(name)));
}
