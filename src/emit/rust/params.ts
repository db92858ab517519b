/**
 * The parameters of an operation as the Rust client takes them (docs-format.md §1.6, §1.7): the
 * declared parameters, then the request body, stably sorted so required ones come first.
 */
import type { Operation, Parameter, Schema } from '../../model/types.js';
import { uniqueNames } from '../kit/unique-names.js';
import { fieldName } from './naming.js';
import type { RustSchemas } from './schemas.js';
import { rustType, type RustType } from './types.js';

export interface RustParam {
  /** The Rust argument name. */
  readonly name: string;
  readonly type: RustType;
  /** The type as the docs print it: the bare model name for a model, else `type.type`. */
  readonly shown: string;
  readonly required: boolean;
  readonly description: string | undefined;
  readonly default: { readonly value: unknown } | undefined;
  /** The spec's parameter, or undefined for the request body. */
  readonly source: Parameter | undefined;
  /** The body's first media type (how the crate sends it); undefined for other parameters. */
  readonly media: string | undefined;
}

/** Names every generated function uses itself (code/api-module.ts): no parameter may take them. */
export const FUNCTION_NAMES: readonly string[] = ['configuration', 'local_var_path', 'local_var_req'];

const FREE_FORM: Schema = { kind: 'any', object: false, nullable: false, readOnly: false, writeOnly: false, deprecated: false };

/**
 * The body argument's name before casing: the spec's own (Swagger 2.0 body name,
 * x-codegen-request-body-name), else the model it references, else `body`.
 */
function bodyName(op: Operation, schema: Schema, schemas: RustSchemas): string {
  if (op.requestBody?.name !== undefined) return op.requestBody.name;
  const resolved = schemas.resolve(schema);
  return schema.kind === 'ref' && resolved.kind === 'model' ? resolved.model.name : 'body';
}

/** A model parameter (the body too) is printed by its bare name, unlike everywhere else. */
function bareModel(type: RustType): string {
  return type.leaf.kind === 'model' && !type.container ? type.leaf.name : type.type;
}

export function rustParams(op: Operation, schemas: RustSchemas): RustParam[] {
  const drafts = op.parameters.map((p) => {
    const type = rustType(p.schema, schemas);
    return { wire: p.name, type, shown: bareModel(type), required: p.required, description: p.description, default: p.schema.default, source: p as Parameter | undefined, media: undefined as string | undefined };
  });
  const body = op.requestBody;
  if (body) {
    const schema = body.content[0]?.schema ?? FREE_FORM;
    const type = rustType(schema, schemas);
    drafts.push({ wire: bodyName(op, schema, schemas), type, shown: bareModel(type), required: body.required, description: body.description, default: undefined, source: undefined, media: body.content[0]?.mediaType });
  }
  // The function's own names are taken: its first argument and the locals of its body.
  // 6.0 numbers a repeated name without separator: `max_results`, `max_results2`.
  const names = uniqueNames(drafts.map((d) => fieldName(d.wire)), { separator: '', taken: FUNCTION_NAMES });
  const params = drafts.map(({ wire, ...d }, i) => ({ ...d, name: names[i] ?? fieldName(wire) }));
  // Array.prototype.sort is stable, so declared order survives within each group.
  return params.sort((a, b) => Number(b.required) - Number(a.required));
}
