/**
 * V8's young-generation collector (the scavenger) runs in parallel tasks on V8's own helper
 * threads. When sdkgen keeps as many threads of its own busy as the process has cores (a spec's
 * targets in lanes, several specs in workers, a diff's two sides), there is no idle core for
 * those tasks: they only take turns with the threads that allocate, and coordinating them costs
 * CPU. So for as long as that many threads are busy, each thread scavenges its own heap alone.
 *
 * Measured on the 2-core machine, alternating runs on tmpfs, all four targets: GitHub's spec
 * 2.12 -> 2.02 s wall, 3.80 -> 3.73 s CPU (10 runs); Looker 4.0 0.82 -> 0.80 s wall, 1.36 ->
 * 1.32 s CPU (14); three specs of two targets each in spec workers, 2.73 -> 2.69 s CPU, wall the
 * same; `sdkgen diff` of GitHub's spec with itself 1.28 -> 1.25 s wall, 2.12 -> 2.05 s CPU (8).
 * With one busy thread the helpers use the idle core: GitHub's TypeScript client alone took
 * 1.28 s wall with them and 1.35 s with a single-threaded collector, so a run of one lane keeps them.
 *
 * V8's flags are per process and read at each scavenge, so this holds for the workers too. The
 * code cache's entries stay valid either way: a run with the flag set rewrote none of the entries
 * a run without it had written.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/** Threads now claimed busy by callers of busyThreads. */
let claimed = 0;

/**
 * Says `threads` threads of this run will be busy at once until the returned function is called.
 * `cores` and `setFlags` are the machine's and V8's, given otherwise by tests only.
 */
export function busyThreads(threads: number, cores = availableParallelism(), setFlags: (flags: string) => void = setFlagsFromString): () => void {
  const wasSaturated = claimed >= cores;
  claimed += threads;
  if (!wasSaturated && claimed >= cores) setFlags('--no-parallel-scavenge');
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const saturated = claimed >= cores;
    claimed -= threads;
    if (saturated && claimed < cores) setFlags('--parallel-scavenge');
  };
}
