import type { Constraints } from './types.js';

const NUMERIC = ['multipleOf', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties'] as const;

/**
 * The validation keywords of one schema node, or undefined when it has none (most schemas), so
 * models of specs without constraints look exactly as before. OpenAPI 3.0 and Swagger 2.0 spell
 * an exclusive bound as a boolean beside minimum/maximum; 3.1 (JSON Schema 2020-12) as the bound
 * itself. Both become the bound, so a spec moved from 3.0 to 3.1 keeps equal constraints.
 */
export function constraintsOf(node: Record<string, unknown>): Constraints | undefined {
  const found: { -readonly [K in keyof Constraints]: Constraints[K] } = {};
  for (const key of NUMERIC) {
    if (typeof node[key] === 'number') found[key] = node[key];
  }
  bound(node, 'minimum', 'exclusiveMinimum', found);
  bound(node, 'maximum', 'exclusiveMaximum', found);
  if (node.uniqueItems === true) found.uniqueItems = true;
  return Object.keys(found).length > 0 ? found : undefined;
}

function bound(
  node: Record<string, unknown>,
  inclusive: 'minimum' | 'maximum',
  exclusive: 'exclusiveMinimum' | 'exclusiveMaximum',
  found: { -readonly [K in keyof Constraints]: Constraints[K] },
): void {
  const value = node[inclusive];
  const flag = node[exclusive];
  if (typeof flag === 'number') found[exclusive] = flag;
  if (typeof value !== 'number') return;
  if (flag === true) found[exclusive] = value;
  else found[inclusive] = value;
}
