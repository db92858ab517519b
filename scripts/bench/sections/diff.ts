/**
 * Benchmark section: `sdkgen diff` of two releases of GitHub's REST spec (about 1,100 operations)
 * against one `sdkgen generate` of the newer one for one docs target (go). Both run as the real
 * CLI (the built dist/), as users run them, each several times; the median wall time counts.
 * The claim it checks (issue "Step 5", point 9): the diff takes no longer than the generate.
 *
 * Interface for the bench runner: `section.name`, and `section.run()` resolving to rows of
 * { name, value, unit, note? }. Needs `npm run build` and the devDependencies
 * github-rest-spec-22 / github-rest-spec-23 (@octokit/openapi 22.0.0 / 23.0.0).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

export interface BenchSection {
  readonly name: string;
  run(): Promise<BenchRow[]>;
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'dist', 'cli', 'main.js');
const RUNS = Number(process.env.BENCH_DIFF_RUNS ?? 5);

function spec(alias: string): string {
  return createRequire(join(ROOT, 'package.json')).resolve(`${alias}/generated/api.github.com.json`);
}

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

export const section: BenchSection = {
  name: 'diff',
  async run() {
    const base = spec('github-rest-spec-22');
    const revision = spec('github-rest-spec-23');
    const out = mkdtempSync(join(tmpdir(), 'sdkgen-bench-diff-'));
    try {
      const generate = time(['generate', revision, '--target', 'go', '--out', join(out, 'go')]);
      const diff = time(['diff', base, revision, '--format', 'json', '--no-docs']);
      const markdown = time(['diff', base, revision, '--format', 'markdown', '--no-docs']);
      const note = `median of ${RUNS}; GitHub REST spec, @octokit/openapi 22.0.0 → 23.0.0`;
      return [
        { name: 'generate (go docs) of the 23.0.0 spec', value: generate, unit: 'ms', note },
        { name: 'diff 22.0.0 → 23.0.0 (json)', value: diff, unit: 'ms', note },
        { name: 'diff 22.0.0 → 23.0.0 (markdown)', value: markdown, unit: 'ms', note },
        { name: 'diff / generate', value: Math.round((diff / generate) * 100) / 100, unit: 'ratio', note: 'at most 1 is the goal' },
      ];
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  },
};
