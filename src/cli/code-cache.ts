/**
 * A cache of V8's compiled code for the CommonJS modules sdkgen loads (TypeScript's compiler,
 * ts-morph, swagger-parser, ...), kept between runs. main.ts and each worker import
 * this module before anything else they load.
 *
 * Why: a run compiles each function of those modules to bytecode when it first calls it. On a
 * small spec that is much of the run: the TypeScript client of 100 synthetic operations took
 * 0.82 s CPU without this cache and 0.66 s with it (medians of six alternating runs on a 2-core
 * machine); on large specs the gain is small beside the work (bench/ measures both). Node 20 has no
 * such cache of its own (22's module.enableCompileCache), and v8-compile-cache saves a module's
 * code when it is compiled, before any of its functions has run, so it holds the top level only;
 * this one saves it after the run (`createCachedData`), with every function the run compiled.
 *
 * Where: SDKGEN_CODE_CACHE names the folder (`off` turns the cache off); by default it is
 * node_modules/.cache/sdkgen beside sdkgen's own package.json, a folder per V8 version (and node
 * options). The entries are code that runs: the folder must be one only its user can write. A module
 * whose file changed is compiled afresh, and so is one whose entry V8 rejects; either is written
 * again. Each entry starts with its file's size, times and inode, as git's index tells a changed
 * file: V8's own check compares only lengths, and hashing the 14 MB of source took 23 ms a run.
 * A folder that cannot be written is not an error: the run is only slower.
 *
 * An entry holds the functions the run that wrote it had compiled, so the first run shaped it for
 * good: after `sdkgen --help` (or the benchmark's start-up measure), sdkgen's bundle's entry held
 * its modules' top levels only (324 KB, against 710 KB after a TypeScript run), and every later
 * run compiled the loader and the emitters afresh: the client of 100 synthetic operations took
 * 0.345 s wall, 0.373 s CPU, against 0.324 and 0.352 s with the entry a `generate` wrote (medians
 * of 12 alternating runs). So each entry also names the kinds of work (code-cache-work.ts: `load`,
 * `emit go`, ...) whose code it holds, and a run that did a kind its entry lacks writes the entry
 * again: what the entry gave plus what this run compiled. Each kind is added once; threads that
 * write the same entry at once each add theirs to what they read, so it still grows run by run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script, constants as vmConstants } from 'node:vm';
import { isMainThread, threadId } from 'node:worker_threads';
import { workOfThread } from './code-cache-work.js';

type Compile = (this: NodeModule, content: string, filename: string) => unknown;
type Internals = { prototype: { _compile: Compile }; wrap(source: string): string };

const STAMP_BYTES = 32;
/** After the stamp: the length of the list of kinds of work (4 bytes), then the list, one per line. */
const WORK_LENGTH_BYTES = 4;

/** A script compiled in this thread, and the kinds of work its entry's code came from. */
interface Compiled {
  readonly entry: string;
  readonly stamp: Buffer;
  readonly script: Script;
  /** The kinds of work whose code its entry holds (once written, with this thread's); undefined: no usable entry yet. */
  work: readonly string[] | undefined;
}

/**
 * This thread's cache, kept on the global object: sdkgen's bundle (scripts/build-bundle.mjs) holds
 * a copy of this module too, and both copies must install one hook and save one list.
 */
interface ThreadCache {
  /** What this thread found: entries used, absent, stale or rejected (written again), written. */
  readonly counts: { hit: number; miss: number; written: number };
  /** Scripts this thread compiled, with or without an entry: their code may be saved once the work is done. */
  readonly compiled: Compiled[];
  installed: boolean;
}

const SHARED = Symbol.for('sdkgen.codeCache');
const thread: ThreadCache = ((globalThis as { [SHARED]?: ThreadCache })[SHARED] ??= { counts: { hit: 0, miss: 0, written: 0 }, compiled: [], installed: false });

/** What this thread found: entries used, absent, stale or rejected (written again), written. */
export const codeCacheCounts = thread.counts;

/** What tells a changed file: its size, modification and change times (to the nanosecond) and inode. */
function fileStamp(filename: string): Buffer | undefined {
  const stat = statSync(filename, { bigint: true, throwIfNoEntry: false });
  if (stat === undefined) return undefined;
  const stamp = Buffer.alloc(STAMP_BYTES);
  [stat.size, stat.mtimeNs, stat.ctimeNs, stat.ino].forEach((n, i) => stamp.writeBigUInt64LE(BigInt.asUintN(64, n), i * 8));
  return stamp;
}

