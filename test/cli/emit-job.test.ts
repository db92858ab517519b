/**
 * emitJob: one job of a target lane, the same in the main thread and in a worker. Without a stage
 * area it gives the files emitPair gives; with one it stages them there, gives none back, and says
 * what the staging did. runLane: a lane's jobs in turn, each answered once, those after a failure
 * in config order skipped.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emitJob, runLane, type LaneAnswer, type LaneJob } from '../../src/cli/emit-job.js';
import { emitPair, loadSpec } from '../../src/cli/pipeline.js';
import { snapshotTree } from '../output/tree.js';
import { repoSpec } from './project.js';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'sdkgen-emit-job-'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('emitJob', () => {
  const job = { index: 0, target: 'go', options: { packageName: 'api', packageVersion: '1.0.0' }, shownOut: 'gen/go' };

  it('gives the files emitPair gives when there is nowhere to stage them', async () => {
    const api = await loadSpec(repoSpec('g4-sessions'), { quiet: true });
    const result = await emitJob(api, job, 'specs/g4-sessions.yaml', {}, () => undefined);
    expect(result).toEqual({ files: await emitPair(api, 'go', job.options, 'gen/go', 'specs/g4-sessions.yaml') });
  });

  it('stages the files in the area given, gives none back, and says what it staged', async () => {
    const api = await loadSpec(repoSpec('g4-sessions'), { quiet: true });
    const stage = { out: join(base, 'gen'), shown: 'gen', staged: join(base, 'run'), prefix: 'g4/go', ignore: undefined };
    const result = await emitJob(api, { ...job, stage }, 'specs/g4-sessions.yaml', {}, () => undefined);
    const files = await emitPair(api, 'go', job.options, 'gen/go', 'specs/g4-sessions.yaml');
    expect(result.files).toEqual([]);
    const paths = files.map((f) => `g4/go/${f.path}`).sort();
    expect(result.staged).toMatchObject({ prefix: 'g4/go', emitted: files.length, wanted: paths, put: paths });
    expect(result.staged!.ms).toBeGreaterThanOrEqual(0);
    expect(await snapshotTree(join(base, 'run'))).toEqual(Object.fromEntries(files.map((f) => [`g4/go/${f.path}`, f.contents])));
  });
});

describe('runLane', () => {
  const job = (index: number, target: string): LaneJob => ({ index, target, options: { packageName: 'api' }, shownOut: `gen/${target}` });

  it('answers each job once, with its warnings, and skips the jobs after a failure in config order', async () => {
    const answers: LaneAnswer[] = [];
    const failure = new Error('typescript failed');
    await runLane(
      [job(2, 'typescript'), job(0, 'go'), job(3, 'rust'), job(1, 'python')],
      async (j, warn) => {
        warn(`${j.target} warned\n`);
        if (j.target === 'typescript') throw failure;
        return { files: [{ path: `${j.target}.txt`, contents: j.target }] };
      },
      (answer) => answers.push(answer),
    );
    expect(answers).toEqual([
      { type: 'error', index: 2, error: failure, warnings: 'typescript warned\n' },
      { type: 'done', index: 0, result: { files: [{ path: 'go.txt', contents: 'go' }] }, warnings: 'go warned\n' },
      { type: 'skipped', index: 3 },
      { type: 'done', index: 1, result: { files: [{ path: 'python.txt', contents: 'python' }] }, warnings: 'python warned\n' },
    ]);
  });

  it("answers a job as failed when its done cannot be answered", async () => {
    const answers: LaneAnswer['type'][] = [];
    const refused = new Error('could not send');
    await runLane(
      [job(0, 'go')],
      async () => ({ files: [] }),
      (answer) => {
        answers.push(answer.type);
        if (answer.type === 'done') throw refused;
      },
    );
    expect(answers).toEqual(['done', 'error']);
  });
});
