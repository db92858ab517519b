/**
 * Output integrity under SIGKILL: a real `sdkgen generate` child is killed at every step of
 * replacing its output folder (test/output/kill-at.mjs counts the steps src/output/steps.ts
 * announces), and after each kill the folder must hold the previous or the new output, complete;
 * then the next run must put right what the killed one left and succeed.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverInterruptedRuns } from '../../src/output/recover.js';
import { assertBuilt, BIN } from '../cli/run.js';
import { snapshotTree } from './tree.js';

const HOOK = new URL('./kill-at.mjs', import.meta.url).pathname;

const SPEC = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'Pets', version: '1.0.0' },
  paths: {
    '/pets': {
      get: { operationId: 'listPets', tags: ['pets'], responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pets' } } } } } },
    },
  },
  components: {
    schemas: {
      Pet: { type: 'object', properties: { name: { type: 'string' } } },
      Pets: { type: 'array', items: { $ref: '#/components/schemas/Pet' } },
    },
  },
});

const OLD = { 'README.md': 'old readme\n', 'docs/Old.md': 'old doc\n', 'docs/deep/er.md': 'old\n' };

interface Child {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  /** The steps the run announced, in order (the last is where a killed run died). */
  readonly steps: string[];
}

let base: string;
/** What an uninterrupted run writes. */
let NEW: Record<string, string>;

beforeAll(async () => {
  assertBuilt();
  base = await mkdtemp(join(tmpdir(), 'sdkgen-kill-'));
  const root = await project('reference', false);
  const run = await generate(root, 0);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  NEW = await snapshotTree(join(root, 'gen'));
  expect(Object.keys(NEW).length).toBeGreaterThan(2);
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** A folder with the spec and, when `withOld`, a previous output in gen/. */
async function project(name: string, withOld = true): Promise<string> {
  const root = join(base, name);
  await mkdir(root, { recursive: true });
  await writeFile(join(root, 'spec.json'), SPEC);
  if (withOld) {
    for (const [path, contents] of Object.entries(OLD)) {
      await mkdir(join(root, 'gen', path, '..'), { recursive: true });
      await writeFile(join(root, 'gen', path), contents);
    }
  }
  return root;
}

/** `sdkgen generate spec.json --target go --out gen` in `root`, SIGKILLed at step `killAt` (0: never). */
function generate(root: string, killAt: number): Promise<Child> {
  const log = join(root, `..`, `${root.split('/').pop()}.steps`);
  return new Promise((resolve, reject) => {
    const args = ['--import', HOOK, BIN, 'generate', 'spec.json', '--target', 'go', '--out', 'gen'];
    const env = { ...process.env, NO_COLOR: '1', SDKGEN_KILL_AT: String(killAt), SDKGEN_STEP_LOG: log };
    const child = execFile(process.execPath, args, { cwd: root, env }, (_error, _stdout, stderr) => {
      readFile(log, 'utf8')
        .catch(() => '')
        .then(async (text) => {
          await rm(log, { force: true });
          resolve({ code: child.exitCode, signal: child.signalCode, stderr, steps: text.split('\n').filter((s) => s !== '') });
        }, reject);
    });
  });
}

async function outputOf(root: string): Promise<Record<string, string> | 'absent'> {
  const names = await readdir(root);
  return names.includes('gen') ? snapshotTree(join(root, 'gen')) : 'absent';
}

/** A project holds only the spec and gen/ once every leftover is gone. */
async function leftovers(root: string): Promise<string[]> {
  return (await readdir(root)).filter((name) => name !== 'spec.json' && name !== 'gen');
}

describe('a generate run SIGKILLed at any step of replacing its output', () => {
  it('leaves the previous or the new output complete, and the next run cleans up and succeeds', async () => {
    const seen: string[] = [];
    for (let n = 1; ; n += 1) {
      const root = await project(`sweep-${n}`);
      const killed = await generate(root, n);
      if (killed.code === 0) {
        // Step n does not exist: the run went through every step unharmed.
        expect(await outputOf(root)).toEqual(NEW);
        break;
      }
      expect(killed.signal, `run ${n}`).toBe('SIGKILL');
      const step = killed.steps.at(-1) ?? '';
      seen.push(step);
      const output = await outputOf(root);
      if (step === 'old-moved-aside') {
        // Between the two renames: no folder at the output path, both trees complete beside it,
        // and the recovery every run starts with puts the new one in place.
        expect(output).toBe('absent');
        const moved = join(base, `sweep-${n}-inspected`);
        await cp(root, moved, { recursive: true });
        expect(await recoverInterruptedRuns(join(moved, 'gen'))).toEqual([
          expect.stringMatching(/: put back the new output of an interrupted run \(pid \d+\)$/),
        ]);
        expect(await outputOf(moved)).toEqual(NEW);
        expect(await leftovers(moved)).toEqual([]);
      } else {
        expect([OLD, NEW], `killed after ${step}`).toContainEqual(output);
        expect(output, `killed after ${step}`).toEqual(['new-in-place', 'old-removed', 'marker-removed'].includes(step) ? NEW : OLD);
      }
      if (step !== 'marker-removed') expect((await leftovers(root)).length, `killed after ${step}`).toBeGreaterThan(0);

      const next = await generate(root, 0);
      expect(next.code, next.stderr).toBe(0);
      expect(next.stderr, `after a kill after ${step}`).toEqual(step === 'old-moved-aside' ? expect.stringMatching(/^sdkgen: warning: gen: put back the new output of an interrupted run \(pid \d+\)\n$/) : '');
      expect(await outputOf(root)).toEqual(NEW);
      expect(await leftovers(root)).toEqual([]);
    }
    // Every step of a replacement was a kill point, one per file written.
    const files = Object.keys(NEW).length;
    expect(seen).toEqual([
      'marker-created', 'new-created', ...Array<string>(files).fill('file-written'),
      'old-moved-aside', 'new-in-place', 'old-removed', 'marker-removed',
    ]);
  });

  it('and killed again while the next run recovers, still leaves a complete output that a later run finishes', async () => {
    const recoverySteps = ['recovered-output', 'recovered-new-removed', 'recovered-old-removed', 'recovered-marker-removed'];
    const oldMovedAside = 3 + Object.keys(NEW).length;
    for (const [index, step] of recoverySteps.entries()) {
      const root = await project(`recovery-${index}`);
      const first = await generate(root, oldMovedAside);
      expect(first.steps.at(-1)).toBe('old-moved-aside');
      const second = await generate(root, index + 1);
      expect(second.signal).toBe('SIGKILL');
      expect(second.steps).toEqual(recoverySteps.slice(0, index + 1));
      expect(await outputOf(root), `killed after ${step}`).toEqual(NEW);
      const third = await generate(root, 0);
      expect(third.code, third.stderr).toBe(0);
      expect(await outputOf(root)).toEqual(NEW);
      expect(await leftovers(root)).toEqual([]);
    }
  });
});
