/**
 * sdkgen against six other TypeScript generators on the same specs (bench/peers/): every tool
 * as a child process into an empty folder, alternating, BENCH_RUNS times (default 5). Writes
 * bench/RESULTS.md after each round, so a long run stopped early still leaves what it finished.
 * BENCH_SPECS / BENCH_TOOLS (comma-separated names) narrow the run; BENCH_TIMEOUT_S caps a process;
 * BENCH_SDKGEN_ARGS (space-separated) adds arguments to sdkgen's commands, and RESULTS.md says so.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../dist.js';
import { assertGnuTime, measure, median } from '../peers/measure.js';
import { resultsMarkdown, type Context, type SpecRuns, type ToolRuns } from '../peers/report.js';
import { snapshotSdkgen } from '../peers/snapshot.js';
import { BENCH_SPECS, operationCount, type BenchSpec } from '../peers/specs.js';
import { freshFolder, SDKGEN_EXTRA_ARGS, TOOLS, toolVersion, type Tool } from '../peers/tools.js';
import type { Section } from '../section.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S ?? 600);
const only = (variable: string): ((name: string) => boolean) => {
  const names = process.env[variable]?.split(',').map((n) => n.trim()).filter(Boolean);
  return (name) => names === undefined || names.includes(name);
};

/**
 * The time (median wall and CPU) to start node and load what `generate --target typescript` loads,
 * with nothing to do, the way the bin loads it: first V8's flags, then the code cache (which loads
 * the modules faster), then sdkgen's bundle's `startup` entry (its pipeline, the TypeScript target
 * and yargs). So the start-up taken off a run is the one that run had (warmCodeCache says why after it).
 */
async function startup(bin: string): Promise<{ wallMs: number; cpuMs: number }> {
  const dist = join(bin, '..', '..');
  const [tuning, cache, bundled] = ['cli/v8-tuning.js', 'cli/code-cache.js', 'cli/bundled.js'].map((m) => JSON.stringify(join(dist, m)));
  const script = `await import(${tuning}); await import(${cache}); await (await import(${bundled})).runEntry('startup');`;
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(process.execPath, ['--input-type=module', '-e', script], join(dist, '..'), 60_000));
  return { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)) };
}

/** Untimed runs of each sdkgen command before anything is measured (warmCodeCache). */
const WARM_UP_RUNS = 3;

/**
 * Untimed runs of each sdkgen command on the petstore before anything is measured, as a user's
 * first runs after an install: they write the code cache (src/cli/code-cache.ts) with the code a
 * generate runs, so the start-up measure loads the same entries as the measured runs. Measured
 * first, the start-up would write entries of top levels only, lighter to load. Three rounds: the
 * threads of a run with several targets each add their own work to an entry they share, and it
 * took GitHub's four targets three runs to stop writing (they wrote 3, 2 and 1 entries, then none).
 */
async function warmCodeCache(bin: string, tools: readonly Tool[], scratch: string): Promise<void> {
  const petstore = BENCH_SPECS.find((s) => s.name === 'petstore') ?? fail('no petstore among BENCH_SPECS');
  const sdkgen = [...tools.entries()].filter(([, tool]) => tool.packageName === 'sdkgen');
  for (let round = 0; round < WARM_UP_RUNS; round++) {
    for (const [index, tool] of sdkgen) {
      const out = freshFolder(join(scratch, `warm-up-${index}-${round}`));
      const { program, args } = tool.command(petstore.path(), out, bin);
      const run = await measure(program, args, out, TIMEOUT_S * 1000);
      if (run.code !== 0) fail(`${tool.name} failed on the petstore: ${run.stderrTail}`);
    }
  }
}

/** BENCH_SPECS's specs in the order it names them (the ones a cut-short run must have first), else all, smallest first. */
function chosenSpecs(): BenchSpec[] {
  const names = process.env.BENCH_SPECS?.split(',').map((n) => n.trim()).filter(Boolean);
  if (names === undefined) return [...BENCH_SPECS];
  return names.map((name) => BENCH_SPECS.find((s) => s.name === name) ?? fail(`BENCH_SPECS: no spec named ${name} (known: ${BENCH_SPECS.map((s) => s.name).join(', ')})`));
}

function fail(message: string): never {
  throw new Error(message);
}

export const section: Section = {
  title: 'sdkgen against other TypeScript generators (writes bench/RESULTS.md)',
  async run() {
    assertGnuTime();
    const bin = snapshotSdkgen();
    const tools = TOOLS.filter((t) => only('BENCH_TOOLS')(t.name));
    const scratch = mkdtempSync(join(tmpdir(), 'sdkgen-bench-peers-'));
    // Before the start-up is measured, so it loads the entries the measured runs load.
    await warmCodeCache(bin, tools, scratch);
    const context: Context = {
      started: new Date(),
      runs: RUNS,
      timeoutS: TIMEOUT_S,
      versions: new Map(tools.map((t) => [t.name, toolVersion(t)])),
      loads: [],
      startup: await startup(bin),
      warmUpRuns: WARM_UP_RUNS,
      sdkgenArgs: SDKGEN_EXTRA_ARGS,
    };
    const done: SpecRuns[] = [];
    const results = join(ROOT, 'bench', 'RESULTS.md');
    try {
      for (const spec of chosenSpecs()) {
        const file = spec.path();
        const runs: ToolRuns[] = tools.map((t) => ({ tool: t.name, runs: [] }));
        const current: SpecRuns = { spec: spec.name, source: spec.source, operations: operationCount(file), tools: runs };
        done.push(current);
        for (let round = 0; round < RUNS; round++) {
          // Rotated every round, so no tool always runs right after the same other one.
          const order = tools.map((_, i) => (i + round) % tools.length);
          for (const index of order) {
            const tool = tools[index]!;
            const record = runs[index]!;
            const last = record.runs.at(-1);
            if (last !== undefined && (last.code !== 0 || last.timedOut)) continue;
            const out = freshFolder(join(scratch, `${spec.name}-${index}-${round}`));
            const { program, args } = tool.command(file, out, bin);
            context.loads.push(loadavg()[0]!);
            record.runs.push(await measure(program, args, out, TIMEOUT_S * 1000));
            // Every output stays until the run ends (the scratch folder goes then): removing one
            // here made the next tool's writes slow, as ext4 skips the inodes freed in the last
            // minutes (`recently_deleted` in ext4_create, about half of the samples under perf when sdkgen
            // wrote GitHub's four targets, 15,533 files, right after the previous round's were
            // removed: the write took 12-14 s of system time instead of 0.7 s). A tool that
            // writes many files paid for the one before it.
            process.stderr.write(`bench: ${spec.name} round ${round + 1}/${RUNS} ${tool.name}: ${(record.runs.at(-1)!.wallMs / 1000).toFixed(2)} s\n`);
          }
          // After every round, so a run stopped in the middle of a large spec keeps its rounds so far.
          writeFileSync(results, resultsMarkdown(done, context, false));
        }
      }
      writeFileSync(results, resultsMarkdown(done, context, true));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    return {
      columns: ['spec', 'operations', 'sdkgen TS median s', 'results'],
      rows: done.map((d) => [d.spec, String(d.operations), ((median(d.tools[0]!.runs.map((r) => r.wallMs)) || NaN) / 1000).toFixed(2), 'bench/RESULTS.md']),
      note: `${RUNS} alternating runs per tool and spec; the full table, the machine and the load seen are in bench/RESULTS.md.`,
    };
  },
};
