import type { DiffContext } from '../context.js';
import { pairBy } from '../pairing.js';
import { withoutTrailingSlashes } from '../../model/url.js';

/** Servers by URL (variables at their defaults); the first is what generated clients call. */
export function compareServers(ctx: DiffContext): void {
  const b = ctx.base.api;
  const r = ctx.revision.api;
  // Swagger 2.0 has one server built from host and basePath: its pointer is the document root.
  const at = (dialect: string, i: number) => (dialect === 'swagger-2.0' ? '' : `/servers/${i}`);
  const { removed, added } = pairBy(b.servers, r.servers, (s) => withoutTrailingSlashes(s.url));
  for (const s of removed) ctx.report('server-removed', { basePointer: at(b.dialect, b.servers.indexOf(s)), base: s.url });
  for (const s of added) ctx.report('server-added', { revisionPointer: at(r.dialect, r.servers.indexOf(s)), revision: s.url });
  if (b.baseUrl !== r.baseUrl) ctx.report('default-server-changed', { basePointer: at(b.dialect, 0), revisionPointer: at(r.dialect, 0), base: b.baseUrl, revision: r.baseUrl });
}
