/**
 * Go types of schemas (docs-format.md §2.5), and the parameters and return type of an operation
 * as the Go docs list them (§1.6, §1.7, §2.4).
 */
import type { Operation, RequestBody, Schema } from '../../model/types.js';
import { ordinal } from '../docs/apis.js';
import type { GoNames } from './api-names.js';
import { uniqueNames } from '../kit/unique-names.js';
import { goParamName } from './naming.js';

/**
 * scalar: a Go built-in (`string`, `int64`, `bool`, ...) or `time.Time`; file: `*os.File`;
 * model: a named schema; container: a slice or map; any: `interface{}` / `map[string]interface{}`.
 */
export type GoTypeKind = 'scalar' | 'file' | 'model' | 'container' | 'any';

export interface GoType {
  /** The type as Go spells it: `[]Theme`, `map[string]bool`, `ApiSession`, `*os.File`. */
  readonly dataType: string;
  /** The innermost type: `Theme` for `[]Theme`, `bool` for `map[string]bool`. */
  readonly baseType: string;
  /**
   * The model whose page (docs/<model>.md) the type links to: the type itself or its items.
   * Only a generated model page is ever a link target, so every link resolves.
   */
  readonly model?: string | undefined;
  readonly kind: GoTypeKind;
}

const ANY: GoType = { dataType: 'interface{}', baseType: 'interface{}', kind: 'any' };
const FREE_FORM: GoType = { dataType: 'map[string]interface{}', baseType: 'map[string]interface{}', kind: 'any' };

function scalar(dataType: string): GoType {
  return { dataType, baseType: dataType, kind: 'scalar' };
}

function container(prefix: string, inner: GoType): GoType {
  return { dataType: `${prefix}${inner.dataType}`, baseType: inner.baseType, model: inner.model, kind: 'container' };
}

/** The Go type of a schema; `names` turns a referenced schema into its Go model name. */
export function goType(schema: Schema, names: GoNames): GoType {
  switch (schema.kind) {
    case 'ref': {
      const model = names.model(schema.name);
      // A dangling reference still prints a name, but links nowhere.
      return model === undefined ? { dataType: schema.name, baseType: schema.name, kind: 'model' } : { dataType: model, baseType: model, model, kind: 'model' };
    }
    case 'primitive':
      switch (schema.type) {
        case 'string':
          // 4.2.1's typeMapping: DateTime → time.Time, binary/file → *os.File, date stays string.
          if (schema.format === 'date-time') return scalar('time.Time');
          if (schema.format === 'binary') return { dataType: '*os.File', baseType: '*os.File', kind: 'file' };
          return scalar('string');
        case 'integer':
          return scalar(schema.format === 'int64' ? 'int64' : 'int32');
        case 'number':
          return scalar(schema.format === 'double' ? 'float64' : 'float32');
        case 'boolean':
          return scalar('bool');
      }
      break;
    case 'array':
      return container('[]', goType(schema.items, names));
    case 'map':
      return container('map[string]', goType(schema.values, names));
    case 'object':
      // An inline object has no model of its own here; Go holds it as a free-form map.
      return FREE_FORM;
    case 'any':
      return schema.object ? FREE_FORM : ANY;
    case 'allOf':
    case 'oneOf':
    case 'anyOf': {
      const [only] = schema.members;
      return schema.kind === 'allOf' && schema.members.length === 1 && only ? goType(only, names) : ANY;
    }
  }
  return ANY;
}

export interface GoParam {
  /** Go parameter name, unique within the operation and never `ctx` or `optional`. */
  readonly name: string;
  readonly required: boolean;
  readonly description: string | undefined;
  readonly type: GoType;
  readonly default: { readonly value: unknown } | undefined;
}

/** Names the docs signature already uses beside the parameters: `(ctx, ..., optional)`. */
const SIGNATURE_NAMES = ['ctx', 'optional'];

/**
 * The body parameter's name before Go casing (§1.7): the spec's own (Swagger 2.0 body name or
 * x-codegen-request-body-name), else the referenced model's name, else `body`.
 */
export function bodyName(body: RequestBody, names: GoNames): string {
  if (body.name !== undefined) return body.name;
  const schema = body.content[0]?.schema;
  const model = schema?.kind === 'ref' ? names.model(schema.name) : undefined;
  return model ?? 'body';
}

/**
 * allParams (§1.6): parameters in spec order, the body last, then stably sorted so required ones
 * come first. Names are made unique in spec order.
 */
export function goParams(op: Operation, names: GoNames): GoParam[] {
  const collected: Omit<GoParam, 'name'>[] = op.parameters.map((p) => ({
    required: p.required,
    description: p.description,
    type: goType(p.schema, names),
    default: p.schema.default,
  }));
  const rawNames = op.parameters.map((p) => p.name);
  if (op.requestBody) {
    const schema = op.requestBody.content[0]?.schema;
    collected.push({
      required: op.requestBody.required,
      description: op.requestBody.description,
      type: schema ? goType(schema, names) : ANY,
      default: undefined,
    });
    rawNames.push(bodyName(op.requestBody, names));
  }
  const goNamesInOrder = uniqueNames(rawNames.map(goParamName), { ignoreCase: true, taken: SIGNATURE_NAMES });
  const params = collected.map((p, i) => ({ ...p, name: goNamesInOrder[i] ?? goParamName(rawNames[i] ?? '') }));
  // Array.prototype.sort is stable, as sortParamsByRequiredFlag needs.
  return params.sort((a, b) => Number(b.required) - Number(a.required));
}

/**
 * The return type (§2.4): openapi-generator's findMethodResponse takes the lowest 2xx status
 * (`default` only when there is none) and the schema of its first media type; that response
 * having no content means no return type.
 */
export function returnType(op: Operation, names: GoNames): GoType | undefined {
  const success = op.responses.filter((r) => r.status.startsWith('2')).sort((a, b) => ordinal(a.status, b.status));
  const chosen = success[0] ?? op.responses.find((r) => r.status === 'default');
  const schema = chosen?.content[0]?.schema;
  return schema ? goType(schema, names) : undefined;
}
