import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * Who a run's scratch folders belong to. A run first creates an empty marker file beside the
 * output folder whose name carries its id: the host, its pid, the pid's start time and a random
 * part. Its two folders take the same id. Only folders with a marker are ever removed by another
 * run, and only once the marker's owner is known to be dead, so nothing sdkgen did not make (and
 * nothing a live run still uses) is touched. The id is in the name, not the contents, so a kill
 * while creating the marker cannot leave it unreadable.
 *
 * The marker and folders sit beside the output, not in it: the new folder becomes the output.
 */
export interface RunFiles {
  readonly marker: string;
  /** The new output, written in full before anything else moves. */
  readonly temp: string;
  /** Where the previous output waits while the new one is renamed in. */
  readonly backup: string;
}

export interface RunOwner {
  /** First 8 hex digits of the host name's SHA-256 (host names may hold anything). */
  readonly host: string;
  readonly pid: number;
  /** The process's start time in clock ticks since boot (Linux), 0 where it cannot be read. */
  readonly start: number;
}

const ID = /^([0-9a-f]{8})-(\d+)-(\d+)-[0-9a-f]{12}$/;

/** This process as an owner. */
export function currentOwner(): RunOwner {
  return { host: hostTag(), pid: process.pid, start: processStart(process.pid) ?? 0 };
}

/** Fresh, unique names for a run of this process writing `out`. */
export function newRunFiles(out: string): RunFiles {
  const owner = currentOwner();
  return runFiles(out, `${owner.host}-${owner.pid}-${owner.start}-${randomBytes(6).toString('hex')}`);
}

function runFiles(out: string, id: string): RunFiles {
  const stem = join(dirname(out), `.${basename(out)}.sdkgen-${id}`);
  return { marker: `${stem}.run`, temp: `${stem}.new`, backup: `${stem}.old` };
}

/** The run a file name beside `out` is the marker of, or undefined when it is not one. */
export function markedRun(out: string, entry: string): (RunFiles & { readonly owner: RunOwner }) | undefined {
  const prefix = `.${basename(out)}.sdkgen-`;
  if (!entry.startsWith(prefix) || !entry.endsWith('.run')) return undefined;
  const id = entry.slice(prefix.length, -'.run'.length);
  const match = ID.exec(id);
  if (!match) return undefined;
  const owner = { host: match[1] ?? '', pid: Number(match[2]), start: Number(match[3]) };
  return { ...runFiles(out, id), owner };
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
