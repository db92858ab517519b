/**
 * stagePair: the part of an update a target lane does with the files it emitted. It compares
 * them with the output on disk, stages only those that differ under the pair's own folder, and
 * refuses, before staging anything, a file where the pair needs a folder.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputError } from '../../src/output/paths.js';
import { stagePair, type StageArea } from '../../src/output/stage-pair.js';
import { writeTree } from '../../src/output/write.js';
import { snapshotTree } from './tree.js';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'sdkgen-stage-'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const area = (ignore?: string): StageArea => ({ out: join(base, 'gen'), shown: 'gen', staged: join(base, 'run', 'new'), prefix: 'api/go', ignore });

describe('stagePair', () => {
  it("stages under the pair's folder only the files the disk does not hold, and owns every one .sdkgenignore leaves it", async () => {
    await writeTree(join(base, 'gen'), [
      { path: 'api/go/README.md', contents: 'same\n' },
      { path: 'api/go/docs/Pet.md', contents: 'old\n' },
    ]);
    const staged = stagePair(area('api/go/docs/Mine.md\n'), [
      { path: 'README.md', contents: 'same\n' },
      { path: 'docs/Pet.md', contents: 'new\n' },
      { path: 'docs/Mine.md', contents: 'ignored\n' },
      { path: 'api.go', contents: 'package api\n' },
    ]);
    expect(staged).toEqual({ prefix: 'api/go', emitted: 4, wanted: ['api/go/README.md', 'api/go/api.go', 'api/go/docs/Pet.md'], put: ['api/go/api.go', 'api/go/docs/Pet.md'] });
    expect(await snapshotTree(join(base, 'run', 'new'))).toEqual({ 'api/go/api.go': 'package api\n', 'api/go/docs/Pet.md': 'new\n' });
  });

  it('refuses a file where the pair writes a folder, named as the user named the output, and stages nothing', async () => {
    await mkdir(join(base, 'gen', 'api', 'go'), { recursive: true });
    await writeFile(join(base, 'gen', 'api', 'go', 'docs'), 'a file\n');
    const staging = (): unknown => stagePair(area(), [{ path: 'a.go', contents: 'package api\n' }, { path: 'docs/Pet.md', contents: '# Pet\n' }]);
    expect(staging).toThrow(OutputError);
    expect(staging).toThrow(expect.objectContaining({ path: 'gen/api/go/docs', message: 'is a file, and sdkgen writes api/go/docs/Pet.md inside it' }));
    expect(existsSync(join(base, 'run'))).toBe(false);
  });
});
