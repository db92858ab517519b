/**
 * The scaffolding of the safety-deviation tests (test/emit/<target>/safety-deviations.test.ts):
 * a spec whose names sdkgen deliberately changes (README "Exactness"), expected/ as the imitated
 * generator's jar wrote it, and two checks: the target's referenceDocs reproduce expected/ byte
 * for byte, and the docs sdkgen really writes differ from it at the listed spots only.
 */
import { expect } from 'vitest';
import type { EmittedFile } from '../../src/emit/target.js';
import { docsOnly, expectedFiles } from './quirk-cases.js';

const README_TAIL = '## Documentation for API Endpoints';

/**
 * The one README text where ../shared/reference/python-looker-3.0 (which generated/ must match)
 * and swagger-codegen 2.2.2's jar disagree: under "All endpoints do not require authorization."
 * the reference holds a line of one space, the jar an empty one (its python/README.mustache). The
 * Python tests read the jar's files with the reference's line (`jarFiles(dir, PYTHON_AUTH_LINE)`).
 */
export const PYTHON_AUTH_LINE: readonly [string, string] = [' All endpoints do not require authorization.\n\n', ' All endpoints do not require authorization.\n \n'];

/**
 * The jar's files in `<dir>/expected`, as quirk cases hold them (the README from "Documentation for
 * API Endpoints" on); `readmeAmended` replaces one README text where a committed reference wins
 * over the jar (Python's authorization line).
 */
export function jarFiles(dir: string, readmeAmended?: readonly [string, string]): Map<string, string> {
  const files = expectedFiles(dir);
  const readme = files.get('README.md');
  if (readmeAmended !== undefined && readme !== undefined) files.set('README.md', readme.replace(...readmeAmended));
  return files;
}

/** The doc files of a target's output (README.md from "Documentation for API Endpoints" on, docs/*.md) by path. */
export function docFiles(files: readonly EmittedFile[]): Map<string, string> {
  return new Map(docsOnly(files).map((f) => [f.path, f.path === 'README.md' ? f.contents.slice(f.contents.indexOf(README_TAIL)) : f.contents]));
}

/** `text` with each `[from, to]` replaced everywhere; each `from` must occur in `generator`'s file. */
export function replaced(text: string | undefined, pairs: readonly (readonly [string, string])[], generator: string): string {
  let out = text ?? '';
  for (const [from, to] of pairs) {
    expect(out, `"${from}" should be in ${generator}'s file`).toContain(from);
    out = out.split(from).join(to);
  }
  return out;
}

/** referenceDocs' files are the jar's, every one byte for byte, and no file more. */
export function expectSameFiles(ours: ReadonlyMap<string, string>, jar: ReadonlyMap<string, string>): void {
  expect([...ours.keys()].sort()).toEqual([...jar.keys()].sort());
  for (const [path, text] of jar) expect(ours.get(path), path).toBe(text);
}
