import type { Operation } from '../../model/types.js';
import { operationName, type DiffContext } from '../context.js';
import { pairBy } from '../pairing.js';
import { compareMediaSchemas } from './media.js';

/** The request body: presence, required, media types, and each media type's schema (request direction). */
export function compareRequestBodies(ctx: DiffContext, base: Operation, revision: Operation): void {
  const operation = operationName(revision);
  const before = base.requestBody;
  const after = revision.requestBody;
  const at = { operation, basePointer: before?.pointer ?? base.pointer, revisionPointer: after?.pointer ?? revision.pointer };
  if (!before && !after) return;
  if (!before) return ctx.report(after!.required ? 'request-body-added-required' : 'request-body-added', at);
  if (!after) return ctx.report('request-body-removed', at);
  if (!before.required && after.required) ctx.report('request-body-became-required', { ...at, base: false, revision: true });
  if (before.required && !after.required) ctx.report('request-body-became-optional', { ...at, base: true, revision: false });
  if ((before.description ?? '') !== (after.description ?? '')) {
    ctx.report('request-body-description-changed', { ...at, base: before.description, revision: after.description });
  }
  const { both, removed, added } = pairBy(before.content, after.content, (c) => c.mediaType.toLowerCase());
  for (const c of removed) ctx.report('request-media-type-removed', { ...at, basePointer: c.pointer, base: c.mediaType });
  for (const c of added) ctx.report('request-media-type-added', { ...at, revisionPointer: c.pointer, revision: c.mediaType });
  compareMediaSchemas(ctx, operation, 'request', both, (mediaType) => (mediaType ? `the ${mediaType} request body` : 'the request body'), at);
}
