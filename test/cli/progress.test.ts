/**
 * Progress and --timings of `sdkgen generate` on stderr. Plain lines when stderr is not a
 * terminal (these runs), a bar on one (progressDisplay with a terminal stream); nothing with
 * --quiet; only for several specs or one of more than 200 operations. No time is asserted.
 */
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { progressDisplay } from '../../src/cli/progress.js';
import { manySpecsProject, smallSpec } from './many-specs.js';
import { tempProject } from './project.js';
import { assertBuilt, sdkgen } from './run.js';

beforeAll(assertBuilt);

/** Each spec: read, validate, model, emit go, emit python; then the write. */
const STEPS = (specs: number): number => specs * 5 + 1;

describe('progress on stderr', () => {
  it('shows a line per stage for a config with several specs, ending with the write', async () => {
    const dir = await tempProject(manySpecsProject(['alpha', 'beta']));
    const run = sdkgen(['generate', '--jobs', '1'], dir);
    expect(run.code).toBe(0);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      'sdkgen: 1/11 alpha: read',
      'sdkgen: 2/11 alpha: validate',
      'sdkgen: 3/11 alpha: model',
      'sdkgen: 4/11 alpha: emit go',
      'sdkgen: 5/11 alpha: emit python',
      'sdkgen: 6/11 beta: read',
      'sdkgen: 7/11 beta: validate',
      'sdkgen: 8/11 beta: model',
      'sdkgen: 9/11 beta: emit go',
      'sdkgen: 10/11 beta: emit python',
      'sdkgen: 11/11 write',
    ]);
  });

  it('counts every stage with worker threads too, in whatever order they end', async () => {
    const dir = await tempProject(manySpecsProject(['alpha', 'beta', 'gamma']));
    const run = sdkgen(['generate', '--jobs', '2'], dir);
    expect(run.code).toBe(0);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(STEPS(3));
    expect(lines.map((line) => line.split(' ')[1])).toEqual(lines.map((_, i) => `${i + 1}/${STEPS(3)}`));
    expect(lines.filter((line) => / gamma: emit python$/.test(line))).toHaveLength(1);
    expect(lines.at(-1)).toBe(`sdkgen: ${STEPS(3)}/${STEPS(3)} write`);
  });

  it('shows nothing with --quiet', async () => {
    const dir = await tempProject(manySpecsProject(['alpha', 'beta']));
    expect(sdkgen(['generate', '--quiet'], dir)).toMatchObject({ code: 0, stderr: '' });
  });

  it('shows nothing for one spec of 200 operations, and the steps from its model on for one of 201', async () => {
    const dir = await tempProject({ 'small.json': smallSpec('s', 200), 'large.json': smallSpec('l', 201) });
    expect(sdkgen(['generate', 'small.json', '--target', 'go', '--out', 'a'], dir)).toMatchObject({ code: 0, stderr: '' });
    const large = sdkgen(['generate', 'large.json', '--target', 'go', '--out', 'b'], dir);
    expect(large.code).toBe(0);
    expect(large.stderr).toBe('sdkgen: 3/5 large.json: model\nsdkgen: 4/5 large.json: emit go\nsdkgen: 5/5 write\n');
  });

  it('draws a bar, not lines, on a terminal, and takes it off at the end', () => {
    let drawn = '';
    const terminal = Object.assign(
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          drawn += chunk.toString('utf8');
          done();
        },
      }),
      { isTTY: true, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true },
    ) as unknown as NodeJS.WriteStream;
    const progress = progressDisplay({ specs: [{ name: 'alpha', targets: 1 }, { name: 'beta', targets: 1 }] }, terminal);
    progress.stage('alpha', 'read', 1);
    progress.stop();
    expect(drawn).toContain('sdkgen [');
    expect(drawn).toContain('1/9 alpha: read');
    expect(drawn).not.toContain('sdkgen: ');
  });
});

describe('--timings', () => {
  it('prints each stage of each spec, the write and the total on stderr', async () => {
    const dir = await tempProject(manySpecsProject(['alpha', 'beta']));
    // One job, so the stages end in config order (with two, the specs' stages interleave).
    const run = sdkgen(['generate', '--quiet', '--timings', '--jobs', '1'], dir);
    expect(run.code).toBe(0);
    const labels = run.stderr
      .trimEnd()
      .split('\n')
      .map((line) => /^sdkgen: time (.+?) +\d+ ms$/.exec(line)?.[1]);
    expect(labels).toEqual([
      'start-up',
      ...['alpha', 'beta'].flatMap((spec) => ['read', 'validate', 'model', 'emit go', 'emit python'].map((stage) => `${spec}: ${stage}`)),
      'write',
      'total',
    ]);
  });

  it('times a single spec too, and prints nothing when the run fails', async () => {
    const dir = await tempProject({ 'a.json': smallSpec('a'), 'bad.json': '{"openapi": "3.0.3"}' });
    const run = sdkgen(['generate', 'a.json', '--target', 'python', '--out', 'out', '--timings'], dir);
    expect(run.stderr).toMatch(/^sdkgen: time start-up +\d+ ms\nsdkgen: time a\.json: read +\d+ ms\n(.*\n){4}sdkgen: time total +\d+ ms\n$/);
    expect(run.stderr).toContain('a.json: emit python');
    const failed = sdkgen(['generate', 'bad.json', '--target', 'python', '--out', 'out', '--timings'], dir);
    expect(failed.code).toBe(1);
    expect(failed.stderr).not.toContain('sdkgen: time');
  });
});
