import type { EmittedFile } from '../emit/target.js';
import { ignoreRules } from './ignore-file.js';
import { kind } from './journal.js';
import { Once } from './once.js';
import { changesOf, stageFiles } from './plan.js';

/**
 * What a worker thread needs to stage one pair's files (a spec's target, `<spec>/<target>/` in
 * the output) into an update that has begun (write.ts's PendingWrite). Plain data: it is posted
 * to the thread.
 */
export interface StageArea {
  /** The output folder, absolute, and as the user named it (for messages). */
  readonly out: string;
  readonly shown: string;
  /** The run's staging folder: only this pair writes under `<staged>/<prefix>/`. */
  readonly staged: string;
  /** The pair's folder in the output, `<spec>/<target>`. */
  readonly prefix: string;
  /** `.sdkgenignore`'s text, read once when the update began; undefined when there is none. */
  readonly ignore: string | undefined;
}

/** What staging a pair did, for the update to finish (paths from the output folder). */
export interface StagedPair {
  readonly prefix: string;
  /** Files the pair emitted, ignored ones included. */
  readonly emitted: number;
  /** The emitted paths `.sdkgenignore` leaves to sdkgen, sorted: the manifest lists them. */
  readonly wanted: string[];
  /** Those whose bytes differed from the disk, now staged. */
  readonly put: string[];
}

/**
 * Compares a pair's files with the disk and stages those that differ, in the thread that emitted
 * them: the files never cross to the main thread, and their writing overlaps the other lane's emit.
 */
export function stagePair(area: StageArea, files: readonly EmittedFile[]): StagedPair {
  const prefixed = files.map((f) => ({ path: `${area.prefix}/${f.path}`, contents: f.contents }));
  const { wanted, put } = changesOf(area.out, area.shown, prefixed, ignoreRules(area.ignore), new Once(kind));
  stageFiles(area.staged, put);
  return { prefix: area.prefix, emitted: files.length, wanted: wanted.map((f) => f.path), put: put.map((f) => f.path) };
}
