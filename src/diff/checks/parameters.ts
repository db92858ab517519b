import type { Operation, Parameter } from '../../model/types.js';
import { operationName, type DiffContext } from '../context.js';
import { pairBy, parameterKey, pathVariables } from '../pairing.js';
import { compareSchema } from './schemas.js';
import { withoutExtensions } from '../../model/extensions.js';

/**
 * Parameters pair by place and name; path parameters by their position in the path template, so
 * `{id}` → `{petId}` is a rename. A parameter that left one place and appeared in another under
 * the same name moved; one removed and one added in the same place with the same type, renamed.
 */
export function compareParameters(ctx: DiffContext, base: Operation, revision: Operation): void {
  const operation = operationName(revision);
  const key = (op: Operation) => (p: Parameter) => {
    const index = p.in === 'path' ? pathVariables(op.path).indexOf(p.name) : -1;
    return index >= 0 ? `path:#${index}` : parameterKey(p);
  };
  const keyed = (op: Operation) => op.parameters.map((p) => ({ p, key: key(op)(p) }));
  const { both, removed, added } = pairBy(keyed(base), keyed(revision), (e) => e.key);
  const described = (p: Parameter) => `${p.in} parameter \`${p.name}\``;
  const left = removed.map((e) => e.p);
  const right = added.map((e) => e.p);
  for (const p of [...left]) {
    const moved = right.find((q) => q.name.toLowerCase() === p.name.toLowerCase() && q.in !== p.in);
    const renamed = moved ?? right.find((q) => q.in === p.in && JSON.stringify(q.schema, withoutExtensions) === JSON.stringify(p.schema, withoutExtensions));
    if (!renamed) continue;
    left.splice(left.indexOf(p), 1);
    right.splice(right.indexOf(renamed), 1);
    const at = { operation, subject: described(p), basePointer: p.pointer, revisionPointer: renamed.pointer };
    if (moved) ctx.report('parameter-moved', { ...at, base: p.in, revision: renamed.in });
    else ctx.report('parameter-renamed', { ...at, base: p.name, revision: renamed.name });
    compareParameter(ctx, operation, p, renamed);
  }
  for (const p of left) ctx.report('parameter-removed', { operation, subject: described(p), basePointer: p.pointer, base: p.name });
  for (const p of right) {
    ctx.report(p.required ? 'parameter-added-required' : 'parameter-added', { operation, subject: described(p), revisionPointer: p.pointer, revision: p.name });
  }
  for (const [b, r] of both) {
    if (b.p.name !== r.p.name) {
      ctx.report('parameter-renamed', { operation, subject: described(b.p), basePointer: b.p.pointer, revisionPointer: r.p.pointer, base: b.p.name, revision: r.p.name });
    }
    compareParameter(ctx, operation, b.p, r.p);
  }
}

function compareParameter(ctx: DiffContext, operation: string, base: Parameter, revision: Parameter): void {
  const at = { operation, subject: `${revision.in} parameter \`${revision.name}\``, basePointer: base.pointer, revisionPointer: revision.pointer };
  if (!base.required && revision.required) ctx.report('parameter-became-required', { ...at, base: false, revision: true });
  if (base.required && !revision.required) ctx.report('parameter-became-optional', { ...at, base: true, revision: false });
  // Style and explode only matter where both sides serialize the same way (same place).
  if (base.in === revision.in) {
    if (base.style !== revision.style) ctx.report('parameter-style-changed', { ...at, base: base.style, revision: revision.style });
    if (base.explode !== revision.explode) ctx.report('parameter-explode-changed', { ...at, base: base.explode, revision: revision.explode });
    if (base.allowReserved !== revision.allowReserved) {
      ctx.report('parameter-allow-reserved-changed', { ...at, base: base.allowReserved, revision: revision.allowReserved });
    }
  }
  if (!base.deprecated && revision.deprecated) ctx.report('parameter-deprecated', { ...at, base: false, revision: true });
  if (base.deprecated && !revision.deprecated) ctx.report('parameter-deprecation-removed', { ...at, base: true, revision: false });
  if ((base.description ?? '') !== (revision.description ?? '')) {
    ctx.report('parameter-description-changed', { ...at, base: base.description, revision: revision.description });
  }
  compareSchema(
    {
      ctx,
      operation,
      direction: 'request',
      root: at.subject,
      path: '',
      basePointer: `${base.pointer ?? ''}/schema`,
      revisionPointer: `${revision.pointer ?? ''}/schema`,
      visited: new Set(),
    },
    base.schema,
    revision.schema,
  );
}
