/**
 * Schemas as openapi-generator 4.2.1's OpenAPI 3 parser reads them. An empty `properties: {}`
 * without a `type` leaves the schema untyped (below). And its text: a blank `title` or
 * `description` (`''`, spaces) is none (OpenAPIDeserializer sets them only when isNotBlank). It
 * matters beyond the printed cell: the inline model resolver names an object by its title
 * (`title: ''` would name it `''`, `_1`, ...: Go types `Model`, `1`) and tells two objects apart by
 * their description (matchGenerated), so a response written `description: ''` is the same model
 * as an equal property without one (test/emit/go/cases/blank-titles, blank-descriptions).
 *
 * A Swagger 2.0 document reaches 4.2.1 through the converter, which keeps them: its pages for a
 * blank title are named `.md` and `1.md`, for Go types with no name or a leading digit. sdkgen
 * reads that dialect the same way rather than copy names that cannot compile.
 */
import type { Api, Operation, Schema } from '../../model/types.js';
import { isModelSchema, rewriteModel } from '../kit/model-rewrite.js';

function isBlank(text: unknown): boolean {
  return typeof text === 'string' && text.trim() === '';
}

/**
 * `properties: {}` without a `type` is no object to 4.2.1: an untyped schema, which gets a page
 * and prints `map[string]interface{}` linked as such (test/emit/go/cases/empty-properties-untyped).
 */
function untypedEmpty(schema: Record<string, unknown>): Record<string, unknown> {
  if (schema.kind !== 'any' || schema.emptyProperties !== true) return schema;
  const { emptyProperties: _read, ...rest } = schema;
  return { ...rest, object: false };
}

/** The schema's own fields without blank text; the same object when it has none. */
function withoutBlank(schema: Record<string, unknown>): Record<string, unknown> {
  const wrapper = schema.allOfWrapper as Record<string, unknown> | undefined;
  const blankWrapper = wrapper !== undefined && isBlank(wrapper.description);
  if (!isBlank(schema.title) && !isBlank(schema.description) && !blankWrapper) return schema;
  const { title, description, ...rest } = schema;
  const copy: Record<string, unknown> = { ...rest };
  if (!isBlank(title) && title !== undefined) copy.title = title;
  if (!isBlank(description) && description !== undefined) copy.description = description;
  if (blankWrapper) {
    const { description: _blank, ...kept } = wrapper;
    copy.allOfWrapper = kept;
  }
  return copy;
}

/** The API with every schema's blank title and description left out and `properties: {}` untyped; the same API when there is none. */
export function withBlankSchemaTextDropped(api: Api): Api {
  // The Swagger 2.0 converter types a schema with `properties`, empty ones too
  // (test/emit/go/cases/empty-properties-swagger2).
  const read = rewriteModel(api, parsed(api.dialect !== 'swagger-2.0')) as Api;
  return { ...read, operations: read.operations.map(withoutBlankProse) };
}

/** A record without the keys whose text is blank; the same record when none is. */
function dropBlank<T extends object>(record: T, keys: readonly (keyof T)[]): T {
  if (!keys.some((k) => isBlank(record[k]))) return record;
  const copy = { ...record };
  for (const k of keys) if (isBlank(copy[k])) delete copy[k];
  return copy;
}

/**
 * An operation's blank summary and description, a parameter's and a body's blank description
 * are none either: no empty row cell of spaces, no notes paragraph of a lone space
 * (test/emit/go/cases/blank-operation-text; stream's `description: "\n"`).
 */
function withoutBlankProse(op: Operation): Operation {
  const parameters = op.parameters.map((p) => dropBlank(p, ['description']));
  const requestBody = op.requestBody === undefined ? undefined : dropBlank(op.requestBody, ['description']);
  const changed = parameters.some((p, i) => p !== op.parameters[i]) || requestBody !== op.requestBody;
  const own = dropBlank(op, ['summary', 'description']);
  return changed ? { ...own, parameters, requestBody } : own;
}

/**
 * `x-nullable: true` is nullable only to the Swagger 2.0 converter: 4.2.1's OpenAPI 3 parser
 * leaves the extension unread (presalytics' `x-nullable` properties print no `Pointer to`, a
 * `nullable: true` one does; test/emit/go/cases/x-nullable-openapi3).
 */
function extensionNotNullable(schema: Record<string, unknown>): Record<string, unknown> {
  if (schema.nullableByExtension !== true) return schema;
  const { nullableByExtension: _read, ...rest } = schema;
  return { ...rest, nullable: false };
}

/**
 * One model object as 4.2.1's parser keeps it: a schema's blank text left out; in OpenAPI 3, an
 * empty untyped `properties` read as no type and `x-nullable` as nothing.
 */
function parsed(openapi3: boolean): (record: Record<string, unknown>) => Record<string, unknown> {
  return (record) => {
    const read = isModelSchema(record) ? withoutBlank(record) : record;
    return isModelSchema(read) && openapi3 ? extensionNotNullable(untypedEmpty(read)) : read;
  };
}
