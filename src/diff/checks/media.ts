import type { MediaContent } from '../../model/types.js';
import type { DiffContext } from '../context.js';
import { compareSchema } from './schemas.js';

/**
 * The schemas of the media types a body keeps, request or response. Specs list one schema under
 * several media types (json, text/json, ...): one change, said once; the body is named by its
 * media type only when its media types really differ.
 */
export function compareMediaSchemas(
  ctx: DiffContext,
  operation: string,
  direction: 'request' | 'response',
  pairs: readonly (readonly [MediaContent, MediaContent])[],
  body: (mediaType: string | undefined) => string,
  fallback: { readonly basePointer?: string | undefined; readonly revisionPointer?: string | undefined },
): void {
  const key = ([b, r]: readonly [MediaContent, MediaContent]) => JSON.stringify([b.schema, r.schema]);
  const several = new Set(pairs.map(key)).size > 1;
  const seen = new Set<string>();
  for (const pair of pairs) {
    if (seen.has(key(pair))) continue;
    seen.add(key(pair));
    const [b, r] = pair;
    compareSchema(
      {
        ctx,
        operation,
        direction,
        root: body(several ? r.mediaType : undefined),
        path: '',
        basePointer: b.pointer ?? fallback.basePointer ?? '',
        revisionPointer: r.pointer ?? fallback.revisionPointer ?? '',
        visited: new Set(),
      },
      b.schema,
      r.schema,
    );
  }
}
