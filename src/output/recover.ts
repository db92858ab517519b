import { readdir, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { applyJournal, readJournal, removeEmptied, removeRun } from './journal.js';
import { STATE_FOLDER } from './manifest.js';
import { isAlive, markedRun } from './run-owner.js';

/**
 * The first thing every run does: finish what killed runs left in `<out>/.sdkgen`. For each run
 * folder whose owner is dead, in name order: a run that wrote its journal had committed, so its
 * remaining changes are made (journal.ts); a run that had not is simply removed, since it never
 * changed the output. The journal goes before the folder, so a kill during recovery leaves either
 * a journal to finish again or a folder to remove.
 *
 * Returns a line per run finished and per leftover that could not be cleared (naming the output
 * as `shown`); neither stops the run. Folders not named as runs, or of a live run, stay.
 */
export async function recoverInterruptedRuns(out: string, shown: string = out): Promise<string[]> {
  const notes: string[] = [];
  const state = join(out, STATE_FOLDER);
  for (const entry of (await entries(state)).sort()) {
    const run = markedRun(state, entry);
    if (run === undefined || isAlive(run.owner)) continue;
    try {
      const journal = await readJournal(run);
      if (journal !== undefined) {
        applyJournal(out, run, journal, [], true);
        await removeEmptied(out, journal.drop);
        notes.push(`${shown}: finished the update an interrupted run (pid ${run.owner.pid}) had started`);
      }
      await removeRun(run, true);
    } catch (error) {
      // Leftovers that cannot go must not block every later run: the folder stays for the next attempt.
      notes.push(`${shown}: could not clear what an interrupted run (pid ${run.owner.pid}) left at ${run.folder}: ${(error as Error).message}`);
    }
  }
  // An output folder a killed run created and never filled holds nothing but this empty folder.
  await rmdir(state).catch(() => undefined);
  return notes;
}

async function entries(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}
