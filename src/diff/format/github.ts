import type { DiffReport } from '../report.js';
import type { Level } from '../types.js';
import { summaryLine } from './summary.js';

const COMMAND: Record<Level, string> = { breaking: 'error', warning: 'warning', info: 'notice' };

/** Workflow commands take their data and properties %-encoded (actions/toolkit's rules). */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * `--format github`: one workflow annotation per finding (`::error`, `::warning`, `::notice`),
 * on the spec file when it is known, so a pull request shows them beside its checks.
 */
export function formatGithub(report: DiffReport, files: ReadonlyMap<string, string>): string {
  const lines: string[] = [];
  for (const spec of report.specs) {
    const file = files.get(spec.name);
    for (const f of spec.findings) {
      const props = [file ? `file=${property(file)}` : '', `title=${property(`${f.id}${f.operation ? ` (${f.operation})` : ''}`)}`].filter(Boolean).join(',');
      lines.push(`::${COMMAND[f.level]} ${props}::${data(f.message)}`);
    }
    if (spec.specVersion && !spec.specVersion.ok) lines.push(`::warning ${file ? `file=${property(file)},` : ''}title=info.version::${data(spec.specVersion.message)}`);
  }
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}
