import type SwaggerParser from '@apidevtools/swagger-parser';
import { createRequire } from 'node:module';

/**
 * swagger-parser, imported when first needed: a self-contained OpenAPI 3 document (most specs)
 * needs neither its bundler nor its Swagger 2.0 rules, and importing it costs about 0.1 s.
 */
export async function swaggerParser(): Promise<typeof SwaggerParser> {
  // Required, not import()ed: it is CommonJS, and in sdkgen's bundle, whose code comes from V8's
  // code cache, import() fails (Node 20 keeps no import() callback for a script built from cached data).
  return createRequire(import.meta.url)('@apidevtools/swagger-parser') as typeof SwaggerParser;
}
