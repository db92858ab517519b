/** bench/RESULTS.md from the measurements: one table per spec, the machine, the load seen. */
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { median, type Measurement } from './measure.js';
import { speedBar } from './speed-bar.js';
import { SDKGEN_ALL, SDKGEN_TS } from './tools.js';

export interface ToolRuns {
  readonly tool: string;
  readonly runs: Measurement[];
}

export interface SpecRuns {
  readonly spec: string;
  readonly source: string;
  readonly operations: number;
  readonly tools: ToolRuns[];
}

export interface Context {
  readonly started: Date;
  readonly runs: number;
  readonly timeoutS: number;
  readonly versions: ReadonlyMap<string, string>;
  /** The 1-minute load average before each process. */
  readonly loads: number[];
  /** `node` importing what the bin loads before a TypeScript run (V8's flags, the code cache, the pipeline, the target, yargs), and exiting: median wall and CPU ms. */
  readonly startup: { readonly wallMs: number; readonly cpuMs: number };
  /** Untimed runs of each sdkgen command on the petstore before the start-up was measured. */
  readonly warmUpRuns: number;
  /** BENCH_SDKGEN_ARGS: what was added to sdkgen's commands. */
  readonly sdkgenArgs: readonly string[];
}

const s = (ms: number): string => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : '–');

/** What happened: `ok`, `refused: <reason>`, `failed`, `timed out`. */
function outcome(runs: readonly Measurement[]): string {
  const last = runs.at(-1);
  if (last === undefined) return 'not run';
  if (last.timedOut) return 'timed out';
  if (last.code === 0) return `ok (${runs.length} runs)`;
  const reason = last.stderrTail.replace(/\|/g, '\\|').slice(0, 160);
  return last.code === 1 ? `refused: ${reason}` : `failed (exit ${last.code}): ${reason}`;
}

/** A tool's runs on a spec (none if it did not run there). */
export const runsOf = (spec: SpecRuns | undefined, tool: string): Measurement[] => spec?.tools.find((t) => t.tool === tool)?.runs ?? [];

const ok = (runs: readonly Measurement[]): Measurement[] => runs.filter((r) => r.code === 0 && !r.timedOut);
export const medianWall = (runs: readonly Measurement[]): number => (ok(runs).length > 0 ? median(ok(runs).map((r) => r.wallMs)) : NaN);
export const medianCpu = (runs: readonly Measurement[]): number => (ok(runs).length > 0 ? median(ok(runs).map((r) => r.cpuMs)) : NaN);
export const peak = (runs: readonly Measurement[]): number => (runs.length > 0 ? Math.max(...runs.map((r) => r.peakRssMb)) : NaN);
/** Whether `peak` is only a lower bound: the tool's last run was stopped at the time limit (it is not run again after). */
export const peakIsLowerBound = (runs: readonly Measurement[]): boolean => runs.at(-1)?.timedOut === true;
const peakText = (runs: readonly Measurement[]): string => (Number.isFinite(peak(runs)) ? `${peakIsLowerBound(runs) ? '≥ ' : ''}${peak(runs).toFixed(0)}` : '–');

