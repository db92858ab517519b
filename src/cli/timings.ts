/**
 * `--timings`: how long each stage took, on stderr once the run is over. Start-up is the time
 * from the process starting to the command running (loading sdkgen itself); each spec's read,
 * validate, model and per-target emit follow (and, for targets emitted in lanes, each one's
 * files staged by its lane: `write <target>`), then the write and the total. With worker threads
 * the specs' stages overlap, so they add up to more than the total.
 */
import type { RunObserver } from './pipeline.js';
import { escapeControls } from './report.js';

export interface Timings extends RunObserver {
  /** A stage outside any spec (`write`). */
  record(stage: string, ms: number): void;
  /** The lines to print, the total last. */
  lines(): string[];
}

export function timings(startedAt = performance.now()): Timings {
  const rows: [string, number][] = [['start-up', startedAt]];
  return {
    loaded() {},
    stage(spec, stage, ms) {
      rows.push([`${spec}: ${stage}`, ms]);
    },
    staged(spec, target, ms) {
      rows.push([`${spec}: write ${target}`, ms]);
    },
    record(stage, ms) {
      rows.push([stage, ms]);
    },
    lines() {
      const all: [string, number][] = [...rows, ['total', performance.now()]];
      const width = Math.max(...all.map(([label]) => label.length));
      return all.map(([label, ms]) => `sdkgen: time ${escapeControls(label).padEnd(width)} ${ms.toFixed(0).padStart(7)} ms\n`);
    },
  };
}

/** Every observer told of each event. */
export function allOf(...observers: readonly (RunObserver | undefined)[]): RunObserver {
  const present = observers.filter((o): o is RunObserver => o !== undefined);
  return {
    loaded: (spec, operations) => present.forEach((o) => o.loaded(spec, operations)),
    stage: (spec, stage, ms) => present.forEach((o) => o.stage(spec, stage, ms)),
    staged: (spec, target, ms) => present.forEach((o) => o.staged?.(spec, target, ms)),
  };
}
