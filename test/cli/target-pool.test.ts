/**
 * `sdkgen generate` over a config with one spec and several targets emits the targets in worker
 * threads (--jobs, one per core by default): the output is the same bytes as one target after
 * another (--jobs 1), warnings come out in config order, and a failing target is the same line
 * and exit code, with nothing written.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emitPair, loadSpec } from '../../src/cli/pipeline.js';
import { DEFAULT_LIMITS, type ModelSource } from '../../src/load/index.js';
import { readSpec } from '../../src/load/read.js';
import { plan, schedule, type TargetJob } from '../../src/cli/target-pool.js';
import { onStage } from '../../src/load/stages.js';
import { snapshotTree } from '../output/tree.js';
import { smallSpec } from './many-specs.js';
import { repoSpec, tempProject } from './project.js';
import { assertBuilt, ROOT, sdkgen } from './run.js';

beforeAll(assertBuilt);

const TARGETS = ['go', 'python', 'rust', 'typescript'];

/** One spec, every target, in `gen`; `strict` as the config's own key. */
function oneSpecProject(spec: string, strict = false): Record<string, string> {
  const targets = TARGETS.map((t) => `      ${t}: { packageName: api }`);
  const config = ['output: gen', ...(strict ? ['strict: true'] : []), 'specs:', '  only:', `    spec: ${JSON.stringify(spec)}`, '    targets:', ...targets, ''];
  return { 'sdkgen.config.yaml': config.join('\n'), 'specs/api.json': smallSpec('Items', 3, '4.0.26.12') };
}

