import type { Operation, Response } from '../../model/types.js';
import { operationName, type DiffContext } from '../context.js';
import { pairBy } from '../pairing.js';
import { compareMediaSchemas } from './media.js';
import { compareSchema } from './schemas.js';

const success = (status: string) => /^2/.test(status);

/**
 * Responses pair by status (`2XX` and `2xx` are one); media types by name; headers by name,
 * case-insensitively. Bodies and headers are compared in the response direction, where widening
 * is what breaks clients.
 */
export function compareResponses(ctx: DiffContext, base: Operation, revision: Operation): void {
  const operation = operationName(revision);
  const { both, removed, added } = pairBy(base.responses, revision.responses, (r) => r.status.toUpperCase());
  for (const r of removed) {
    ctx.report(success(r.status) ? 'response-success-status-removed' : 'response-status-removed', { operation, basePointer: r.pointer, base: r.status });
  }
  for (const r of added) {
    ctx.report(success(r.status) ? 'response-success-status-added' : 'response-status-added', { operation, revisionPointer: r.pointer, revision: r.status });
  }
  for (const [b, r] of both) compareResponse(ctx, operation, b, r);
}

function compareResponse(ctx: DiffContext, operation: string, base: Response, revision: Response): void {
  const at = { operation, subject: `${operation} (${revision.status})`, basePointer: base.pointer, revisionPointer: revision.pointer };
  if ((base.description ?? '') !== (revision.description ?? '')) {
    ctx.report('response-description-changed', { ...at, subject: `the ${revision.status} response of ${operation}`, base: base.description, revision: revision.description });
  }
  const media = pairBy(base.content, revision.content, (c) => c.mediaType.toLowerCase());
  for (const c of media.removed) ctx.report('response-media-type-removed', { ...at, basePointer: c.pointer, base: c.mediaType });
  for (const c of media.added) ctx.report('response-media-type-added', { ...at, revisionPointer: c.pointer, revision: c.mediaType });
  const body = (mediaType: string | undefined) => `the ${revision.status} ${mediaType ? `${mediaType} ` : ''}response body`;
  compareMediaSchemas(ctx, operation, 'response', media.both, body, {});
  const headers = pairBy(base.headers, revision.headers, (h) => h.name.toLowerCase());
  const headerAt = (name: string, side: Response) => `${side.pointer ?? ''}/headers/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  for (const h of headers.removed) ctx.report('response-header-removed', { ...at, basePointer: headerAt(h.name, base), base: h.name });
  for (const h of headers.added) ctx.report('response-header-added', { ...at, revisionPointer: headerAt(h.name, revision), revision: h.name });
  for (const [b, r] of headers.both) {
    compareSchema(
      {
        ctx,
        operation,
        direction: 'response',
        root: `header \`${r.name}\` of the ${revision.status} response`,
        path: '',
        basePointer: `${headerAt(b.name, base)}/schema`,
        revisionPointer: `${headerAt(r.name, revision)}/schema`,
        visited: new Set(),
      },
      b.schema,
      r.schema,
    );
  }
}
