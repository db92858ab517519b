import type { Api } from '../model/types.js';
import { SpecError } from './errors.js';

/** Which dialect a document is, from its `openapi` or `swagger` field; refuses anything else. */
export function dialectOf(document: unknown, file: string): Api['dialect'] {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    const what = document === null ? 'null' : Array.isArray(document) ? 'an array' : `a ${typeof document}`;
    throw new SpecError(file, '', `the document is ${what}, not an OpenAPI object`);
  }
  const doc = document as Record<string, unknown>;
  if ('openapi' in doc) {
    const version = String(doc.openapi);
    if (/^3\.0\.\d+$/.test(version)) return 'openapi-3.0';
    if (/^3\.1\.\d+$/.test(version)) return 'openapi-3.1';
    throw new SpecError(file, '/openapi', `unsupported OpenAPI version "${version}" (sdkgen reads Swagger 2.0, OpenAPI 3.0 and 3.1)`);
  }
  if ('swagger' in doc) {
    if (String(doc.swagger) === '2.0') return 'swagger-2.0';
    throw new SpecError(file, '/swagger', `unsupported Swagger version "${String(doc.swagger)}" (sdkgen reads Swagger 2.0, OpenAPI 3.0 and 3.1)`);
  }
  throw new SpecError(file, '', 'no "openapi" or "swagger" field: not an OpenAPI document');
}
