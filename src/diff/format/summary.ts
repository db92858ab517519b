import { allFindings, countByLevel, type DiffReport } from '../report.js';

/** "2 breaking, 1 warning, 5 other changes; implies a major version bump (1.4.2 → 2.0.0)". */
export function summaryLine(report: DiffReport): string {
  const all = allFindings(report);
  const moved = report.specs.filter((s) => s.status !== 'compared');
  if (all.length === 0 && moved.length === 0) return 'No API changes';
  const counts = countByLevel(all);
  const parts = [`${counts.breaking} breaking`, `${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}`, `${counts.info} other ${counts.info === 1 ? 'change' : 'changes'}`];
  for (const s of moved) parts.push(`spec ${s.name} ${s.status}`);
  const version = report.version ? ` (${report.version.current} → ${report.version.next ?? 'not semver'})` : '';
  return `${parts.join(', ')}; implies a ${report.bump} version bump${version}`;
}
