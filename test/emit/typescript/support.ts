/** Shared by the typescript target's tests: load a spec, emit its package, write it to disk. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { target } from '../../../src/emit/typescript/index.js';
import type { EmittedFile } from '../../../src/emit/target.js';
import { loadApi } from '../../../src/load/index.js';
import type { Api } from '../../../src/model/types.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Product specs, then this target's fixture specs (test/fixtures/typescript). */
export const SPECS: readonly { readonly name: string; readonly path: string }[] = [
  { name: 'g4-sessions', path: 'specs/g4-sessions.yaml' },
  { name: 'looker-3.0', path: 'specs/looker-3.0.yaml' },
  { name: 'looker-4.0', path: 'specs/looker-4.0.yaml' },
  { name: 'types', path: 'test/fixtures/typescript/types.yaml' },
  { name: 'naming', path: 'test/fixtures/typescript/naming.yaml' },
  { name: 'requests', path: 'test/fixtures/typescript/requests.yaml' },
  { name: 'features', path: 'test/fixtures/typescript/features.yaml' },
  { name: 'hostile', path: 'test/fixtures/typescript/hostile.yaml' },
  { name: 'names', path: 'test/fixtures/hostile/names.yaml' },
];

export function loadSpec(path: string): Promise<Api> {
  return loadApi(join(ROOT, path));
}

export async function emitSpec(path: string, packageName = 'client'): Promise<EmittedFile[]> {
  return target.emit(await loadSpec(path), { packageName });
}

export function fileOf(files: readonly EmittedFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (file === undefined) throw new Error(`no ${path} among ${files.map((f) => f.path).join(', ')}`);
  return file.contents;
}

const temporary: string[] = [];

/** A new temporary folder, removed by removeTemporary(). */
export function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `sdkgen-ts-${prefix}-`));
  temporary.push(dir);
  return dir;
}

/** Removes every folder temporaryDir() made; call from afterAll. */
export function removeTemporary(): void {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes the files under a new temporary folder and returns it. */
export function writePackage(files: readonly EmittedFile[], prefix: string): string {
  const dir = temporaryDir(prefix);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: readonly EmittedFile[]): void {
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
}
