/**
 * Child process of the `warm-per-operation` section: loads one spec and emits its TypeScript
 * client `runs` times in this one process, writing nothing, and prints each run's CPU and wall
 * milliseconds as one JSON line. Its modules are imported before the first run, so the first run
 * is what a fresh `sdkgen generate` pays beyond start-up: the code running for the first time.
 * Usage: node warm-runs.js <spec> <runs>
 */
import type * as pipeline from '../../src/cli/pipeline.js';
import { fromDist } from '../dist.js';

const [spec, runsText] = process.argv.slice(2);
const runs = Number(runsText);
if (spec === undefined || !(runs >= 1)) throw new Error('usage: warm-runs.js <spec> <runs>');

const { loadSpec, emitPair } = await fromDist<typeof pipeline>('cli/pipeline.js');
await fromDist('emit/typescript/index.js');
const options = { quiet: true };
for (let run = 0; run < runs; run++) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const api = await loadSpec(spec, options);
  await emitPair(api, 'typescript', { packageName: 'bench', packageVersion: '1.0.0' }, 'out', spec, options);
  const { user, system } = process.cpuUsage(cpu);
  console.log(JSON.stringify({ cpuMs: (user + system) / 1000, wallMs: performance.now() - start, operations: api.operations.length }));
}
