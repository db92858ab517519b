import type { HttpMethod } from './types.js';

/**
 * The operationId openapi-generator derives when a spec gives none (its getOrGenerateOperationId),
 * so that our names match the reference clients: the path without braces, then the method, split
 * on `/`; the first part keeps its case but for a lower-case first letter, later parts are
 * camelized; `-` and spaces become `_` and other non-word characters go.
 *   DELETE /session/{id}       → sessionIdDelete
 *   GET    /static-session/{id} → static_sessionIdGet
 *   GET    /                    → rootGet
 */
export function deriveOperationId(path: string, method: HttpMethod): string {
  const bare = path.replace(/[{}]/g, '');
  let id = bare === '/' ? 'root' : '';
  for (const part of `${bare}/${method}`.split('/')) {
    if (part === '') continue;
    id += id === '' ? part.charAt(0).toLowerCase() + part.slice(1) : camelize(part);
  }
  return sanitize(id);
}

/** openapi-generator's camelize for one path part: `_x` → `X`, first letter upper-cased. */
function camelize(part: string): string {
  const joined = part.replace(/_+(.)/g, (_, c: string) => c.toUpperCase());
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** openapi-generator's sanitizeName: `-` and whitespace to `_`, other non-word characters removed. */
function sanitize(name: string): string {
  return name.replace(/[-\s]/g, '_').replace(/[^A-Za-z0-9_]/g, '');
}

/** The operationId a spec gives, when it gives a usable one. */
export function givenOperationId(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
