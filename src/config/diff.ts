import { RULES } from '../diff/rules.js';
import { NO_TUNING, type DiffTuning, type IgnoreRule } from '../diff/tuning.js';
import { LEVELS, type Level } from '../diff/types.js';

type Fail = (tokens: (string | number)[], message: string) => never;

/**
 * The `diff` key of sdkgen.config.yaml:
 *
 *   diff:
 *     levels: { operation-tag-removed: info }          # any check id → breaking | warning | info
 *     ignore:
 *       - { id: parameter-removed, operation: GET /pets, reason: "never used by any client" }
 *
 * Unknown ids are refused (a typo would silently tune nothing); every ignore needs a reason,
 * which the report prints.
 */
export function diffTuning(raw: unknown, fail: Fail): DiffTuning {
  if (raw === undefined) return NO_TUNING;
  const root = mappingOf(raw, ['diff'], fail);
  for (const key of Object.keys(root)) if (key !== 'levels' && key !== 'ignore') fail(['diff', key], `unknown key '${key}' (expected levels, ignore)`);
  const levels: Record<string, Level> = {};
  if (root.levels !== undefined) {
    for (const [id, level] of Object.entries(mappingOf(root.levels, ['diff', 'levels'], fail))) {
      knownId(id, ['diff', 'levels', id], fail);
      if (typeof level !== 'string' || !LEVELS.includes(level as Level)) fail(['diff', 'levels', id], `must be one of ${LEVELS.join(', ')}`);
      levels[id] = level as Level;
    }
  }
  const ignore: IgnoreRule[] = [];
  if (root.ignore !== undefined) {
    if (!Array.isArray(root.ignore)) fail(['diff', 'ignore'], 'must be a list');
    (root.ignore as unknown[]).forEach((entry, i) => {
      const at = ['diff', 'ignore', i];
      const item = mappingOf(entry, at, fail);
      for (const key of Object.keys(item)) if (!['id', 'operation', 'reason'].includes(key)) fail([...at, key], `unknown key '${key}' (expected id, operation, reason)`);
      if (typeof item.id !== 'string') fail(at, "needs 'id', a check id");
      knownId(item.id as string, [...at, 'id'], fail);
      if (typeof item.reason !== 'string' || item.reason.trim() === '') fail(at, "needs a 'reason': the report prints why a finding is ignored");
      if (item.operation !== undefined && (typeof item.operation !== 'string' || !/^[A-Za-z]+\s+\/\S*$/.test(item.operation))) {
        fail([...at, 'operation'], "must name an operation as 'GET /pets/{id}'");
      }
      ignore.push({ id: item.id as string, reason: (item.reason as string).trim(), ...(item.operation !== undefined ? { operation: item.operation as string } : {}) });
    });
  }
  return { levels, ignore };
}

function knownId(id: string, at: (string | number)[], fail: Fail): void {
  if (!RULES.has(id)) fail(at, `unknown check id '${id}' (see docs/diff-checks.md)`);
}

function mappingOf(value: unknown, at: (string | number)[], fail: Fail): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(at, 'must be a mapping');
  return value as Record<string, unknown>;
}
