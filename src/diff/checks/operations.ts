import type { Operation } from '../../model/types.js';
import { operationName, type DiffContext } from '../context.js';
import { normalisedPath, operationKey, pairBy } from '../pairing.js';
import { compareParameters } from './parameters.js';
import { compareRequestBodies } from './request-bodies.js';
import { compareResponses } from './responses.js';
import { compareOperationSecurity } from './security.js';

/**
 * Operations pair by method and path template (variable names aside). An unpaired operation whose
 * operationId exists on the other side moved (path or method changed) and is compared with it;
 * the rest were removed or added.
 */
export function compareOperations(ctx: DiffContext): void {
  const base = ctx.base.api.operations;
  const revision = ctx.revision.api.operations;
  const { both, removed, added } = pairBy(base, revision, operationKey);
  const addedById = new Map(added.filter((op) => op.operationId !== undefined).map((op) => [op.operationId!, op]));
  const moved = new Set<Operation>();
  for (const op of removed) {
    const match = op.operationId === undefined ? undefined : addedById.get(op.operationId);
    if (match && !moved.has(match)) {
      moved.add(match);
      const change = { operation: operationName(op), subject: `${operationName(op)} (${op.operationId})`, basePointer: op.pointer, revisionPointer: match.pointer };
      if (op.method !== match.method) ctx.report('operation-method-changed', { ...change, base: op.method.toUpperCase(), revision: match.method.toUpperCase() });
      if (normalisedPath(op.path) !== normalisedPath(match.path)) ctx.report('operation-path-changed', { ...change, base: op.path, revision: match.path });
      compareOperation(ctx, op, match);
      continue;
    }
    const revisionPaths = new Set(revision.map((o) => normalisedPath(o.path)));
    const wholePath = !revisionPaths.has(normalisedPath(op.path));
    const id = `${wholePath ? 'path' : 'operation'}-removed${op.deprecated ? '-after-deprecation' : ''}`;
    ctx.report(id, { operation: operationName(op), basePointer: op.pointer, base: operationName(op) });
  }
  const basePaths = new Set(base.map((o) => normalisedPath(o.path)));
  for (const op of added) {
    if (moved.has(op)) continue;
    const id = basePaths.has(normalisedPath(op.path)) ? 'operation-added' : 'path-added';
    ctx.report(id, { operation: operationName(op), revisionPointer: op.pointer, revision: operationName(op) });
  }
  for (const [b, r] of both) compareOperation(ctx, b, r);
}

function compareOperation(ctx: DiffContext, base: Operation, revision: Operation): void {
  const operation = operationName(revision);
  const at = { operation, basePointer: base.pointer, revisionPointer: revision.pointer };
  if (base.id !== revision.id) ctx.report('operation-id-changed', { ...at, base: base.id, revision: revision.id });
  for (const tag of base.tags) if (!revision.tags.includes(tag)) ctx.report('operation-tag-removed', { ...at, base: tag });
  for (const tag of revision.tags) if (!base.tags.includes(tag)) ctx.report('operation-tag-added', { ...at, revision: tag });
  if (!base.deprecated && revision.deprecated) ctx.report('operation-deprecated', { ...at, base: false, revision: true });
  if (base.deprecated && !revision.deprecated) ctx.report('operation-deprecation-removed', { ...at, base: true, revision: false });
  compareSunset(ctx, at, base.sunset, revision.sunset);
  if ((base.summary ?? '') !== (revision.summary ?? '')) ctx.report('operation-summary-changed', { ...at, base: base.summary, revision: revision.summary });
  if ((base.description ?? '') !== (revision.description ?? '')) {
    ctx.report('operation-description-changed', { ...at, base: base.description, revision: revision.description });
  }
  compareParameters(ctx, base, revision);
  compareRequestBodies(ctx, base, revision);
  compareResponses(ctx, base, revision);
  compareOperationSecurity(ctx, base, revision);
}

function compareSunset(ctx: DiffContext, at: { operation: string }, base: string | undefined, revision: string | undefined): void {
  if (base === revision) return;
  if (base === undefined) return ctx.report('operation-sunset-added', { ...at, revision });
  if (revision === undefined) return ctx.report('operation-sunset-removed', { ...at, base });
  // ISO dates (what x-sunset holds) compare as text; anything else is treated as moved earlier.
  const later = /^\d{4}-\d{2}-\d{2}/.test(base) && /^\d{4}-\d{2}-\d{2}/.test(revision) && revision > base;
  ctx.report(later ? 'operation-sunset-later' : 'operation-sunset-earlier', { ...at, base, revision });
}
