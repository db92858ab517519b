import { escapeControls } from '../../cli/report.js';
import type { DiffReport } from '../report.js';
import { LEVELS, type Level } from '../types.js';
import { summaryLine } from './summary.js';
import { valueText } from './values.js';

const COLOURS: Record<Level, string> = { breaking: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const RESET = '\u001b[0m';

/**
 * `--format text`, for terminals: one line per finding, grouped by level. Colour only when
 * writing to a terminal (and NO_COLOR is unset); spec text is escaped so it cannot colour anything.
 */
export function formatText(report: DiffReport, colour: boolean): string {
  const paint = (level: Level, text: string) => (colour ? `${COLOURS[level]}${text}${RESET}` : text);
  const lines: string[] = [];
  for (const spec of report.specs) {
    if (report.specs.length > 1 || spec.status !== 'compared') lines.push(escapeControls(`${spec.name}: ${spec.status}`));
    for (const level of LEVELS) {
      for (const f of spec.findings.filter((x) => x.level === level)) {
        const values = f.base !== null || f.revision !== null ? ` [${valueText(f.base) || '-'} → ${valueText(f.revision) || '-'}]` : '';
        lines.push(`${paint(level, level.padEnd(8))} ${escapeControls(`${f.id}  ${f.operation ?? ''}${f.operation ? ': ' : ''}${f.message}${values}`)}`);
      }
    }
    for (const i of spec.ignored) lines.push(`ignored  ${escapeControls(`${i.finding.id}  ${i.finding.operation ?? ''} (${i.reason})`)}`);
    if (spec.specVersion && !spec.specVersion.ok) lines.push(`${paint('warning', 'version ')} ${escapeControls(spec.specVersion.message)}`);
  }
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}
