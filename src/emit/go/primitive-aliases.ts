/**
 * A primitive alias schema named like one of getPrimitiveType's type names (imagebuilder's
 * `DateTime: {type: string}`, a `long: {type: integer, format: int32}`): 4.2.1 collects alias
 * schemas into typeAliases and getSingleSchemaType passes every primitive's type name through
 * getAlias, so every `date-time` string of the spec is that alias's type, `string`, and every
 * int64 an int32, in properties, parameters and composition names alike
 * (test/emit/go/cases/primitive-alias-names). sdkgen reads so where the type it gets is a string
 * for a string (a date-time so typed still decodes); where it would narrow or change the type (an
 * int64 read as an int32 overflows), only names as 4.2.1 gives them (`reference`) read it, a
 * safety deviation (README "Exactness").
 */
import type { Api, Schema } from '../../model/types.js';
import { rewriteModel } from '../kit/model-rewrite.js';
import { primitiveTypeName } from './types.js';

type Primitive = Extract<Schema, { kind: 'primitive' }>;

function isPrimitive(value: Record<string, unknown>): value is Record<string, unknown> & Primitive {
  return value.kind === 'primitive' && typeof value.type === 'string' && typeof value.nullable === 'boolean';
}

/** The API with such primitives typed as the alias; the same API when no alias is so named. */
export function withPrimitiveAliasNames(api: Api, reference: boolean): Api {
  const aliases = new Map<string, Primitive>();
  for (const s of api.schemas) if (s.schema.kind === 'primitive' && s.schema.enum === undefined) aliases.set(s.name, s.schema);
  const names = new Set(['boolean', 'integer', 'long', 'number', 'float', 'double', 'string', 'DateTime', 'date', 'ByteArray', 'file', 'password', 'URI', 'UUID']);
  const named = [...aliases.entries()].filter(([name, schema]) => names.has(name) && primitiveTypeName(schema) !== name);
  if (named.length === 0) return api;
  const byName = new Map(named);
  return rewriteModel(api, (record) => {
    if (!isPrimitive(record)) return record;
    const alias = byName.get(primitiveTypeName(record));
    if (alias === undefined) return record;
    const safe = record.type === 'string' && record.format !== 'binary' && alias.type === 'string' && alias.format !== 'binary';
    if (!reference && !safe) return record;
    const { format: _format, ...rest } = record;
    return { ...rest, type: alias.type, ...(alias.format === undefined ? {} : { format: alias.format }) };
  }) as Api;
}
