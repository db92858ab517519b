import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputError } from '../../src/output/paths.js';
import { writeTree } from '../../src/output/write.js';
import { snapshotTree } from './tree.js';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'sdkgen-write-'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

/** A populated output folder to prove failures leave it alone. */
async function existingOutput(): Promise<string> {
  const out = join(base, 'out');
  await mkdir(join(out, 'docs'), { recursive: true });
  await writeFile(join(out, 'README.md'), 'old readme\n');
  await writeFile(join(out, 'docs', 'Old.md'), 'old doc\n');
  return out;
}

describe('writeTree', () => {
  it('creates the folder and its parents with exactly the files given', async () => {
    const out = join(base, 'a', 'b', 'out');
    await writeTree(out, [
      { path: 'docs/SessionApi.md', contents: '# Session\n' },
      { path: 'README.md', contents: 'héllo\n' },
    ]);
    expect(await snapshotTree(out)).toEqual({ 'README.md': 'héllo\n', 'docs/SessionApi.md': '# Session\n' });
  });

  it('replaces an existing folder wholesale and leaves nothing beside it', async () => {
    const out = await existingOutput();
    await writeTree(out, [{ path: 'README.md', contents: 'new\n' }]);
    expect(await snapshotTree(out)).toEqual({ 'README.md': 'new\n' });
    expect(await readdir(base)).toEqual(['out']);
  });

  it('writes an empty file set as an empty folder', async () => {
    const out = await existingOutput();
    await writeTree(out, []);
    expect(await readdir(out)).toEqual([]);
  });

  it('refuses an unsafe path before touching the disk', async () => {
    const out = await existingOutput();
    const before = await snapshotTree(base);
    const files = [
      { path: 'README.md', contents: 'new\n' },
      { path: '../escaped.md', contents: 'x' },
    ];
    await expect(writeTree(out, files)).rejects.toThrow("refusing to write: path has a '..' segment");
    expect(await snapshotTree(base)).toEqual(before);
  });

  it('leaves the folder untouched and removes its scratch folder when a write fails mid-way', async () => {
    const out = await existingOutput();
    const before = await snapshotTree(base);
    // Every segment is legal, but together they exceed PATH_MAX: the file system refuses the
    // deep file only after `a.md` (sorted first) was written into the scratch folder.
    const deep = Array.from({ length: 20 }, (_, i) => `${i}`.padStart(250, 'x')).join('/');
    const files = [
      { path: 'a.md', contents: 'first\n' },
      { path: `${deep}/b.md`, contents: 'never\n' },
    ];
    await expect(writeTree(out, files)).rejects.toMatchObject({ code: 'ENAMETOOLONG' });
    expect(await snapshotTree(base)).toEqual(before);
  });

  it('refuses a symbolic link at the output path and writes nothing through it', async () => {
    const real = join(base, 'real');
    await mkdir(real);
    await writeFile(join(real, 'keep.md'), 'keep\n');
    const out = join(base, 'out');
    await symlink(real, out);
    const before = await snapshotTree(base);
    await expect(writeTree(out, [{ path: 'README.md', contents: 'x' }])).rejects.toThrow(OutputError);
    await expect(writeTree(out, [])).rejects.toThrow('is a symbolic link; refusing to write through it');
    expect(await snapshotTree(base)).toEqual(before);
  });

  it('never follows a symbolic link inside the old output folder', async () => {
    const outside = join(base, 'outside');
    await mkdir(outside);
    await writeFile(join(outside, 'precious.md'), 'precious\n');
    const out = await existingOutput();
    await symlink(outside, join(out, 'linked'));
    await writeTree(out, [{ path: 'linked/precious.md', contents: 'overwritten?\n' }]);
    expect(await snapshotTree(outside)).toEqual({ 'precious.md': 'precious\n' });
    expect(await snapshotTree(out)).toEqual({ 'linked/precious.md': 'overwritten?\n' });
  });

  it('refuses an output path that is a file', async () => {
    const out = join(base, 'out');
    await writeFile(out, 'a file\n');
    await expect(writeTree(out, [])).rejects.toThrow('exists and is not a folder');
    expect(await snapshotTree(base)).toEqual({ out: 'a file\n' });
  });

  it('refuses to replace the working folder or one containing it', async () => {
    const parent = join(base, 'parent');
    const child = join(parent, 'child');
    await mkdir(child, { recursive: true });
    const cwd = process.cwd();
    process.chdir(child);
    try {
      await expect(writeTree(child, [])).rejects.toThrow('contains the current folder');
      await expect(writeTree(parent, [])).rejects.toThrow('contains the current folder');
    } finally {
      process.chdir(cwd);
    }
    expect(await snapshotTree(base)).toEqual({ 'parent/child': '<dir>' });
  });

  it('refuses a file system root', async () => {
    await expect(writeTree('/', [])).rejects.toThrow('is a file system root');
  });
});
