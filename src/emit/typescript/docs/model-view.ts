/**
 * The view behind templates/typescript/model.md.hbs: one named schema as the package declares it
 * in src/models.ts: its properties (an interface, or an object type alias), or its type, and the
 * values of an enum.
 */
import type { NamedSchema, Property, Schema } from '../../../model/types.js';
import { stringLiteral } from '../escape.js';
import { isInterfaceSchema } from '../recursion.js';
import type { Member } from '../types.js';
import type { DocsContext } from './context.js';
import { cell, codeSpan, defaultNote, literal, paragraphs } from './markdown.js';
import { typeMarkdown } from './type-links.js';

export interface PropertyRowView {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly notes: string;
}

export interface ModelDocView {
  readonly name: string;
  /** The schema's name in the spec, when the type name differs from it (`Error` → `ModelError`). */
  readonly specName: string | undefined;
  readonly description: readonly string[];
  /** Absent for models that are not objects with named properties. */
  readonly properties: readonly PropertyRowView[] | undefined;
  /** The declared type, for models that are type aliases. */
  readonly type: string | undefined;
  readonly enumValues: readonly string[];
  /** The exported array of the values, for named enums. */
  readonly valuesConstant: string | undefined;
  readonly endpointsId: string;
  readonly modelsId: string;
}

function propertyNotes(p: Property): string {
  const s = p.schema;
  return [
    !p.required && '[optional]',
    s.readOnly && '[readonly]',
    s.nullable && '[nullable]',
    s.deprecated && '[deprecated]',
    s.default !== undefined && defaultNote(s.default.value),
  ]
    .filter((n): n is string => typeof n === 'string')
    .join(' ');
}

function description(schema: Schema): string[] {
  return [...new Set([...paragraphs(schema.title), ...paragraphs(schema.description)])];
}

function propertyRows(context: DocsContext, properties: readonly Property[], members: readonly Member[]): PropertyRowView[] {
  return members.map((member, i) => {
    const type = typeMarkdown(member.type, context.modelFiles, '');
    const p = properties[i];
    if (member.kind === 'index' || p === undefined) {
      return { name: '*additional properties*', type, description: 'Any other property', notes: '[optional]' };
    }
    return { name: `**${literal(p.name)}**`, type, description: cell(p.schema.description ?? p.schema.title), notes: propertyNotes(p) };
  });
}

function mapGet(map: ReadonlyMap<string, string>, key: string): string | undefined {
  const value = map.get(key);
  return value === undefined ? undefined : codeSpan(value);
}

/** An enum value as the TypeScript literal the type uses. */
function enumLiteral(value: string | number | boolean | null): string {
  return typeof value === 'string' ? stringLiteral(value) : String(value);
}

export function modelDocView(context: DocsContext, named: NamedSchema, typeName: string): ModelDocView {
  const { schema } = named;
  const isInterface = isInterfaceSchema(schema);
  const alias = isInterface ? undefined : named.name;
  const properties =
    schema.kind === 'object' && schema.properties.length > 0
      ? propertyRows(context, schema.properties, context.printer.members(schema, alias))
      : undefined;
  return {
    name: literal(typeName),
    specName: named.name === typeName ? undefined : codeSpan(named.name),
    description: description(schema),
    properties,
    type: isInterface ? undefined : typeMarkdown(context.printer.print(schema, { alias: named.name }), context.modelFiles, ''),
    enumValues: schema.kind === 'primitive' ? (schema.enum ?? []).map((v) => codeSpan(enumLiteral(v))) : [],
    valuesConstant: mapGet(context.enumValues, named.name),
    endpointsId: context.readme.endpoints,
    modelsId: context.readme.models,
  };
}
