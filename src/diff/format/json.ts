import { allFindings, countByLevel, type DiffReport } from '../report.js';

/**
 * `--format json`: the contract for machines, described by schemas/diff-report.schema.json.
 * `changes` lists every finding of every spec (with its spec's name); the rest summarises.
 */
export function formatJson(report: DiffReport): string {
  const changes = report.specs.flatMap((s) =>
    s.findings.map((f) => ({
      id: f.id,
      level: f.level,
      operation: f.operation,
      basePointer: f.basePointer,
      revisionPointer: f.revisionPointer,
      base: f.base,
      revision: f.revision,
      message: f.message,
      spec: s.name,
    })),
  );
  const body = {
    changes,
    bump: report.bump,
    counts: countByLevel(allFindings(report)),
    currentVersion: report.version?.current ?? null,
    nextVersion: report.version?.next ?? null,
    specs: report.specs.map((s) => ({
      name: s.name,
      status: s.status,
      bump: s.bump,
      counts: countByLevel(s.findings),
      specVersion: s.specVersion ? { base: s.specVersion.base, revision: s.specVersion.revision, needed: s.specVersion.needed, ok: s.specVersion.ok, message: s.specVersion.message } : null,
      currentVersion: s.version?.current ?? null,
      nextVersion: s.version?.next ?? null,
      ignored: s.ignored.map((i) => ({ id: i.finding.id, level: i.finding.level, operation: i.finding.operation, message: i.finding.message, reason: i.reason })),
      warnings: [...s.warnings],
      docs: s.docs.map((d) => ({ target: d.target, path: d.path, added: d.added, removed: d.removed })),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
