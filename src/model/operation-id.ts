import type { HttpMethod } from './types.js';

/**
 * How the words of a derived operationId are joined and cleaned. The model keeps the simple rules
 * it has always had (its ids name every committed client); a target that must match
 * openapi-generator 4.2.1 to the byte passes that generator's full ports (kit/openapi-names.ts),
 * which differ only on unusual paths (`.`, `(`, `[`, a `_` before a capital).
 */
export interface OperationIdRules {
  /** One later path part, first letter upper-cased (`user_id` → `UserId`). */
  camelize(part: string): string;
  /** The joined id, cleaned to `[A-Za-z0-9_]`. */
  sanitize(id: string): string;
}

/** openapi-generator's camelize for one path part: `_x` → `X`, first letter upper-cased. */
function camelize(part: string): string {
  const joined = part.replace(/_+(.)/g, (_, c: string) => c.toUpperCase());
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** openapi-generator's sanitizeName, simplified: `-` and whitespace to `_`, other non-word characters removed. */
function sanitize(name: string): string {
  return name.replace(/[-\s]/g, '_').replace(/[^A-Za-z0-9_]/g, '');
}

/** The rules the model names operations by. */
export const MODEL_OPERATION_ID_RULES: OperationIdRules = { camelize, sanitize };

/**
 * The operationId openapi-generator derives when a spec gives none (its getOrGenerateOperationId),
 * so that our names match the reference clients: the path without braces, then the method, split
 * on `/`; the first part keeps its case but for a lower-case first letter, later parts are
 * camelized; then the whole is sanitized. This is the only implementation: targets that need
 * other word rules pass them.
 *   DELETE /session/{id}       → sessionIdDelete
 *   GET    /static-session/{id} → static_sessionIdGet
 *   GET    /                    → rootGet
 */
export function deriveOperationId(path: string, method: HttpMethod | string, rules: OperationIdRules = MODEL_OPERATION_ID_RULES): string {
  const bare = path.replace(/[{}]/g, '');
  let id = bare === '/' ? 'root' : '';
  for (const part of `${bare}/${method}`.split('/')) {
    if (part === '') continue;
    id += id === '' ? part.charAt(0).toLowerCase() + part.slice(1) : rules.camelize(part);
  }
  return rules.sanitize(id);
}

/** The operationId a spec gives, when it gives a usable one. */
export function givenOperationId(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
