/**
 * The corpus report: counts, every rejection, crash and timeout with its reason, every package
 * that did not compile, the drift from the known-rejections list, and time per spec. Written as
 * report.json (for the test and for scripts) and report.md (for people).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RejectionDrift } from './known.js';
import type { SpecResult } from './outcome.js';
import type { CorpusRun } from './run.js';

export interface Counts {
  readonly specs: number;
  readonly generated: number;
  readonly compiled: number;
  readonly notCompiled: number;
  readonly rejected: number;
  readonly crashed: number;
  readonly timedOut: number;
}

export interface CorpusReport {
  readonly counts: Counts;
  readonly generateSeconds: number;
  readonly typecheckSeconds: number;
  readonly typecheckBatches: CorpusRun['typecheck'];
  readonly drift: RejectionDrift;
  readonly compileErrors: CorpusRun['compileErrors'];
  /** Every spec, in run order, with its outcome, reason and timings. */
  readonly specs: readonly SpecResult[];
}

export function countsOf(run: CorpusRun): Counts {
  const count = (outcome: SpecResult['outcome']): number => run.results.filter((r) => r.outcome === outcome).length;
  const notCompiled = Object.keys(run.compileErrors).length;
  return {
    specs: run.results.length,
    generated: count('generated'),
    compiled: count('generated') - notCompiled,
    notCompiled,
    rejected: count('rejected'),
    crashed: count('crashed'),
    timedOut: count('timed-out'),
  };
}

export function reportOf(run: CorpusRun): CorpusReport {
  return {
    counts: countsOf(run),
    generateSeconds: run.generateMs / 1000,
    typecheckSeconds: run.typecheckMs / 1000,
    typecheckBatches: run.typecheck,
    drift: run.drift,
    compileErrors: run.compileErrors,
    specs: run.results,
  };
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '' : (ms / 1000).toFixed(2);
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

export function markdownOf(report: CorpusReport): string {
  const { counts } = report;
  const lines = [
    '# sdkgen corpus run',
    '',
    `${counts.specs} specs: ${counts.generated} generated (all four targets), ${counts.compiled} of their TypeScript packages compiled, ${counts.notCompiled} did not; ${counts.rejected} rejected, ${counts.crashed} crashed, ${counts.timedOut} timed out.`,
    `Generating took ${report.generateSeconds.toFixed(0)} s, type-checking ${report.typecheckSeconds.toFixed(0)} s in ${report.typecheckBatches.length} tsc runs.`,
    '',
  ];
  const problems = report.specs.filter((r) => r.outcome === 'crashed' || r.outcome === 'timed-out');
  if (problems.length > 0) lines.push('## Crashed or timed out', '', ...problems.map((r) => `- ${r.id} (${r.outcome}): ${r.reason ?? ''}`), '');
  const broken = Object.entries(report.compileErrors);
  if (broken.length > 0) lines.push('## Did not compile', '', ...broken.map(([id, errors]) => `- ${id}: ${errors[0] ?? ''}`), '');
  const { added, passing, changed } = report.drift;
  if (added.length + passing.length + changed.length > 0) {
    lines.push('## Differences from test/corpus/known-rejections.json', '');
    lines.push(...added.map((a) => `- new rejection: ${a.id}: ${a.reason}`));
    lines.push(...passing.map((id) => `- listed, now generated: ${id}`));
    lines.push(...changed.map((c) => `- listed for another reason: ${c.id}: now ${c.now}`), '');
  }
  const rejected = report.specs.filter((r) => r.outcome === 'rejected');
  if (rejected.length > 0) lines.push('## Rejected', '', '| spec | reason |', '| --- | --- |', ...rejected.map((r) => `| ${cell(r.id)} | ${cell(r.reason ?? '')} |`), '');
  lines.push('## Time per spec (seconds, slowest first)', '', '| spec | KB | operations | load | go | python | rust | typescript | total |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of [...report.specs].sort((a, b) => b.totalMs - a.totalMs)) {
    const emit = (target: string): string => seconds(r.targets?.find((t) => t.target === target)?.ms);
    lines.push(`| ${cell(r.id)} | ${Math.round(r.bytes / 1024)} | ${r.operations ?? ''} | ${seconds(r.loadMs)} | ${emit('go')} | ${emit('python')} | ${emit('rust')} | ${emit('typescript')} | ${seconds(r.totalMs)} |`);
  }
  return `${lines.join('\n')}\n`;
}

export function writeReport(folder: string, report: CorpusReport): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(folder, 'report.md'), markdownOf(report));
}
