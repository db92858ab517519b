import { pathToFileURL } from 'node:url';

/**
 * Imports one file of a target's folder (registry.ts has checked the name and found the file).
 * A bundle cannot import a path computed at run time: scripts/build-bundle.mjs puts in the
 * bundle, in place of this module, one that imports each target folder's files by name.
 */
export function importTargetFile(name: string, file: string): Promise<Record<string, unknown>> {
  // The bundle's version picks the module by `name`; a file path is enough here.
  void name;
  // The exact file that exists, as a URL: works for node on dist/ and vitest on src/ alike.
  return import(/* @vite-ignore */ pathToFileURL(file).href) as Promise<Record<string, unknown>>;
}
