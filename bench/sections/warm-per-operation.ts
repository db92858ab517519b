/**
 * The pipeline's time per operation once its code is warm, beside its first (cold) run, on the
 * synthetic specs of 100, 1,000 and 10,000 operations: load (read, validate, model) and the
 * TypeScript emit in one process, nothing written (peers/warm-runs.ts, one child process per spec).
 *
 * Why: the speed bar's "time per operation within 2× from 100 to 10,000" is read from whole runs
 * less the start-up, so at 100 operations it is mostly the first run of code V8 has not compiled
 * or optimised yet. This shows what grows with the spec: if the warm time per operation stays
 * within 2× from 100 to 10,000, nothing in the pipeline grows faster than the spec.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from '../peers/measure.js';
import { BENCH_SPECS } from '../peers/specs.js';
import { ROOT } from '../dist.js';
import type { Section } from '../section.js';

/** Runs per spec: enough that each warm run follows at least 20,000 operations of warm-up. */
const RUNS: Readonly<Record<string, number>> = { 'synthetic-100': 300, 'synthetic-1000': 30, 'synthetic-10000': 5 };

interface Run {
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly operations: number;
}

function runs(spec: string, count: number): Run[] {
  const script = join(ROOT, '.bench-build', 'bench', 'peers', 'warm-runs.js');
  const out = execFileSync(process.execPath, [script, spec, String(count)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return out.trim().split('\n').map((line) => JSON.parse(line) as Run);
}

export const section: Section = {
  title: 'Time per operation, cold and warm (load and TypeScript emit in one process)',
  run() {
    const measured = Object.entries(RUNS).map(([name, count]) => {
      const spec = BENCH_SPECS.find((s) => s.name === name)!;
      const all = runs(spec.path(), count);
      // The later half only: the first runs of a small spec are still warming up.
      const warm = all.slice(Math.ceil(all.length / 2));
      const operations = all[0]!.operations;
      return { name, operations, runs: all.length, coldCpu: all[0]!.cpuMs, warmCpu: median(warm.map((r) => r.cpuMs)), warmWall: median(warm.map((r) => r.wallMs)) };
    });
    const perOp = (ms: number, operations: number): string => (ms / operations).toFixed(3);
    const warmPerOp = measured.map((m) => m.warmCpu / m.operations);
    const ratio = Math.max(...warmPerOp) / Math.min(...warmPerOp);
    return {
      columns: ['spec', 'operations', 'runs', 'first run CPU ms', 'warm CPU ms', 'warm wall ms', 'first run CPU ms/op', 'warm CPU ms/op'],
      rows: measured.map((m) => [m.name, String(m.operations), String(m.runs), m.coldCpu.toFixed(0), m.warmCpu.toFixed(0), m.warmWall.toFixed(0), perOp(m.coldCpu, m.operations), perOp(m.warmCpu, m.operations)]),
      note: `Warm: the median of the later half of the runs. Warm CPU per operation, highest ÷ lowest over the three specs: ×${ratio.toFixed(2)} (the speed bar asks for within ×2).`,
    };
  },
};