describe('generate one spec for several targets with worker threads', () => {
  it('writes the same bytes and prints the same warnings with --jobs 3 as with --jobs 1', async () => {
    const serial = await tempProject(oneSpecProject(repoSpec('looker-4.0')));
    const parallel = await tempProject(oneSpecProject(repoSpec('looker-4.0')));
    const one = sdkgen(['generate', '--jobs', '1'], serial);
    const three = sdkgen(['generate', '--jobs', '3'], parallel);
    expect(one.code).toBe(0);
    expect(three).toEqual(one);
    const written = await snapshotTree(join(serial, 'gen'));
    expect(TARGETS.every((t) => Object.keys(written).some((path) => path.startsWith(`only/${t}/`)))).toBe(true);
    expect(await snapshotTree(join(parallel, 'gen'))).toEqual(written);
  });

  it("prints a target's warning, as one target after another would", async () => {
    const dir = await tempProject(oneSpecProject('specs/api.json'));
    const run = sdkgen(['generate', '--jobs', '4'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^sdkgen: warning: specs\/api\.json#\/info\/version: .*4\.0\.26\.12.*typescript package/);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(sdkgen(['generate', '--jobs', '1'], await tempProject(oneSpecProject('specs/api.json')))).toEqual(run);
  });

  it("builds the model in each lane from a JSON spec's bytes: Looker 4.0 in full gives the same bytes and warnings as one thread", async () => {
    // JSON, so the lanes build the model themselves while this thread validates (a YAML spec is sent its model).
    const spec = join(ROOT, '../shared/specs/looker-4.0.oas.json');
    const serial = await tempProject(oneSpecProject(spec));
    const parallel = await tempProject(oneSpecProject(spec));
    const one = sdkgen(['generate', '--jobs', '1'], serial);
    const two = sdkgen(['generate', '--jobs', '2'], parallel);
    expect(one.code).toBe(0);
    expect(one.stderr).toMatch(/^sdkgen: warning: .*looker-4\.0\.oas\.json#\/paths\//);
    // Over 200 operations, progress lines are shown: the lanes' emits end in the order they end.
    const progress = (line: string): boolean => /^sdkgen: \d+\/\d+ /.test(line);
    const lines = (run: typeof one): string[] => run.stderr.split('\n');
    expect({ ...two, stderr: lines(two).filter((l) => !progress(l)) }).toEqual({ ...one, stderr: lines(one).filter((l) => !progress(l)) });
    const stages = (run: typeof one): string[] => lines(run).filter(progress).map((l) => l.replace(/\d+\/\d+ /, '')).sort();
    expect(stages(two)).toEqual(stages(one));
    expect(await snapshotTree(join(parallel, 'gen'))).toEqual(await snapshotTree(join(serial, 'gen')));
  });

  it('refuses a spec the lanes find wrong while building the model, as one thread does, writing nothing', async () => {
    const dir = await tempProject({ ...oneSpecProject('specs/api.json'), 'specs/api.json': badHeaderSpec() });
    const one = sdkgen(['generate', '--jobs', '1'], dir);
    const two = sdkgen(['generate', '--jobs', '2'], dir);
    expect(one.code).toBe(1);
    expect(one.stderr).toBe('sdkgen: specs/api.json#/paths/~1items/get: header parameter "X Trace" is not a valid HTTP header name\n');
    expect(two).toEqual(one);
    expect(Object.keys(await snapshotTree(dir)).filter((path) => path.startsWith('gen/'))).toEqual([]);
  });

  it('reports a failing target with the line and exit code of a serial run, and writes nothing', async () => {
    const dir = await tempProject(oneSpecProject('specs/api.json', true));
    const one = sdkgen(['generate', '--jobs', '1'], dir);
    const four = sdkgen(['generate', '--jobs', '4'], dir);
    expect(one.code).toBe(1);
    expect(one.stderr).toMatch(/^sdkgen: specs\/api\.json#\/info\/version: '4\.0\.26\.12' is not .*\n$/);
    expect(four).toEqual(one);
    expect(Object.keys(await snapshotTree(dir)).filter((path) => path.startsWith('gen/'))).toEqual([]);
  });

  it("stages each target's files in its lane and, when a target then fails, leaves the previous output as it was", async () => {
    const dir = await tempProject({ ...oneSpecProject('specs/api.json'), 'strict.yaml': oneSpecProject('specs/api.json', true)['sdkgen.config.yaml']! });
    const run = sdkgen(['generate', '--jobs', '2', '--timings'], dir);
    expect(run.code).toBe(0);
    // A lane's staging is timed as that target's write; one thread has none to time.
    const writes = (stderr: string): string[] => [...stderr.matchAll(/^sdkgen: time only: write (\w+) +\d+ ms$/gm)].map((m) => m[1]!).sort();
    expect(writes(run.stderr)).toEqual(TARGETS);
    expect(writes(sdkgen(['generate', '--jobs', '1', '--timings'], await tempProject(oneSpecProject('specs/api.json'))).stderr)).toEqual([]);
    const before = await snapshotTree(dir);
    expect(Object.keys(before).filter((path) => path.startsWith('gen/only/')).length).toBeGreaterThan(40);
    // typescript, taken first, fails; the three targets before it in config order are still emitted
    // and staged in their lanes, then the update is abandoned.
    const failed = sdkgen(['generate', '--jobs', '2', '--config', 'strict.yaml'], dir);
    expect(failed.code).toBe(1);
    expect(await snapshotTree(dir)).toEqual(before);
  });
});

/** A JSON spec that passes validation, with a header name no client can send. */
function badHeaderSpec(): string {
  const parameter = { name: 'X Trace', in: 'header', schema: { type: 'string' } };
  const operation = { operationId: 'listItems', parameters: [parameter], responses: { '200': { description: 'ok' } } };
  return JSON.stringify({ openapi: '3.0.3', info: { title: 'T', version: '1.0.0' }, paths: { '/items': { get: operation } } });
}

describe('schedule and plan', () => {
  const job = (target: string): TargetJob => ({ target, options: { packageName: 'api' }, shownOut: `gen/${target}` });
  const targets = (jobs: TargetJob[], lanes: number[][]): string[][] => lanes.map((lane) => lane.map((i) => jobs[i]!.target));

  it('gives the lanes the slowest targets first, unknown ones before all, ties in config order', () => {
    const jobs = ['go', 'python', 'rust', 'typescript', 'mine', 'yours'].map(job);
    expect(schedule(jobs).map((i) => jobs[i]!.target)).toEqual(['mine', 'yours', 'typescript', 'python', 'go', 'rust']);
  });

  it("gives a worker the slowest target, this thread (which starts later) the next, and each later one to the lane holding least", () => {
    const jobs = TARGETS.map(job);
    // typescript 34 to the worker; python 23 here (after the head start of 14: 37); go 15 to the worker (49); rust 13 here (50).
    expect(targets(jobs, plan(jobs, 2))).toEqual([
      ['python', 'rust'],
      ['typescript', 'go'],
    ]);
    expect(targets(jobs, plan(jobs, 1))).toEqual([['typescript', 'python', 'go', 'rust']]);
    expect(targets(jobs, plan(jobs, 4))).toEqual([['rust'], ['typescript'], ['python'], ['go']]);
    // An unknown target is taken first and counts as the slowest known one (34): go (15) then goes to
    // the other worker, and rust (13) here, whose 14 is now the least.
    const three = ['go', 'rust', 'mine'].map(job);
    expect(targets(three, plan(three, 3))).toEqual([['rust'], ['mine'], ['go']]);
  });
});

describe('TargetLanes (the built module, whose workers run dist/cli/target-worker.js)', () => {
  it("gives each target's files as emitting it in this thread does, in config order", async () => {
    const { TargetLanes } = (await import(`${ROOT}dist/cli/target-pool.js`)) as typeof import('../../src/cli/target-pool.js');
    const api = await loadSpec(repoSpec('g4-sessions'), { quiet: true });
    const jobs = TARGETS.map((target) => ({ target, options: { packageName: 'api', packageVersion: '1.0.0' }, shownOut: `gen/${target}` }));
    const lanes = new TargetLanes(jobs, 2, 'specs/g4-sessions.yaml', {});
    // The worker's stages come through the callback, this thread's through its own stage channel.
    const stages: string[] = [];
    const stop = onStage((e) => stages.push(e.stage));
    try {
      const files = await lanes.emit(api, (stage) => stages.push(stage), () => undefined);
      stop();
      const here = await Promise.all(jobs.map((j) => emitPair(api, j.target, j.options, j.shownOut, 'specs/g4-sessions.yaml')));
      expect(files).toEqual(here);
      expect(stages.sort()).toEqual(TARGETS.map((t) => `emit ${t}`));
    } finally {
      stop();
      await lanes.close();
    }
  });

  it('has the worker build the model from the bytes read here', async () => {
    const { TargetLanes } = (await import(`${ROOT}dist/cli/target-pool.js`)) as typeof import('../../src/cli/target-pool.js');
    const dir = await tempProject({ 'api.json': smallSpec('Items', 3) });
    const file = join(dir, 'api.json');
    const { source } = readSpec(file, 'api.json', DEFAULT_LIMITS);
    const api = await loadSpec(file, { quiet: true });
    const jobs = TARGETS.map((target) => ({ target, options: { packageName: 'api', packageVersion: '1.0.0' }, shownOut: `gen/${target}` }));
    const lanes = new TargetLanes(jobs, 2, 'api.json', {});
    try {
      lanes.read({ source: source!, dialect: api.dialect, file: 'api.json', limits: DEFAULT_LIMITS });
      // The bytes only: had the lanes read the file, they would now see another spec.
      writeFileSync(file, smallSpec('Other', 1));
      lanes.build();
      const files = await lanes.emit(api, () => undefined, () => undefined);
      expect(files).toEqual(await Promise.all(jobs.map((j) => emitPair(api, j.target, j.options, j.shownOut, 'api.json'))));
    } finally {
      await lanes.close();
    }
  });

  it("after a worker's job fails, skips its jobs later in config order and reports the first failure", async () => {
    const { TargetLanes } = (await import(`${ROOT}dist/cli/target-pool.js`)) as typeof import('../../src/cli/target-pool.js');
    // A version npm refuses fails typescript under --strict; in this config order it comes first.
    const api = await loadSpec(join(await tempProject({ 'api.json': smallSpec('Items', 3, '4.0.26.12') }), 'api.json'), { quiet: true });
    const order = ['typescript', 'go', 'python', 'rust'];
    const lanes = new TargetLanes(order.map((target) => ({ target, options: { packageName: 'api' }, shownOut: `gen/${target}` })), 2, 'api.json', { strict: true });
    const stages: string[] = [];
    try {
      // The worker takes typescript, then go (skipped: after typescript in config order); this thread python and rust.
      const error: unknown = await lanes.emit(api, (stage) => stages.push(stage), () => undefined).then(() => undefined, (e: unknown) => e);
      expect(error).toMatchObject({ pointer: '/info/version', message: expect.stringMatching(/^'4\.0\.26\.12' is not /) as unknown });
      expect(stages).toEqual([]);
    } finally {
      await lanes.close();
    }
  });

  it("fails a worker's jobs with the error its model build gave, as the error it is", async () => {
    const { TargetLanes } = (await import(`${ROOT}dist/cli/target-pool.js`)) as typeof import('../../src/cli/target-pool.js');
    const dir = await tempProject({ 'api.json': badHeaderSpec() });
    const { source } = readSpec(join(dir, 'api.json'), 'api.json', DEFAULT_LIMITS);
    const model: ModelSource = { source: source!, dialect: 'openapi-3.0', file: 'api.json', limits: DEFAULT_LIMITS };
    // This thread is given a model it could build; the worker (go, the slower) gets bytes it cannot.
    const api = await loadSpec(join(await tempProject({ 'api.json': smallSpec('Items', 1) }), 'api.json'), { quiet: true });
    const lanes = new TargetLanes(['go', 'rust'].map((target) => ({ target, options: { packageName: 'api' }, shownOut: `gen/${target}` })), 2, 'api.json', {});
    try {
      lanes.read(model);
      lanes.build();
      const error: unknown = await lanes.emit(api, () => undefined, () => undefined).then(() => undefined, (e: unknown) => e);
      // The built module's class: the line and exit code report.ts gives a SpecError.
      const built = (await import(`${ROOT}dist/load/errors.js`)) as typeof import('../../src/load/errors.js');
      expect(error).toBeInstanceOf(built.SpecError);
      expect(error).toMatchObject({ file: 'api.json', pointer: '/paths/~1items/get', message: 'header parameter "X Trace" is not a valid HTTP header name' });
    } finally {
      await lanes.close();
    }
  });
});