function specTable(spec: SpecRuns): string[] {
  const sdkgen = runsOf(spec, SDKGEN_TS);
  const base = medianWall(sdkgen);
  const baseCpu = medianCpu(sdkgen);
  const ratio = (value: number, of: number): string => (Number.isFinite(value) && Number.isFinite(of) ? (value / of).toFixed(2) : '–');
  const rows = spec.tools.map((t) => {
    const wall = medianWall(t.runs);
    const cpu = medianCpu(t.runs);
    return `| ${t.tool} | ${outcome(t.runs)} | ${s(wall)} | ${s(cpu)} | ${peakText(t.runs)} | ${ratio(wall, base)} | ${ratio(cpu, baseCpu)} |`;
  });
  return [
    `### ${spec.spec} (${spec.operations.toLocaleString('en')} operations)`,
    '',
    `Source: ${spec.source}.`,
    '',
    '| tool | outcome | median wall s | median CPU s | peak RSS MB | wall ÷ sdkgen TS | CPU ÷ sdkgen TS |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ];
}

/** sdkgen's own time per operation over the synthetic specs, less the start-up time (wall and CPU alike). */
function perOperation(specs: readonly SpecRuns[], startup: Context['startup']): string[] {
  const synthetic = specs.filter((spec) => spec.spec.startsWith('synthetic-'));
  if (synthetic.length === 0) return [];
  const rows = synthetic.filter((spec) => spec.operations > 0).map((spec) => {
    const ts = runsOf(spec, SDKGEN_TS);
    const all = runsOf(spec, SDKGEN_ALL);
    const per = (ms: number, start: number): string => (Number.isFinite(ms) ? ((ms - start) / spec.operations).toFixed(2) : '–');
    const cells = (runs: Measurement[]): string =>
      `${s(medianWall(runs))} | ${per(medianWall(runs), startup.wallMs)} | ${s(medianCpu(runs))} | ${per(medianCpu(runs), startup.cpuMs)}`;
    return `| ${spec.spec} | ${cells(ts)} | ${cells(all)} |`;
  });
  return [
    '### sdkgen time per operation (synthetic specs)',
    '',
    `Milliseconds per operation after the start-up time (${s(startup.wallMs)} s wall, ${s(startup.cpuMs)} s CPU, see above) is taken off.`,
    '',
    '| spec | TypeScript wall s | ms/op | TypeScript CPU s | CPU ms/op | all four wall s | ms/op | all four CPU s | CPU ms/op |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...marginal(synthetic),
    ...beyondEmptyRun(synthetic),
  ];
}

/**
 * Every tool's time per operation by one rule: its median CPU on a synthetic spec less its median
 * CPU on the one of no operations (its start-up and whatever else its every run does), divided by
 * the operations. The speed bar takes off sdkgen's start-up alone; this shows whether any tool's
 * time per operation stays within 2× from 100 to 10,000 operations when what every run costs is
 * taken off, and which tools keep closest to it.
 */
function beyondEmptyRun(specs: readonly SpecRuns[]): string[] {
  const empty = specs.find((spec) => spec.operations === 0);
  const sized = specs.filter((spec) => spec.operations > 0).sort((a, b) => a.operations - b.operations);
  if (empty === undefined || sized.length < 2) return [];
  const cpu = (spec: SpecRuns, tool: string): number => medianCpu(runsOf(spec, tool));
  const rows = empty.tools.map(({ tool }) => {
    const perOp = sized.map((spec) => (cpu(spec, tool) - cpu(empty, tool)) / spec.operations);
    const measured = perOp.every((ms) => Number.isFinite(ms) && ms > 0);
    const spread = measured ? `×${(Math.max(...perOp) / Math.min(...perOp)).toFixed(2)}` : '–';
    return `| ${tool} | ${s(cpu(empty, tool))} | ${perOp.map((ms) => (Number.isFinite(ms) ? ms.toFixed(2) : '–')).join(' | ')} | ${spread} |`;
  });
  return [
    `### Time per operation, every tool, beyond its own run of ${empty.spec}`,
    '',
    `CPU milliseconds per operation: each tool's median on the synthetic spec less its median on ${empty.spec} (no operations, one model), divided by the operations. Not the speed bar's measure, which takes sdkgen's start-up alone off.`,
    '',
    `| tool | ${empty.spec} CPU s | ${sized.map((spec) => `ms/op at ${spec.operations.toLocaleString('en')}`).join(' | ')} | highest ÷ lowest |`,
    `|---|---|${sized.map(() => '---|').join('')}---|`,
    ...rows,
    '',
  ];
}

/**
 * What each further operation costs, from one synthetic size to the next (TypeScript, CPU): the
 * growth alone, where the table above also carries the fixed work of every run beyond start-up.
 */
function marginal(specs: readonly SpecRuns[]): string[] {
  const synthetic = [...specs].sort((a, b) => a.operations - b.operations);
  const steps: string[] = [];
  for (let i = 1; i < synthetic.length; i++) {
    const [from, to] = [synthetic[i - 1]!, synthetic[i]!];
    const cpu = (spec: SpecRuns): number => medianCpu(runsOf(spec, SDKGEN_TS));
    const ms = (cpu(to) - cpu(from)) / (to.operations - from.operations);
    steps.push(`${from.operations.toLocaleString('en')} to ${to.operations.toLocaleString('en')}: ${Number.isFinite(ms) ? ms.toFixed(2) : '–'} ms`);
  }
  return steps.length === 0 ? [] : [`Each further operation, TypeScript, CPU: ${steps.join('; ')}.`, ''];
}

export function resultsMarkdown(specs: readonly SpecRuns[], context: Context, finished: boolean): string {
  const cpu = cpus();
  const loads = context.loads;
  const machine = `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}`;
  const versions = [...context.versions].map(([tool, version]) => `${tool} ${version}`).join(', ');
  return [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/sections/peers.ts) on ${context.started.toISOString()}${finished ? '' : ' — **incomplete: the run was still going or was stopped; the specs below are those it reached, and each outcome says how many runs finished**'}.`,
    '',
    `- Machine: ${machine}.`,
    `- Load average (1 min) seen before each process: min ${Math.min(...loads).toFixed(1)}, median ${loads.length ? median(loads).toFixed(1) : '–'}, max ${Math.max(...loads).toFixed(1)}; now ${loadavg()[0]!.toFixed(1)}. Wall times on a loaded machine stretch for every tool alike (the tools alternate); CPU time stretches less.`,
    `- Each tool ${context.runs} times per spec, the tools alternating (the order rotates every round), each into an empty folder of its own, kept until the run ends (a folder removed just before makes the next writes slow on ext4); median wall and CPU (user + system, children included), highest peak RSS of any run (a run stopped at the time limit gives its peak so far, read from /proc just before, marked ≥). A tool that fails or passes the ${context.timeoutS} s limit is not run again on that spec.`,
    `- Versions: ${versions}.`,
    `- Start-up: \`node\` importing sdkgen's V8 flags and code cache (as the bin does first), then its pipeline, its TypeScript target and yargs from its bundle (as the bin does), and exiting, takes ${s(context.startup.wallMs)} s wall, ${s(context.startup.cpuMs)} s CPU (medians), measured after ${context.warmUpRuns} untimed runs of each sdkgen command on the petstore wrote its code cache, as a user's first runs do.`,
    ...(context.sdkgenArgs.length > 0 ? [`- sdkgen ran with \`${context.sdkgenArgs.join(' ')}\` added to its commands (BENCH_SDKGEN_ARGS).`] : []),
    '- Ratios are the tool\'s median divided by sdkgen\'s TypeScript median: above 1, sdkgen is faster.',
    '',
    ...speedBar(specs, context.startup),
    ...specs.flatMap(specTable),
    ...perOperation(specs, context.startup),
  ].join('\n');
}
