import { codeSpan, fenceFor, literal } from '../../emit/typescript/docs/markdown.js';
import type { DocDiff } from '../docs.js';
import type { DiffReport, SpecReport } from '../report.js';
import type { Finding, Level } from '../types.js';
import { summaryLine } from './summary.js';
import { valueText } from './values.js';

/** The hidden line the workflow finds its own comment by. */
export const COMMENT_MARKER = '<!-- sdkgen-api-diff -->';

/** GitHub refuses comments over 65,536 characters; keep room for the notes we add. */
export const COMMENT_LIMIT = 65_536;
const TABLE_BUDGET = 40_000;
const FILE_BUDGET = 12_000;

const SECTIONS: [Level, string][] = [
  ['breaking', 'Breaking'],
  ['warning', 'Warnings'],
  ['info', 'Other changes'],
];

/**
 * `--format markdown`: one pull-request comment. A summary line, then per spec the Breaking,
 * Warnings and Other changes tables, the ignored findings with their reasons, the spec's version
 * check, and each generated doc file's diff in a collapsed block. Everything fits in one GitHub
 * comment: long tables and diffs are cut with a note saying how much was left out.
 */
export function formatMarkdown(report: DiffReport, limit: number = COMMENT_LIMIT): string {
  const head = [COMMENT_MARKER, '## API changes', '', `**${literal(summaryLine(report))}**`, ''];
  const tables: string[] = [];
  let tableRoom = Math.min(TABLE_BUDGET, limit / 2);
  for (const spec of report.specs) {
    const part = specTables(spec, report.specs.length > 1, tableRoom);
    tableRoom -= part.length;
    tables.push(part);
  }
  const out = [...head, ...tables].join('\n');
  let room = limit - out.length - 200;
  const docs: string[] = [];
  const all = report.specs.flatMap((s) => s.docs);
  if (all.length > 0) docs.push('### Generated docs', '');
  let shown = 0;
  for (const diff of all) {
    const block = docBlock(diff, Math.min(FILE_BUDGET, room - 300));
    if (block === undefined || block.length > room) break;
    docs.push(block);
    room -= block.length + 1;
    shown++;
  }
  if (shown < all.length) docs.push(`_${all.length - shown} more changed doc files left out to fit one comment._`, '');
  return `${[out, ...docs].join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function specTables(spec: SpecReport, named: boolean, room: number): string {
  const lines: string[] = [];
  if (named || spec.status !== 'compared') lines.push(`### ${literal(spec.name)}${spec.status === 'compared' ? '' : ` (${spec.status})`}`, '');
  for (const w of spec.warnings) lines.push(`> [!NOTE]`, `> ${literal(w)}`, '');
  if (spec.specVersion && !spec.specVersion.ok) lines.push('> [!WARNING]', `> ${literal(spec.specVersion.message)}`, '');
  for (const [level, title] of SECTIONS) {
    const rows = spec.findings.filter((f) => f.level === level);
    if (rows.length === 0) continue;
    lines.push(`#### ${title} (${rows.length})`, '', '| operation | what changed | base | revision |', '| --- | --- | --- | --- |');
    let used = lines.join('\n').length;
    let kept = 0;
    for (const f of rows) {
      const row = findingRow(f);
      if (used + row.length > room) break;
      lines.push(row);
      used += row.length + 1;
      kept++;
    }
    if (kept < rows.length) lines.push('', `_${rows.length - kept} more ${title.toLowerCase()} rows left out to fit one comment; run \`sdkgen diff --format text\` for all._`);
    lines.push('');
  }
  if (spec.ignored.length > 0) {
    lines.push(`#### Ignored (${spec.ignored.length})`, '', '| check | operation | reason |', '| --- | --- | --- |');
    for (const i of spec.ignored) lines.push(`| ${cell(codeSpan(i.finding.id))} | ${cell(i.finding.operation ? codeSpan(i.finding.operation) : '')} | ${cell(literal(i.reason))} |`);
    lines.push('');
  }
  return lines.join('\n');
}

function findingRow(f: Finding): string {
  const what = `${message(f.message)} <sub>${codeSpan(f.id)}</sub>`;
  return `| ${cell(f.operation ? codeSpan(f.operation) : '')} | ${cell(what)} | ${cell(value(f.base))} | ${cell(value(f.revision))} |`;
}

/** Messages hold spec text in backticks (context.ts `shown`): code spans stay code spans, the rest is literal. */
function message(text: string): string {
  return text.split(/(`[^`]*`)/).map((part) => (/^`[^`]*`$/.test(part) ? codeSpan(part.slice(1, -1)) : literal(part))).join('');
}

function value(v: unknown): string {
  const text = valueText(v);
  return text === '' ? '' : codeSpan(text);
}

/** A `|` ends a table cell even inside a code span unless it is backslash-escaped. */
function cell(text: string): string {
  return text.replace(/(?<!\\)\|/g, '\\|');
}

function docBlock(diff: DocDiff, room: number): string | undefined {
  if (room < 500) return undefined;
  let patch = diff.patch;
  let note = '';
  if (patch.length > room) {
    const cut = patch.lastIndexOf('\n', room);
    const left = patch.slice(cut + 1);
    note = `\n_${left.split('\n').length - 1} more diff lines (${left.length} characters) left out._\n`;
    patch = patch.slice(0, cut + 1);
  }
  const fence = fenceFor(patch);
  const summary = `${literal(diff.path)} (+${diff.added} −${diff.removed})`;
  return ['<details>', `<summary>${summary}</summary>`, '', `${fence}diff`, patch.trimEnd(), fence, note, '</details>', ''].join('\n');
}
