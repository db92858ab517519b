import type { Operation, SecurityRequirement, SecurityScheme } from '../../model/types.js';
import { operationName, type DiffContext } from '../context.js';
import { pairBy } from '../pairing.js';

const alternativeKey = (r: SecurityRequirement) => r.schemes.map((s) => s.name).sort().join(' + ');

/**
 * An operation's effective security: each requirement is one way to authenticate (schemes used
 * together). Ways pair by the set of schemes they combine; scopes compare as sets.
 */
export function compareOperationSecurity(ctx: DiffContext, base: Operation, revision: Operation): void {
  const at = { operation: operationName(revision), basePointer: base.pointer, revisionPointer: revision.pointer };
  const open = (list: readonly SecurityRequirement[]) => list.length === 0 || list.some((r) => r.schemes.length === 0);
  const names = (list: readonly SecurityRequirement[]) => list.map(alternativeKey).filter((k) => k !== '').join(' or ');
  if (open(base.security) && !open(revision.security)) return ctx.report('security-added', { ...at, revision: names(revision.security) });
  if (!open(base.security) && open(revision.security)) return ctx.report('security-removed', { ...at, base: names(base.security) });
  const { both, removed, added } = pairBy(base.security, revision.security, alternativeKey);
  for (const r of removed) ctx.report('security-alternative-removed', { ...at, base: alternativeKey(r) });
  for (const r of added) ctx.report('security-alternative-added', { ...at, revision: alternativeKey(r) });
  for (const [b, r] of both) {
    for (const scheme of b.schemes) {
      const other = r.schemes.find((s) => s.name === scheme.name);
      if (!other) continue;
      for (const scope of other.scopes) if (!scheme.scopes.includes(scope)) ctx.report('security-scope-added', { ...at, revision: `${scheme.name}: ${scope}` });
      for (const scope of scheme.scopes) if (!other.scopes.includes(scope)) ctx.report('security-scope-removed', { ...at, base: `${scheme.name}: ${scope}` });
    }
  }
}

/** The security schemes themselves: what credentials look like and where they go. */
export function compareSecuritySchemes(ctx: DiffContext): void {
  const pointerOf = (dialect: string, name: string) =>
    `${dialect === 'swagger-2.0' ? '/securityDefinitions' : '/components/securitySchemes'}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  const b = ctx.base.api;
  const r = ctx.revision.api;
  const { both, removed, added } = pairBy(b.securitySchemes, r.securitySchemes, (s) => s.name);
  for (const s of removed) ctx.report('security-scheme-removed', { basePointer: pointerOf(b.dialect, s.name), base: s.name });
  for (const s of added) ctx.report('security-scheme-added', { revisionPointer: pointerOf(r.dialect, s.name), revision: s.name });
  for (const [before, after] of both) {
    const at = { subject: `\`${after.name}\``, basePointer: pointerOf(b.dialect, before.name), revisionPointer: pointerOf(r.dialect, after.name) };
    if (before.type !== after.type) {
      ctx.report('security-scheme-type-changed', { ...at, base: before.type, revision: after.type });
      continue;
    }
    if (wire(before) !== wire(after)) ctx.report('security-scheme-changed', { ...at, base: wire(before), revision: wire(after) });
    if (before.type === 'oauth2' && after.type === 'oauth2') {
      for (const scope of before.scopes) if (!after.scopes.includes(scope)) ctx.report('security-scheme-scope-removed', { ...at, base: scope });
      for (const scope of after.scopes) if (!before.scopes.includes(scope)) ctx.report('security-scheme-scope-added', { ...at, revision: scope });
    }
  }
}

/** How a client presents credentials for a scheme, in words (descriptions aside). */
function wire(scheme: SecurityScheme): string {
  switch (scheme.type) {
    case 'http': return `http ${scheme.scheme}`;
    case 'apiKey': return `apiKey ${scheme.paramName} in ${scheme.in}`;
    case 'oauth2': return `oauth2 ${[...scheme.flows].sort().join(', ')}`;
    case 'openIdConnect': return `openIdConnect ${scheme.url}`;
  }
}
