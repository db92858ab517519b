/**
 * Output integrity under SIGKILL: a real `sdkgen generate` child is killed at every step of
 * updating its output folder (test/output/kill-at.mjs counts the steps src/output/steps.ts
 * announces). Killed before its journal exists, the folder holds the previous output; after,
 * each file is its previous or its new version and the leftovers hold everything to finish the
 * update, which the next run does before anything else. A user's own files are never touched.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverInterruptedRuns } from '../../src/output/recover.js';
import { writeTree } from '../../src/output/write.js';
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

/**
 * What sdkgen wrote before: replaced (README.md) or removed (the rest) by the run under test. The
 * new output's docs/ is a folder the old one lacks, which the run moves in whole (journal.ts).
 */
const OLD_FILES = { 'README.md': 'old readme\n', 'guide/Old.md': 'old doc\n', 'guide/deep/er.md': 'old\n' };
/** Not sdkgen's: must survive every kill and every run as they are. */
const USER_FILES = { 'notes.md': 'mine\n', 'node_modules/x/index.js': 'built\n' };
/** The previous output as a snapshot, manifest included. */
let OLD: Record<string, string>;

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
  NEW = { ...(await snapshotTree(join(root, 'gen'))), ...USER_FILES };
  expect(Object.keys(NEW).length).toBeGreaterThan(4);
  OLD = await outputOf(await project('old'));
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
    await writeTree(join(root, 'gen'), Object.entries(OLD_FILES).map(([path, contents]) => ({ path, contents })));
    for (const [path, contents] of Object.entries(USER_FILES)) {
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

/** gen/ without the scratch folders of runs (which `leftovers` lists). */
async function outputOf(root: string): Promise<Record<string, string>> {
  const all = await snapshotTree(join(root, 'gen'));
  return Object.fromEntries(Object.entries(all).filter(([path]) => !path.startsWith('.sdkgen/run-')));
}

/** Run folders inside gen/.sdkgen, and anything beside gen/ (there must never be any). */
async function leftovers(root: string): Promise<string[]> {
  const beside = (await readdir(root)).filter((name) => name !== 'spec.json' && name !== 'gen');
  const runs = (await readdir(join(root, 'gen', '.sdkgen')).catch(() => [])).filter((name) => name !== 'FILES');
  return [...beside, ...runs];
}

/**
 * Every path holds its previous or its new version (or is absent in that version). A folder
 * emptied by a removed file may linger until the update is finished: it is no file.
 */
function eachFileOldOrNew(output: Record<string, string>, step: string): void {
  const files = Object.keys(output).filter((path) => output[path] !== '<dir>');
  for (const path of new Set([...Object.keys(OLD), ...Object.keys(NEW), ...files])) {
    expect([OLD[path], NEW[path]], `${path} after ${step}`).toContain(output[path]);
  }
}

/** A snapshot without empty folders. */
function filesOf(output: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(output).filter(([, contents]) => contents !== '<dir>'));
}

const COMMITTED = ['journal-written', 'file-removed', 'file-replaced', 'manifest-replaced'];
const DONE = ['manifest-replaced', 'journal-removed', 'run-removed'];

describe('a generate run SIGKILLed at any step of updating its output', () => {
  it('leaves the previous output, or files each old or new that the next run finishes, and never a user file touched', async () => {
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
      const committed = seen.includes('journal-written');
      if (!committed) expect(output, `killed after ${step}`).toEqual(OLD);
      else if (DONE.includes(step)) expect(filesOf(output), `killed after ${step}`).toEqual(NEW);
      else {
        eachFileOldOrNew(output, step);
        // What the killed run left is enough to finish: recovery alone yields the new output.
        const moved = join(base, `sweep-${n}-inspected`);
        await cp(root, moved, { recursive: true });
        expect(await recoverInterruptedRuns(join(moved, 'gen'))).toEqual([
          expect.stringMatching(/: finished the update an interrupted run \(pid \d+\) had started$/),
        ]);
        expect(await outputOf(moved)).toEqual(NEW);
        expect(await leftovers(moved)).toEqual([]);
      }
      if (step !== 'run-removed') expect((await leftovers(root)).length, `killed after ${step}`).toBeGreaterThan(0);
      // Nothing is ever made beside the output, only inside it: every rename stays within the
      // output folder's file system, which is what lets that folder be a mount point.
      expect((await readdir(root)).sort(), `killed after ${step}`).toEqual(['gen', 'spec.json']);

      const next = await generate(root, 0);
      expect(next.code, next.stderr).toBe(0);
      expect(next.stderr, `after a kill after ${step}`).toEqual(
        COMMITTED.includes(step) ? expect.stringMatching(/^sdkgen: warning: gen: finished the update an interrupted run \(pid \d+\) had started\n$/) : '',
      );
      expect(await outputOf(root)).toEqual(NEW);
      expect(await leftovers(root)).toEqual([]);
    }
    // Every step of an update was a kill point: one per file staged (the manifest too), removed
    // and replaced.
    const written = Object.keys(NEW).length - Object.keys(USER_FILES).length;
    const removed = Object.keys(OLD_FILES).filter((path) => NEW[path] === undefined).length;
    expect(removed).toBe(2);
    expect(seen).toEqual([
      'run-created', ...Array<string>(written).fill('file-staged'), 'journal-written',
      ...Array<string>(removed).fill('file-removed'), ...Array<string>(written - 1).fill('file-replaced'), 'manifest-replaced',
      'journal-removed', 'run-removed',
    ]);
  }, 300_000);

  it('and killed again at any step while the next run finishes the update, still leaves each file old or new, and a later run finishes', async () => {
    // The first run dies right after its first replaced file: the update is half done.
    const written = Object.keys(NEW).length - Object.keys(USER_FILES).length;
    const firstReplaced = 1 + written + 1 + 2 + 1;
    const recoverySeen: string[] = [];
    for (let n = 1; ; n += 1) {
      const root = await project(`recovery-${n}`);
      const first = await generate(root, firstReplaced);
      expect(first.steps.at(-1)).toBe('file-replaced');
      const second = await generate(root, n);
      if (second.code === 0) {
        expect(await outputOf(root)).toEqual(NEW);
        break;
      }
      expect(second.signal).toBe('SIGKILL');
      const step = second.steps.at(-1) ?? '';
      recoverySeen.push(step);
      eachFileOldOrNew(await outputOf(root), `recovery killed after ${step}`);
      const third = await generate(root, 0);
      expect(third.code, third.stderr).toBe(0);
      expect(await outputOf(root)).toEqual(NEW);
      expect(await leftovers(root)).toEqual([]);
    }
    // The second run's own update found nothing left to do once recovery was done: its kill
    // points are recovery's (the files still to replace, then the cleanup) and nothing more.
    expect(recoverySeen).toEqual([...Array<string>(written - 1).fill('recovered-file'), 'recovered-journal-removed', 'recovered-run-removed']);
  }, 300_000);
});
