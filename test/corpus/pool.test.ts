/**
 * The corpus pool keeps going past a spec that hangs or kills its worker: the spec is recorded as
 * timed out or crashed (with the end of the worker's stderr) and a fresh worker takes the next.
 * The workers here are tiny stand-ins that answer, hang or die according to the spec's id.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Job } from '../../scripts/corpus/outcome.js';
import { runPool } from '../../scripts/corpus/pool.js';

const folder = mkdtempSync(join(tmpdir(), 'sdkgen-pool-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const WORKER = join(folder, 'worker.mjs');
writeFileSync(
  WORKER,
  `process.on('message', ({ spec }) => {
  if (spec.id === 'hang') return;
  if (spec.id === 'die') { process.stderr.write('fatal: out of cheese\\n'); process.exit(3); }
  process.send({ id: spec.id, bytes: spec.bytes, outcome: 'generated', totalMs: 1, reason: String(process.pid) });
});
process.send({ ready: true });
`,
);

function job(id: string): Job {
  return { spec: { id, file: `${id}.json`, bytes: 1 }, typescriptOut: join(folder, id) };
}

describe('runPool', () => {
  it('records a hang as timed out and a dead worker as crashed, and carries on with a new worker', async () => {
    const results = await runPool(['a', 'hang', 'b', 'die', 'c'].map(job), { workerFile: WORKER, jobs: 1, timeoutMs: 10_000 });
    expect(results.map((r) => [r.id, r.outcome])).toEqual([
      ['a', 'generated'],
      ['hang', 'timed-out'],
      ['b', 'generated'],
      ['die', 'crashed'],
      ['c', 'generated'],
    ]);
    expect(results[1]?.reason).toBe('no answer within 10 s');
    expect(results[3]?.reason).toBe('the worker died (exit 3): fatal: out of cheese');
    // Each answer carries its worker's pid: a fresh worker after the hang and after the death.
    const pids = [results[0], results[2], results[4]].map((r) => r?.reason);
    expect(new Set(pids).size).toBe(3);
  }, 60_000);

  it('runs jobs on several workers and returns results in job order', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => `s${i}`);
    const results = await runPool(ids.map(job), { workerFile: WORKER, jobs: 2, timeoutMs: 10_000 });
    expect(results.map((r) => r.id)).toEqual(ids);
    expect(new Set(results.map((r) => r.reason)).size).toBe(2);
  }, 60_000);
});
