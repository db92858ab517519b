import { sortFindings } from './compare.js';
import type { Finding, Level } from './types.js';

/** `diff:` in sdkgen.config.yaml: levels per check id, and findings to ignore, each with a reason. */
export interface DiffTuning {
  readonly levels: Readonly<Record<string, Level>>;
  readonly ignore: readonly IgnoreRule[];
}

export interface IgnoreRule {
  readonly id: string;
  /** `GET /pets/{id}`; absent: every operation (and findings of no operation). */
  readonly operation?: string | undefined;
  readonly reason: string;
}

export interface Ignored {
  readonly finding: Finding;
  readonly reason: string;
}

export const NO_TUNING: DiffTuning = { levels: {}, ignore: [] };

/** Applies the config's levels, then sets aside what it ignores (the report lists those with reasons). */
export function applyTuning(findings: readonly Finding[], tuning: DiffTuning): { findings: Finding[]; ignored: Ignored[] } {
  const kept: Finding[] = [];
  const ignored: Ignored[] = [];
  for (const original of findings) {
    const level = tuning.levels[original.id];
    const finding = level ? { ...original, level } : original;
    const rule = tuning.ignore.find((r) => r.id === finding.id && (r.operation === undefined || sameOperation(r.operation, finding.operation)));
    if (rule) ignored.push({ finding, reason: rule.reason });
    else kept.push(finding);
  }
  return { findings: sortFindings(kept), ignored };
}

/** `get /pets/{id}` and `GET  /pets/{id}` name the same operation. */
function sameOperation(written: string, operation: string | null): boolean {
  if (operation === null) return false;
  const norm = (s: string) => {
    const [method = '', ...path] = s.trim().split(/\s+/);
    return `${method.toUpperCase()} ${path.join(' ')}`;
  };
  return norm(written) === norm(operation);
}
