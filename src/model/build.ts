import { buildOpenApi3 } from './build-openapi3.js';
import { buildSwagger2 } from './build-swagger2.js';
import type { Api } from './types.js';

/** Builds the model with the builder of the document's dialect. */
export function buildApi(doc: Record<string, unknown>, dialect: Api['dialect']): Api {
  return dialect === 'swagger-2.0' ? buildSwagger2(doc) : buildOpenApi3(doc, dialect);
}
