import type { DiffContext } from '../context.js';
import { pairBy } from '../pairing.js';

/** Title, description and the tag list: prose, all info. `info.version` is judged in version.ts. */
export function compareMetadata(ctx: DiffContext): void {
  const b = ctx.base.api;
  const r = ctx.revision.api;
  if (b.title !== r.title) ctx.report('api-title-changed', { basePointer: '/info/title', revisionPointer: '/info/title', base: b.title, revision: r.title });
  if ((b.description ?? '') !== (r.description ?? '')) {
    ctx.report('api-description-changed', { basePointer: '/info/description', revisionPointer: '/info/description', base: b.description, revision: r.description });
  }
  const { both, removed, added } = pairBy(b.tags, r.tags, (t) => t.name);
  for (const t of removed) ctx.report('tag-removed', { basePointer: `/tags/${b.tags.indexOf(t)}`, base: t.name });
  for (const t of added) ctx.report('tag-added', { revisionPointer: `/tags/${r.tags.indexOf(t)}`, revision: t.name });
  for (const [before, after] of both) {
    if ((before.description ?? '') !== (after.description ?? '')) {
      ctx.report('tag-description-changed', {
        subject: `\`${after.name}\``,
        basePointer: `/tags/${b.tags.indexOf(before)}/description`,
        revisionPointer: `/tags/${r.tags.indexOf(after)}/description`,
        base: before.description,
        revision: after.description,
      });
    }
  }
}
