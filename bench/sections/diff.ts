/**
 * Benchmark section: `sdkgen diff` of two releases of GitHub's REST spec (about 1,100 operations)
 * against one `sdkgen generate` of the newer one for one docs target (go). Both run as the real
 * CLI (the built dist/), as users run them, each several times; the median wall time counts.
 * The claim it checks (issue "Step 5", point 9): the diff takes no longer than the generate.
 * Needs `npm run build`; the specs are fetched into .cache/specs/ on first use.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { githubRestSpec } from '../../scripts/spec-cache.js';
import { BIN, ROOT } from '../dist.js';
import type { Section } from '../section.js';

const RUNS = Number(process.env.BENCH_DIFF_RUNS ?? 5);

/** Median wall time in milliseconds of `node dist/cli/main.js ...args`, failing loudly on a non-zero exit. */
function time(args: string[], okCodes: number[] = [0]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!okCodes.includes(run.status ?? -1)) throw new Error(`sdkgen ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]!);
}

export const section: Section = {
  title: 'diff: two releases of GitHub\'s REST spec against one generate',
  run() {
    const base = githubRestSpec('22.0.0');
    const revision = githubRestSpec('23.0.0');
    const out = mkdtempSync(join(tmpdir(), 'sdkgen-bench-diff-'));
    try {
      const generate = time(['generate', revision, '--target', 'go', '--out', join(out, 'go')]);
      const json = time(['diff', base, revision, '--format', 'json', '--no-docs']);
      const markdown = time(['diff', base, revision, '--format', 'markdown', '--no-docs']);
      const ratio = (ms: number): string => (ms / generate).toFixed(2);
      return {
        columns: ['run', 'median ms', 'ratio to generate'],
        rows: [
          ['generate (go docs) of 23.0.0', String(generate), '1.00'],
          ['diff 22.0.0 → 23.0.0 (json)', String(json), ratio(json)],
          ['diff 22.0.0 → 23.0.0 (markdown)', String(markdown), ratio(markdown)],
        ],
        note: `median of ${RUNS} runs each; @octokit/openapi 22.0.0 → 23.0.0; the goal is a ratio of at most 1`,
      };
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  },
};
