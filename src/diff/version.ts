import semver from 'semver';
import type { Bump, Finding } from './types.js';

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** Prose only: the API does not change, its docs do. */
const DOC_ONLY = /(^|-)(description|summary|title)-changed$/;

/**
 * The semver bump a set of findings implies: major for anything breaking, minor for a warning
 * (deprecations, sunsets: semver's "deprecate in a minor") or an addition, patch when only prose
 * changed, none without findings.
 */
export function impliedBump(findings: readonly Finding[]): Bump {
  let bump: Bump = 'none';
  for (const f of findings) {
    const here: Bump = f.level === 'breaking' ? 'major' : f.level === 'warning' || !DOC_ONLY.test(f.id) ? 'minor' : 'patch';
    if (RANK[here] > RANK[bump]) bump = here;
  }
  return bump;
}

/**
 * Before 1.0.0 a breaking change bumps the minor version and anything else the patch version
 * (0.3.1 → 0.4.0 / 0.3.2): npm's and Cargo's caret ranges treat 0.x minors as incompatible, so
 * this is what keeps users of `^0.3.1` safe. The README says so.
 */
export function effectiveBump(current: string, bump: Bump): Bump {
  const parsed = semver.parse(current);
  if (!parsed || parsed.major > 0 || bump === 'none') return bump;
  return bump === 'major' ? 'minor' : 'patch';
}

/** The version after `current` for the bump, or undefined when `current` is not semver. */
export function nextVersion(current: string, bump: Bump): string | undefined {
  if (!semver.valid(current)) return undefined;
  const effective = effectiveBump(current, bump);
  return effective === 'none' ? semver.clean(current)! : (semver.inc(current, effective) ?? undefined);
}

export interface VersionCheck {
  readonly base: string;
  readonly revision: string;
  /** How far info.version moved: none, patch, minor or major; undefined when either is not semver. */
  readonly moved: Bump | undefined;
  /** How far it had to move given the findings (0.x rule applied). */
  readonly needed: Bump;
  /** False when it moved less than needed, or backwards. */
  readonly ok: boolean;
  readonly message: string;
}

/** Judges the spec's own `info.version` against the changes. */
export function checkSpecVersion(base: string, revision: string, bump: Bump): VersionCheck {
  const needed = semver.valid(base) ? effectiveBump(base, bump) : bump;
  if (!semver.valid(base) || !semver.valid(revision)) {
    const ok = needed === 'none' || base !== revision;
    const message = ok
      ? `info.version ${base} → ${revision} is not semver; not judged`
      : `info.version stayed ${base} although the changes imply a ${needed} bump`;
    return { base, revision, moved: undefined, needed, ok, message };
  }
  if (semver.lt(revision, base)) {
    return { base, revision, moved: undefined, needed, ok: false, message: `info.version went backwards, ${base} → ${revision}` };
  }
  const diff = semver.diff(base, revision);
  const moved: Bump = diff === null ? 'none' : diff.includes('major') ? 'major' : diff.includes('minor') ? 'minor' : 'patch';
  const ok = RANK[moved] >= RANK[needed];
  const message = ok
    ? `info.version ${base} → ${revision} covers the ${needed} changes`
    : moved === 'none'
      ? `info.version stayed ${base} although the changes imply a ${needed} bump`
      : `info.version ${base} → ${revision} is a ${moved} bump, but the changes imply ${needed}`;
  return { base, revision, moved, needed, ok, message };
}
