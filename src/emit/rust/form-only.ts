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

const FORM = /^(application\/x-www-form-urlencoded|multipart\/form-data)$/i;

export function formOnlyModels(api: Api): ReadonlySet<string> {
  const byName = new Map(api.schemas.map((s) => [s.name, s.schema]));
  const inForm = new Set<string>();
  const elsewhere = new Set<string>();
  const visited = new Set<string>();

  const visit = (schema: Schema, form: boolean): void => {
    if (schema.kind === 'ref') {
      (form ? inForm : elsewhere).add(schema.name);
      if (visited.has(schema.name)) return;
      visited.add(schema.name);
      const target = byName.get(schema.name);
      if (target !== undefined) visit(target, form);
      return;
    }
    switch (schema.kind) {
      case 'array':
        visit(schema.items, form);
        return;
      case 'map':
        visit(schema.values, form);
        return;
      case 'object':
        for (const p of schema.properties) visit(p.schema, form);
        if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) visit(schema.additionalProperties, form);
        return;
      case 'allOf':
      case 'oneOf':
      case 'anyOf':
        for (const m of schema.members) visit(m, form);
        for (const p of schema.properties ?? []) visit(p.schema, form);
        return;
      default:
        return;
    }
  };

  for (const op of api.operations) {
    for (const p of op.parameters) visit(p.schema, false);
    for (const c of op.requestBody?.content ?? []) visit(c.schema, FORM.test(c.mediaType));
    for (const r of op.responses) for (const c of r.content) visit(c.schema, FORM.test(c.mediaType));
  }
  return new Set([...inForm].filter((name) => !elsewhere.has(name)));
}