function cacheFolder(): string | undefined {
  const setting = process.env['SDKGEN_CODE_CACHE'];
  if (setting === 'off') return undefined;
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  // V8 rejects an entry made under other flags: runs with other node options get a folder of
  // their own rather than rewriting each other's entries turn about.
  const options = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].join('\n');
  const flags = options.trim() === '' ? '' : `-${createHash('sha1').update(options).digest('hex').slice(0, 8)}`;
  // `code2`: entries name their kinds of work since; an older folder's entries are not read.
  return join(setting || join(root, 'node_modules', '.cache', 'sdkgen'), `code2-v8-${process.versions.v8}-${process.arch}${flags}`);
}

/** The entry's V8 data and kinds of work, if it was written for this very file. */
function readEntry(entry: string, stamp: Buffer): { data: Buffer; work: string[] } | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(entry);
  } catch {
    return undefined;
  }
  if (bytes.length < STAMP_BYTES + WORK_LENGTH_BYTES || !bytes.subarray(0, STAMP_BYTES).equals(stamp)) return undefined;
  const workEnd = STAMP_BYTES + WORK_LENGTH_BYTES + bytes.readUInt32LE(STAMP_BYTES);
  if (workEnd > bytes.length) return undefined;
  const work = bytes.toString('utf8', STAMP_BYTES + WORK_LENGTH_BYTES, workEnd);
  return { data: bytes.subarray(workEnd), work: work === '' ? [] : work.split('\n') };
}

/** An entry's bytes: the file's stamp, the kinds of work, V8's data. */
function entryBytes(stamp: Buffer, work: readonly string[], data: Buffer): Buffer {
  const text = Buffer.from(work.join('\n'), 'utf8');
  const length = Buffer.alloc(WORK_LENGTH_BYTES);
  length.writeUInt32LE(text.length);
  return Buffer.concat([stamp, length, text, data]);
}

/** The module's function, compiled from the cache entry when there is a good one. */
function compileWithCache(folder: string, content: string, filename: string, stamp: Buffer): (...args: unknown[]) => unknown {
  const entry = join(folder, `${createHash('sha1').update(filename).digest('hex')}.bin`);
  const cached = readEntry(entry, stamp);
  const script = new Script((Module as unknown as Internals).wrap(content), {
    filename,
    cachedData: cached?.data,
    importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const hit = cached !== undefined && !script.cachedDataRejected;
  if (hit) codeCacheCounts.hit++;
  else codeCacheCounts.miss++;
  thread.compiled.push({ entry, stamp, script, work: hit ? cached.work : undefined });
  return script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
}

/** Routes CommonJS modules through the cache, in this thread (each worker has its own loader). */
function install(folder: string): void {
  const internals = Module as unknown as Internals;
  const original = internals.prototype._compile;
  internals.prototype._compile = function compile(content, filename) {
    // A hashbang line is valid only at the very start of a script, which wrapping moves it from;
    // a module with no file of its own has nothing to tell a change by.
    const stamp = content.startsWith('#!') ? undefined : fileStamp(filename);
    if (stamp === undefined) return original.call(this, content, filename);
    const run = compileWithCache(folder, content, filename, stamp);
    const require = createRequire(filename);
    return run.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
}

// Node 20 releases before 20.12 cannot give a vm.Script the main context's import(); without it
// a module's import() would fail, so they go without the cache.
const folder = vmConstants?.USE_MAIN_CONTEXT_DEFAULT_LOADER === undefined ? undefined : cacheFolder();

/**
 * Writes the code of the modules compiled without an entry, and of those whose entry lacks a kind
 * of work this thread did; call it when the work is done.
 */
export function saveCodeCache(): void {
  if (folder === undefined) return;
  const done = [...workOfThread()];
  // Kept, not emptied: a thread that saves after each piece of work writes an entry again when a later piece added a kind.
  const due = thread.compiled.filter(({ work }) => work === undefined || done.some((kind) => !work.includes(kind)));
  if (due.length === 0) return;
  let partial: string | undefined;
  try {
    mkdirSync(folder, { recursive: true });
    for (const compiled of due) {
      const work = [...new Set([...(compiled.work ?? []), ...done])].sort();
      // Written whole under another name, then renamed: a run reading it meanwhile sees old or new.
      partial = `${compiled.entry}.${process.pid}-${threadId}`;
      writeFileSync(partial, entryBytes(compiled.stamp, work, compiled.script.createCachedData()));
      renameSync(partial, compiled.entry);
      partial = undefined;
      compiled.work = work;
      codeCacheCounts.written++;
    }
  } catch {
    // An unwritable folder (or a full disk) costs the next run time, nothing else; what this thread
    // compiled so far is not tried again.
    thread.compiled.length = 0;
    try {
      if (partial !== undefined) rmSync(partial, { force: true });
    } catch {
      // Nothing more to do: a leftover part is never read (entries end in .bin).
    }
  }
}

if (folder !== undefined && !thread.installed) {
  thread.installed = true;
  install(folder);
  // Workers save when their work is done (they may be terminated without an exit event).
  if (isMainThread) process.once('exit', saveCodeCache);
}
