/**
 * Progress of a long `generate` on stderr: a bar on a terminal (cli-progress), plain lines
 * otherwise (a CI log), nothing with --quiet. Shown for a config with several specs from the
 * start, and for one spec once it is loaded and has more than 200 operations; small runs stay
 * silent. One step per stage: each spec's read, validate and model, each target's emit, and the
 * final write.
 */
import { createRequire } from 'node:module';
import type { RunObserver } from './pipeline.js';
import { escapeControls } from './report.js';

/** A single spec shows progress above this many operations. */
export const PROGRESS_OPERATIONS = 200;

/** Stages of loading a spec, before one emit per target. */
const LOAD_STAGES = 3;

export interface ProgressPlan {
  readonly specs: readonly { readonly name: string; readonly targets: number }[];
}

export interface Progress extends RunObserver {
  /** The output was written: the last step. */
  written(): void;
  /** Takes the bar off the terminal (also after a failure). */
  stop(): void;
}

interface Display {
  step(done: number, total: number, what: string): void;
  stop(): void;
}

export function progressDisplay(plan: ProgressPlan, stream: NodeJS.WriteStream = process.stderr): Progress {
  const total = plan.specs.reduce((n, s) => n + LOAD_STAGES + s.targets, 0) + 1;
  let shown = plan.specs.length > 1;
  let display: Display | undefined;
  let done = 0;
  let last = '';
  const step = (what: string): void => {
    done += 1;
    last = what;
    if (!shown) return;
    display ??= stream.isTTY ? barDisplay(stream, total) : lineDisplay(stream);
    display.step(done, total, what);
  };
  return {
    loaded(_spec, operations) {
      // Stages before this were counted silently; the display starts where the run is.
      if (!shown && operations > PROGRESS_OPERATIONS) {
        shown = true;
        done -= 1;
        step(last);
      }
    },
    stage(spec, stage) {
      step(`${spec}: ${stage}`);
    },
    written() {
      step('write');
    },
    stop() {
      display?.stop();
    },
  };
}

/** `sdkgen: 4/12 looker-4.0: emit go`, one line per step: what a log can hold. */
function lineDisplay(stream: NodeJS.WritableStream): Display {
  return {
    step(done, total, what) {
      stream.write(`sdkgen: ${done}/${total} ${escapeControls(what)}\n`);
    },
    stop() {},
  };
}

function barDisplay(stream: NodeJS.WriteStream, total: number): Display {
  // Loaded only when a bar is drawn (a terminal, a long run): every other run is spared its 20 files.
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
  const bar = new cliProgress.SingleBar({ stream, format: 'sdkgen [{bar}] {value}/{total} {what}', clearOnComplete: true, hideCursor: false, barsize: 24, fps: 10 });
  bar.start(total, 0, { what: '' });
  return {
    step(done, _total, what) {
      bar.update(done, { what: escapeControls(what) });
    },
    stop() {
      bar.stop();
    },
  };
}
