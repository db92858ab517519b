/** What `generate` shows of a run as it goes: progress (unless --quiet) and, with --timings, the stage times. */
import type { RunObserver } from './pipeline.js';
import { progressDisplay, type ProgressPlan } from './progress.js';
import { allOf, timings } from './timings.js';

export interface RunWatch {
  readonly observer: RunObserver;
  /** Runs the write, timed and counted as the last step. */
  write<T>(write: () => Promise<T>): Promise<T>;
  /** Takes the progress off the screen; then, when asked for, prints the timings. */
  finish(succeeded: boolean): void;
}

export function watchRun(flags: { readonly timings: boolean; readonly quiet: boolean }, plan: ProgressPlan): RunWatch {
  const times = flags.timings ? timings() : undefined;
  const progress = flags.quiet ? undefined : progressDisplay(plan);
  return {
    observer: allOf(times, progress),
    async write(write) {
      const start = performance.now();
      const result = await write();
      times?.record('write', performance.now() - start);
      progress?.written();
      return result;
    },
    finish(succeeded) {
      progress?.stop();
      if (succeeded && times !== undefined) process.stderr.write(times.lines().join(''));
    },
  };
}
