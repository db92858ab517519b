/**
 * The peak resident memory so far of a process group's members, read from Linux's /proc just
 * before a timed-out tool is killed. GNU time reports the peak only for a child that ends on its
 * own; a tool stopped at the limit would otherwise have no memory figure at all, although it is
 * often the one that used the most (@hey-api/openapi-ts on 10,000 operations passed 1.9 GB before
 * 300 s). What it returns is a lower bound: the process might have grown further.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The process group in a /proc/<pid>/stat line: its fifth field, the third after the command's closing parenthesis (a command may hold spaces). */
function groupOf(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[2]);
}

/** VmHWM (the peak resident set) of one process, in kB; NaN if it ended or /proc has no such line. */
function peakKb(pid: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const line = /^VmHWM:\s+(\d+) kB$/m.exec(status);
  return line === null ? NaN : Number(line[1]);
}

/**
 * The highest peak resident set, in kB, of the processes in group `group` other than `except`
 * (GNU time, whose own few megabytes are not the tool's); NaN when none could be read (no /proc).
 */
export function groupPeakKb(group: number, except: number): number {
  let highest = NaN;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name) && Number(name) !== except);
  } catch {
    return NaN;
  }
  for (const pid of pids) {
    try {
      if (groupOf(readFileSync(`/proc/${pid}/stat`, 'utf8')) !== group) continue;
      const kb = peakKb(pid);
      if (Number.isFinite(kb) && (Number.isNaN(highest) || kb > highest)) highest = kb;
    } catch {
      // The process ended between the listing and the read: it is not the one still running.
    }
  }
  return highest;
}
