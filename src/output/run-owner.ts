import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * Who a run's scratch folder belongs to. A run creates its folder, `<out>/.sdkgen/run-<id>`, with
 * one exclusive mkdir; the id carries the host, the pid, the pid's start time and a random part.
 * Only such folders are ever removed or finished by another run, and only once their owner is
 * known to be dead, so nothing sdkgen did not make (and nothing a live run still uses) is touched.
 * The id is in the name, not in a file, so a kill while creating it cannot leave it unreadable.
 *
 * The folder sits inside the output folder, not beside it: its files are renamed into the output,
 * and a rename only works within one file system, which the output folder is even when it is a
 * mount point (its parent then is another file system).
 */
export interface RunFiles {
  /** The run's folder; its name is the marker. */
  readonly folder: string;
  /** The new files, written in full before anything in the output changes. */
  readonly staged: string;
  /** Where replaced and removed files wait until the run is over, so a failure can put them back. */
  readonly backup: string;
  /** The list of changes; once it exists the run is committed and is finished, never undone. */
  readonly journal: string;
}

export interface RunOwner {
  /** First 8 hex digits of the host name's SHA-256 (host names may hold anything). */
  readonly host: string;
  readonly pid: number;
  /** The process's start time in clock ticks since boot (Linux), 0 where it cannot be read. */
  readonly start: number;
}

const RUN_NAME = /^run-(([0-9a-f]{8})-(\d+)-(\d+)-[0-9a-f]{12})$/;

/** This process as an owner. */
export function currentOwner(): RunOwner {
  return { host: hostTag(), pid: process.pid, start: processStart(process.pid) ?? 0 };
}

/** A fresh, unique run folder name for this process inside `state` (`<out>/.sdkgen`). */
export function newRunFiles(state: string): RunFiles {
  const owner = currentOwner();
  return runFiles(state, `run-${owner.host}-${owner.pid}-${owner.start}-${randomBytes(6).toString('hex')}`);
}

function runFiles(state: string, name: string): RunFiles {
  const folder = join(state, name);
  return { folder, staged: join(folder, 'new'), backup: join(folder, 'old'), journal: join(folder, 'journal') };
}

/** The run an entry of `state` is the folder of, or undefined when it is not one. */
export function markedRun(state: string, entry: string): (RunFiles & { readonly owner: RunOwner }) | undefined {
  const match = RUN_NAME.exec(entry);
  if (!match) return undefined;
  const owner = { host: match[2] ?? '', pid: Number(match[3]), start: Number(match[4]) };
  return { ...runFiles(state, entry), owner };
}

/**
 * False only when the owner is surely gone: on this host, and its pid is free or now belongs to
 * a process that started at another time (a reused pid). A run on another host sharing the
 * folder cannot be checked, so it counts as alive.
 */
export function isAlive(owner: RunOwner): boolean {
  if (owner.host !== hostTag()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the pid exists but belongs to someone else, which is judged by its start time below.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const start = processStart(owner.pid);
  return start === undefined || owner.start === 0 || start === owner.start;
}

function hostTag(): string {
  return createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
}

/** Field 22 of /proc/<pid>/stat (after the parenthesised command, which may hold spaces). */
function processStart(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const start = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    return Number.isSafeInteger(start) ? start : undefined;
  } catch {
    return undefined;
  }
}
