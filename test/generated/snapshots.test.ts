import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { emitConfigured } from '../../src/cli/pipeline.js';
import { loadConfig } from '../../src/config/index.js';
import type { EmittedFile } from '../../src/emit/target.js';
import { targetNames } from '../../src/emit/registry.js';

/**
 * File snapshots of everything in generated/: the committed files are the snapshots, so a change
 * in output shows up as a failing test (and, after `vitest -u` or `npm run generate`, as a diff to
 * review in the pull request). Emission runs twice to prove it is deterministic.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const generated = join(root, 'generated');

let first: EmittedFile[];
let second: EmittedFile[];

beforeAll(async () => {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const config = await loadConfig('sdkgen.config.yaml', await targetNames());
    first = await emitConfigured(config, {});
    second = await emitConfigured(config, {});
  } finally {
    process.chdir(cwd);
  }
});

function committedFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? committedFiles(path) : [relative(generated, path).split('\\').join('/')];
  });
}

test('two runs give identical bytes', () => {
  expect(second.map((f) => f.path)).toEqual(first.map((f) => f.path));
  for (const [index, file] of first.entries()) expect(second[index]?.contents, file.path).toBe(file.contents);
});

test('generated/ holds exactly the emitted files, and the manifest that lists them', async () => {
  const { MANIFEST, manifestText } = await import('../../src/output/manifest.js');
  // A package built or tested in place (dist/, node_modules/, build/, caches) is not sdkgen's: git ignores it, and so does this.
  const committed = committedFiles(generated).filter(
    (path) => !/\/typescript\/(dist|node_modules)\/|\/python\/(build|dist)\/|__pycache__\/|\.egg-info\/|\.(mypy|pytest)_cache\//.test(path),
  );
  expect(committed.sort()).toEqual([...first.map((f) => f.path), MANIFEST].sort());
  expect(readFileSync(join(generated, MANIFEST), 'utf8')).toBe(manifestText(first.map((f) => f.path)));
});

describe('file snapshots', () => {
  test('every emitted file matches its committed copy', async () => {
    for (const file of first) await expect(file.contents).toMatchFileSnapshot(join(generated, file.path));
  });
});
