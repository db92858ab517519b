import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareTree, isCurrent } from '../../src/output/compare.js';
import { writeTree } from '../../src/output/write.js';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'sdkgen-compare-'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const files = [
  { path: 'README.md', contents: 'readme\n' },
  { path: 'docs/B.md', contents: 'b\n' },
  { path: 'docs/A.md', contents: 'a\n' },
];

describe('compareTree', () => {
  it('finds nothing in a folder writeTree just wrote', async () => {
    const out = join(base, 'out');
    await writeTree(out, files);
    const diff = await compareTree(out, files);
    expect(diff).toEqual({ stale: [], missing: [], extra: [] });
    expect(isCurrent(diff)).toBe(true);
  });

  it('lists stale, missing and extra files, each sorted; extra only when sdkgen wrote it', async () => {
    const out = join(base, 'out');
    const earlier = [...files, { path: 'docs/Z.md', contents: 'z\n' }, { path: 'gone/target/x.md', contents: 'x\n' }, { path: 'docs/C.md', contents: 'c\n' }];
    await writeTree(out, earlier);
    await writeFile(join(out, 'README.md'), 'readme'); // lacks the final newline
    await rm(join(out, 'docs', 'A.md'));
    await rm(join(out, 'docs', 'B.md'));
    await writeFile(join(out, 'docs', 'mine.md'), 'a user file\n');
    const diff = await compareTree(out, files);
    expect(diff).toEqual({
      stale: ['.sdkgen/FILES', 'README.md'],
      missing: ['docs/A.md', 'docs/B.md'],
      extra: ['docs/C.md', 'docs/Z.md', 'gone/target/x.md'],
    });
    expect(isCurrent(diff)).toBe(false);
  });

  it('ignores what sdkgen did not write: a build, node_modules, a lock file, a user note', async () => {
    const out = join(base, 'out');
    await writeTree(out, files);
    for (const path of ['dist/index.js', 'node_modules/typescript/package.json', 'package-lock.json', 'NOTES.md']) {
      await mkdir(join(out, path, '..'), { recursive: true });
      await writeFile(join(out, path), 'x\n');
    }
    expect(await compareTree(out, files)).toEqual({ stale: [], missing: [], extra: [] });
  });

  it('neither expects nor lists what .sdkgenignore gives to the user', async () => {
    const out = join(base, 'out');
    await writeTree(out, files);
    await writeFile(join(out, '.sdkgenignore'), 'README.md\n');
    await writeFile(join(out, 'README.md'), 'mine now\n');
    // The manifest still lists README.md until the next generate: it is not extra, and the
    // manifest itself is stale until then.
    expect(await compareTree(out, files)).toEqual({ stale: ['.sdkgen/FILES'], missing: [], extra: [] });
    await writeTree(out, files);
    expect(await compareTree(out, files)).toEqual({ stale: [], missing: [], extra: [] });
    expect(await readFile(join(out, 'README.md'), 'utf8')).toBe('mine now\n');
  });

  it('compares bytes, not text: a BOM or CRLF is stale', async () => {
    const out = join(base, 'out');
    await writeTree(out, files);
    await writeFile(join(out, 'README.md'), '\ufeffreadme\n');
    await writeFile(join(out, 'docs', 'A.md'), 'a\r\n');
    expect((await compareTree(out, files)).stale).toEqual(['README.md', 'docs/A.md']);
  });

  it('reports every file missing when the folder does not exist', async () => {
    expect(await compareTree(join(base, 'nowhere'), files)).toEqual({
      stale: [],
      missing: ['.sdkgen/FILES', 'README.md', 'docs/A.md', 'docs/B.md'],
      extra: [],
    });
  });

  it('does not follow links: a link at an expected path is stale, a linked folder is not its own', async () => {
    const outside = join(base, 'outside');
    await mkdir(outside);
    await writeFile(join(outside, 'README.md'), 'readme\n');
    const out = join(base, 'out');
    await writeTree(out, files.filter((f) => f.path !== 'README.md'));
    await symlink(join(outside, 'README.md'), join(out, 'README.md'));
    await symlink(outside, join(out, 'more'));
    expect(await compareTree(out, files)).toEqual({ stale: ['.sdkgen/FILES', 'README.md'], missing: [], extra: [] });
  });

  it('ignores empty folders, as git does', async () => {
    const out = join(base, 'out');
    await writeTree(out, files);
    await mkdir(join(out, 'empty', 'nested'), { recursive: true });
    expect(isCurrent(await compareTree(out, files))).toBe(true);
  });

  it('refuses to read through a link at the folder itself', async () => {
    const real = join(base, 'real');
    await writeTree(real, files);
    await symlink(real, join(base, 'out'));
    await expect(compareTree(join(base, 'out'), files)).rejects.toThrow('is a symbolic link');
  });
});
