import type { TargetConfig } from '../config/index.js';
import type { Api } from '../model/types.js';
import { compareApis } from './compare.js';
import { docDiffs, type DocDiff } from './docs.js';
import { applyTuning, type DiffTuning, type Ignored } from './tuning.js';
import type { Bump, Finding, Level } from './types.js';
import { checkSpecVersion, impliedBump, nextVersion, type VersionCheck } from './version.js';

/** One spec's part of the report. */
export interface SpecReport {
  /** The config's spec name, or the revision file as given. */
  readonly name: string;
  /** compared; or added / removed when the spec exists on one side only. */
  readonly status: 'compared' | 'added' | 'removed';
  readonly findings: readonly Finding[];
  readonly ignored: readonly Ignored[];
  readonly bump: Bump;
  /** The spec's own info.version judged against the changes (compared specs only). */
  readonly specVersion?: VersionCheck | undefined;
  /** The package version the changes lead to, given a current one. */
  readonly version?: { readonly current: string; readonly next: string | undefined } | undefined;
  /** Schema violations tolerated while loading either side. */
  readonly warnings: readonly string[];
  readonly docs: readonly DocDiff[];
}

export interface DiffReport {
  readonly specs: readonly SpecReport[];
  readonly bump: Bump;
  readonly version?: { readonly current: string; readonly next: string | undefined } | undefined;
}

export interface SpecInput {
  readonly name: string;
  readonly base: Api | undefined;
  readonly revision: Api | undefined;
  readonly targets: readonly TargetConfig[];
  readonly currentVersion?: string | undefined;
  readonly warnings: readonly string[];
}

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export async function specReport(input: SpecInput, tuning: DiffTuning, withDocs: boolean): Promise<SpecReport> {
  const { base, revision } = input;
  const status = base && revision ? 'compared' : base ? 'removed' : 'added';
  // A whole spec added is an addition; removed, every operation of it is gone.
  const raw = base && revision ? compareApis(base, revision) : [];
  const { findings, ignored } = applyTuning(raw, tuning);
  const bump: Bump = status === 'removed' ? 'major' : status === 'added' ? 'minor' : impliedBump(findings);
  const docs = withDocs ? await docDiffs(input.name, base, revision, input.targets) : [];
  return {
    name: input.name,
    status,
    findings,
    ignored,
    bump,
    specVersion: base && revision ? checkSpecVersion(base.version, revision.version, bump) : undefined,
    version: input.currentVersion === undefined ? undefined : { current: input.currentVersion, next: nextVersion(input.currentVersion, bump) },
    warnings: input.warnings,
    docs,
  };
}

export function overallBump(specs: readonly SpecReport[]): Bump {
  return specs.reduce<Bump>((max, s) => (RANK[s.bump] > RANK[max] ? s.bump : max), 'none');
}

export function countByLevel(findings: readonly Finding[]): Record<Level, number> {
  const counts: Record<Level, number> = { breaking: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.level]++;
  return counts;
}

export function allFindings(report: DiffReport): Finding[] {
  return report.specs.flatMap((s) => s.findings);
}
