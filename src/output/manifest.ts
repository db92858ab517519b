import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathProblem, SegmentChecks } from './paths.js';

/**
 * The record of what sdkgen owns in an output folder, like openapi-generator's
 * `.openapi-generator/FILES`: every file the last run wrote, one path a line. The next run
 * replaces or removes exactly these (less what `.sdkgenignore` hands to the user), and nothing
 * else in the folder: build outputs, node_modules, a user's own notes stay as they are.
 */
export const STATE_FOLDER = '.sdkgen';
export const MANIFEST = `${STATE_FOLDER}/FILES`;

const HEADER = [
  '# Files sdkgen wrote here. The next `sdkgen generate` replaces or removes exactly these;',
  '# anything else in this folder is yours. List a path in .sdkgenignore to take it over.',
];

/** The manifest's text for a set of paths: sorted, so it is the same on every machine. */
export function manifestText(paths: readonly string[]): string {
  return `${[...HEADER, ...[...paths].sort(ordinal)].join('\n')}\n`;
}

/**
 * The paths the manifest in `out` lists; none when there is none. The file is the user's to
 * edit, so a line that is not a safe relative path (`../x`, an absolute path) is never trusted.
 */
export async function readManifest(out: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(join(out, MANIFEST), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return [];
    throw error;
  }
  return manifestPaths(text);
}

export function manifestPaths(text: string): string[] {
  const segments = new SegmentChecks();
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#') && pathProblem(line, segments) === undefined && !isState(line));
}

/** sdkgen's own bookkeeping under `.sdkgen/`, never a generated file. */
export function isState(path: string): boolean {
  return path === STATE_FOLDER || path.startsWith(`${STATE_FOLDER}/`);
}

export function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
