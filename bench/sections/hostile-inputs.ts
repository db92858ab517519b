/**
 * The CLI (`node dist/cli/main.js generate <spec> --target go`) as a child process on the hostile
 * inputs of test/hostile/size.test.ts and test/hostile/graph.test.ts, built by the same spec
 * builders: how long each refusal (or, for the alias chain, each generation) takes and how much
 * memory it peaks at. The tests assert the outcome and the memory; the time is measured only here.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aliases, composed } from '../../test/hostile/graph-specs.js';
import { HOSTILE_SIZES } from '../../test/hostile/size-specs.js';
import { runChild } from '../../test/support/child.js';
import { BIN, ROOT } from '../dist.js';
import type { Section } from '../section.js';

/** Preloaded into the child: writes its peak RSS and CPU time to SDKGEN_MEASURE at exit. */
const MEASURE = join(ROOT, 'test/hostile/max-rss.mjs');

interface Case {
  readonly name: string;
  readonly file: string;
  write(path: string): Promise<void>;
}

const json = (document: Record<string, unknown>) => (path: string) => writeFile(path, JSON.stringify(document));

const CASES: Case[] = [
  ...HOSTILE_SIZES.map(([name, write]) => ({ name, file: 'spec.yaml', write })),
  ...(['allOf', 'oneOf', 'anyOf'] as const).map((kind) => ({
    name: `40 levels of ${kind}, each naming the next twice`,
    file: 'spec.json',
    write: json(composed(40, kind)),
  })),
  { name: 'a chain of 20,000 $ref aliases', file: 'spec.json', write: json(aliases(20_000)) },
];

async function measure(entry: Case): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), 'sdkgen-bench-'));
  try {
    await entry.write(join(root, entry.file));
    const report = join(root, 'measure.json');
    const args = ['--import', MEASURE, BIN, 'generate', entry.file, '--target', 'go', '--out', 'out'];
    const start = performance.now();
    const run = await runChild(process.execPath, args, { cwd: root, env: { ...process.env, SDKGEN_MEASURE: report }, timeoutMs: 600_000 });
    const wallMs = performance.now() - start;
    const usage = JSON.parse(await readFile(report, 'utf8')) as { maxRssKb: number; cpuMicros: number };
    const outcome = run.code === 0 ? 'generated' : run.code === 1 ? 'rejected' : `exit ${run.code}`;
    return [entry.name, outcome, wallMs.toFixed(0), (usage.cpuMicros / 1000).toFixed(0), (usage.maxRssKb / 1024).toFixed(0)];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export const section: Section = {
  title: 'Hostile inputs through the CLI',
  async run() {
    const rows: string[][] = [];
    for (const entry of CASES) rows.push(await measure(entry));
    return {
      columns: ['input', 'outcome', 'wall ms', 'CPU ms', 'peak RSS MB'],
      rows,
      note: 'One child process per input (node startup included), run one after another; CPU and peak RSS as the child reports them at exit (test/hostile/max-rss.mjs).',
    };
  },
};
