/**
 * The issue's speed bar, read from the measurements: each point on median CPU time (the better
 * evidence on a shared machine) and on median wall time, `holds`, `fails` or `not measured`.
 */
import { medianCpu, medianWall, peak, peakIsLowerBound, runsOf, type Context, type SpecRuns } from './report.js';
import { SDKGEN_ALL, SDKGEN_TS } from './tools.js';

type Pick = (runs: SpecRuns['tools'][number]['runs']) => number;
const CPU: Pick = (runs) => medianCpu(runs);
const WALL: Pick = (runs) => medianWall(runs);

const sec = (ms: number): string => (ms / 1000).toFixed(2);
const peers = (spec: SpecRuns) => spec.tools.filter((t) => t.tool !== SDKGEN_TS && t.tool !== SDKGEN_ALL);

/** A verdict with the numbers behind it, or `not measured` when a number is missing. */
function verdict(numbers: readonly number[], holds: boolean, detail: string): string {
  if (numbers.some((n) => !Number.isFinite(n))) return 'not measured';
  return `${holds ? 'holds' : '**fails**'}: ${detail}`;
}

/** sdkgen's TypeScript client faster than every peer's on `spec`. */
function fasterThanPeers(spec: SpecRuns | undefined, pick: Pick): string {
  if (spec === undefined) return 'not measured';
  const own = pick(runsOf(spec, SDKGEN_TS));
  const others = peers(spec).map((t) => ({ tool: t.tool, ms: pick(t.runs) })).filter((p) => Number.isFinite(p.ms));
  const slower = others.filter((p) => p.ms <= own);
  const detail = slower.length === 0 ? `${sec(own)} s, every peer slower` : `${sec(own)} s; not faster than ${slower.map((p) => `${p.tool} ${sec(p.ms)} s`).join(', ')}`;
  return verdict([own], slower.length === 0, detail);
}

function lessMemoryThanHeyApi(specs: readonly SpecRuns[]): string {
  const rows = specs.map((spec) => {
    const hey = runsOf(spec, '@hey-api/openapi-ts');
    return { spec: spec.spec, own: peak(runsOf(spec, SDKGEN_TS)), hey: peak(hey), stopped: peakIsLowerBound(hey) };
  });
  // hey-api stopped at the time limit gives a lower bound: it settles the point only if already above sdkgen's.
  const measured = rows.filter((r) => Number.isFinite(r.own) && Number.isFinite(r.hey) && !(r.stopped && r.hey <= r.own));
  const over = measured.filter((r) => r.own >= r.hey);
  const name = (r: (typeof rows)[number]): string => (r.stopped ? `${r.spec} (hey-api stopped at the time limit, already at ${r.hey.toFixed(0)} MB against ${r.own.toFixed(0)})` : r.spec);
  const detail = over.length === 0 ? `on ${measured.map(name).join(', ')}` : `more on ${over.map((r) => `${r.spec} (${r.own.toFixed(0)} vs ${r.hey.toFixed(0)} MB)`).join(', ')}`;
  return measured.length === 0 ? 'not measured' : verdict([], over.length === 0, detail);
}

function allTargetsUnderFastestPeer(spec: SpecRuns | undefined, pick: Pick): string {
  if (spec === undefined) return 'not measured';
  const all = pick(runsOf(spec, SDKGEN_ALL));
  const fastest = peers(spec).map((t) => ({ tool: t.tool, ms: pick(t.runs) })).filter((p) => Number.isFinite(p.ms)).sort((a, b) => a.ms - b.ms)[0];
  if (fastest === undefined) return 'not measured';
  return verdict([all], all < fastest.ms, `all four ${sec(all)} s vs ${fastest.tool} ${sec(fastest.ms)} s`);
}

function nearStartup(spec: SpecRuns | undefined, pick: Pick, startupMs: number): string {
  const total = pick(runsOf(spec, SDKGEN_TS));
  return verdict([total, startupMs], total - startupMs <= 300, `${sec(total)} s total, ${sec(startupMs)} s start-up, ${sec(total - startupMs)} s beyond it (bar 0.30)`);
}

function perOperationSteady(specs: readonly SpecRuns[], pick: Pick, startupMs: number): string {
  const per = (name: string): number => {
    const spec = specs.find((s) => s.spec === name);
    return spec === undefined ? NaN : (pick(runsOf(spec, SDKGEN_TS)) - startupMs) / spec.operations;
  };
  const small = per('synthetic-100');
  const large = per('synthetic-10000');
  const ratio = Math.max(small, large) / Math.min(small, large);
  return verdict([small, large], ratio <= 2, `${small.toFixed(2)} ms/op at 100, ${large.toFixed(2)} ms/op at 10,000 (×${ratio.toFixed(2)})`);
}

export function speedBar(specs: readonly SpecRuns[], startup: Context['startup']): string[] {
  const named = (name: string) => specs.find((s) => s.spec === name);
  const rows: [string, string, string][] = [
    ['Stripe: sdkgen TS faster than every peer', fasterThanPeers(named('stripe'), CPU), fasterThanPeers(named('stripe'), WALL)],
    ['GitHub: sdkgen TS faster than every peer', fasterThanPeers(named('github'), CPU), fasterThanPeers(named('github'), WALL)],
    ['Every spec: sdkgen TS peak RSS below @hey-api/openapi-ts', lessMemoryThanHeyApi(specs), '(memory)'],
    ['GitHub: all four targets faster than the fastest peer', allTargetsUnderFastestPeer(named('github'), CPU), allTargetsUnderFastestPeer(named('github'), WALL)],
    ['Petstore: total within 0.3 s of start-up', nearStartup(named('petstore'), CPU, startup.cpuMs), nearStartup(named('petstore'), WALL, startup.wallMs)],
    ['Time per operation within 2× from 100 to 10,000', perOperationSteady(specs, CPU, startup.cpuMs), perOperationSteady(specs, WALL, startup.wallMs)],
  ];
  return [
    '## Speed bar (read from the tables below)',
    '',
    '| point | on median CPU time | on median wall time |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}
