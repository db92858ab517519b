import type { Api } from '../model/types.js';
import { compareMetadata } from './checks/metadata.js';
import { compareOperations } from './checks/operations.js';
import { compareSecuritySchemes } from './checks/security.js';
import { compareServers } from './checks/servers.js';
import { DiffContext, side } from './context.js';
import { LEVELS, type Finding } from './types.js';

/**
 * Compares two models and returns every finding at its default level, in a fixed order: by
 * level, then operation, then id, then place. The same two specs always give the same list.
 */
export function compareApis(base: Api, revision: Api): Finding[] {
  const ctx = new DiffContext(side(base), side(revision));
  compareMetadata(ctx);
  compareServers(ctx);
  compareSecuritySchemes(ctx);
  compareOperations(ctx);
  return sortFindings(ctx.findings);
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  const text = (v: string | null) => v ?? '';
  return [...findings].sort(
    (a, b) =>
      LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
      compareText(text(a.operation), text(b.operation)) ||
      compareText(a.id, b.id) ||
      compareText(text(a.basePointer), text(b.basePointer)) ||
      compareText(text(a.revisionPointer), text(b.revisionPointer)) ||
      compareText(a.message, b.message),
  );
}

/** Plain code-unit order, not the locale's: the same on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
