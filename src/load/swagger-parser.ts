import type SwaggerParser from '@apidevtools/swagger-parser';

/**
 * swagger-parser, imported when first needed: a self-contained OpenAPI 3 document (most specs)
 * needs neither its bundler nor its Swagger 2.0 rules, and importing it costs about 0.1 s.
 */
export async function swaggerParser(): Promise<typeof SwaggerParser> {
  return (await import('@apidevtools/swagger-parser')).default;
}
