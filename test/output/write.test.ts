import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST, manifestText } from '../../src/output/manifest.js';
import { OutputError } from '../../src/output/paths.js';
import { stagePair } from '../../src/output/stage-pair.js';
import { PendingWrite, writeTree } from '../../src/output/write.js';
import { snapshotTree } from './tree.js';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'sdkgen-write-'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

/** An output folder sdkgen wrote, plus a user's own files beside its files. */
async function existingOutput(): Promise<string> {
  const out = join(base, 'out');
  await writeTree(out, [
    { path: 'README.md', contents: 'old readme\n' },
    { path: 'docs/Old.md', contents: 'old doc\n' },
  ]);
  await mkdir(join(out, 'node_modules', 'x'), { recursive: true });
  await writeFile(join(out, 'node_modules', 'x', 'index.js'), 'built\n');
  await writeFile(join(out, 'docs', 'notes.md'), 'my notes\n');
  return out;
}

/** The manifest as writeTree writes it for these paths. */
const manifest = (...paths: string[]): Record<string, string> => ({ [MANIFEST]: manifestText(paths) });

describe('writeTree', () => {
  it('creates the folder and its parents with exactly the files given and their manifest', async () => {
    const out = join(base, 'a', 'b', 'out');
    const report = await writeTree(out, [
      { path: 'docs/SessionApi.md', contents: '# Session\n' },
      { path: 'README.md', contents: 'héllo\n' },
    ]);
    expect(await snapshotTree(out)).toEqual({ 'README.md': 'héllo\n', 'docs/SessionApi.md': '# Session\n', ...manifest('README.md', 'docs/SessionApi.md') });
    expect(report).toEqual({ warnings: [], written: 2, removed: 0 });
    expect(await readFile(join(out, MANIFEST), 'utf8')).toBe(
      '# Files sdkgen wrote here. The next `sdkgen generate` replaces or removes exactly these;\n' +
        '# anything else in this folder is yours. List a path in .sdkgenignore to take it over.\nREADME.md\ndocs/SessionApi.md\n',
    );
  });

  it('replaces and removes only the files it wrote before, leaving everything else and nothing beside it', async () => {
    const out = await existingOutput();
    const report = await writeTree(out, [{ path: 'README.md', contents: 'new\n' }]);
    expect(report).toEqual({ warnings: [], written: 1, removed: 1 });
    expect(await snapshotTree(out)).toEqual({
      'README.md': 'new\n',
      'docs/notes.md': 'my notes\n',
      'node_modules/x/index.js': 'built\n',
      ...manifest('README.md'),
    });
    expect(await readdir(base)).toEqual(['out']);
  });

  it('removes a folder its removed files emptied, and keeps one that still holds a file of the user', async () => {
    const out = join(base, 'out');
    await writeTree(out, [{ path: 'a/deep/x.md', contents: 'x\n' }, { path: 'b/y.md', contents: 'y\n' }]);
    await writeFile(join(out, 'b', 'mine.md'), 'mine\n');
    await writeTree(out, [{ path: 'README.md', contents: 'r\n' }]);
    expect(await snapshotTree(out)).toEqual({ 'README.md': 'r\n', 'b/mine.md': 'mine\n', ...manifest('README.md') });
  });

  it('writes nothing when nothing changed, not even the manifest', async () => {
    const out = await existingOutput();
    const before = await snapshotTree(out);
    const files = [{ path: 'README.md', contents: 'old readme\n' }, { path: 'docs/Old.md', contents: 'old doc\n' }];
    expect(await writeTree(out, files)).toEqual({ warnings: [], written: 0, removed: 0 });
    expect(await snapshotTree(out)).toEqual(before);
  });

  it('takes over a file at a generated path in a folder without a manifest, and leaves the rest', async () => {
    const out = join(base, 'out');
    await mkdir(out);
    await writeFile(join(out, 'README.md'), 'hand-written\n');
    await writeFile(join(out, 'keep.md'), 'keep\n');
    await writeTree(out, [{ path: 'README.md', contents: 'generated\n' }]);
    expect(await snapshotTree(out)).toEqual({ 'README.md': 'generated\n', 'keep.md': 'keep\n', ...manifest('README.md') });
  });

  it('never writes nor removes a path .sdkgenignore lists, nor lists it as its own', async () => {
    const out = await existingOutput();
    await writeFile(join(out, '.sdkgenignore'), '# mine now\nREADME.md\ndocs/\n');
    await writeFile(join(out, 'README.md'), 'edited by the user\n');
    await writeTree(out, [{ path: 'README.md', contents: 'new\n' }, { path: 'docs/New.md', contents: 'new doc\n' }, { path: 'LICENSE', contents: 'l\n' }]);
    expect(await snapshotTree(out)).toEqual({
      '.sdkgenignore': '# mine now\nREADME.md\ndocs/\n',
      'LICENSE': 'l\n',
      'README.md': 'edited by the user\n',
      'docs/Old.md': 'old doc\n',
      'docs/notes.md': 'my notes\n',
      'node_modules/x/index.js': 'built\n',
      ...manifest('LICENSE'),
    });
  });

  it('refuses to emit into its own records', async () => {
    const out = join(base, 'out');
    await expect(writeTree(out, [{ path: '.sdkgen/FILES', contents: '' }])).rejects.toThrow("is reserved for sdkgen's own records");
    await expect(writeTree(out, [{ path: '.sdkgenignore', contents: '' }])).rejects.toThrow("is reserved for sdkgen's own records");
    expect(await readdir(base)).toEqual([]);
  });

  it('never removes a path a hand-edited manifest names outside the folder', async () => {
    const out = await existingOutput();
    await writeFile(join(base, 'precious.md'), 'precious\n');
    await writeFile(join(out, MANIFEST), '../precious.md\n/etc/hostname\nREADME.md\n');
    await writeTree(out, [{ path: 'README.md', contents: 'new\n' }]);
    expect(await readFile(join(base, 'precious.md'), 'utf8')).toBe('precious\n');
    // docs/Old.md is no longer listed, so it is no longer sdkgen's.
    expect(await readFile(join(out, 'docs', 'Old.md'), 'utf8')).toBe('old doc\n');
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

  it('never follows a symbolic link inside the output folder: refuses to write through it', async () => {
    const outside = join(base, 'outside');
    await mkdir(outside);
    await writeFile(join(outside, 'precious.md'), 'precious\n');
    const out = await existingOutput();
    await symlink(outside, join(out, 'linked'));
    const before = await snapshotTree(base);
    await expect(writeTree(out, [{ path: 'linked/precious.md', contents: 'overwritten?\n' }])).rejects.toMatchObject({
      path: `${out}/linked`,
      message: 'is a symbolic link or special file; refusing to write linked/precious.md through it',
    });
    expect(await snapshotTree(base)).toEqual(before);
  });

  it('replaces a symbolic link at a generated path, not what it points to', async () => {
    const outside = join(base, 'outside.md');
    await writeFile(outside, 'precious\n');
    const out = await existingOutput();
    await rm(join(out, 'README.md'));
    await symlink(outside, join(out, 'README.md'));
    await writeTree(out, [{ path: 'README.md', contents: 'new\n' }]);
    expect(await readFile(outside, 'utf8')).toBe('precious\n');
    expect((await snapshotTree(out))['README.md']).toBe('new\n');
  });

  it('refuses a link in place of its own .sdkgen folder, and writes nothing through it', async () => {
    const elsewhere = join(base, 'elsewhere');
    await mkdir(elsewhere);
    const out = join(base, 'out');
    await mkdir(out);
    await symlink(elsewhere, join(out, '.sdkgen'));
    const before = await snapshotTree(base);
    await expect(writeTree(out, [{ path: 'README.md', contents: 'x\n' }])).rejects.toThrow("is not a folder; it is sdkgen's own, so remove it and run again");
    expect(await snapshotTree(base)).toEqual(before);
  });

  it('refuses a file where it writes a folder, and a folder where it writes a file', async () => {
    const out = await existingOutput();
    const before = await snapshotTree(base);
    await expect(writeTree(out, [{ path: 'README.md/x.md', contents: 'x\n' }])).rejects.toMatchObject({ path: `${out}/README.md`, message: 'is a file, and sdkgen writes README.md/x.md inside it' });
    await expect(writeTree(out, [{ path: 'docs', contents: 'x\n' }])).rejects.toMatchObject({ path: `${out}/docs`, message: 'is a folder, and sdkgen writes a file there' });
    expect(await snapshotTree(base)).toEqual(before);
  });

  it('refuses an output path that is a file', async () => {
    const out = join(base, 'out');
    await writeFile(out, 'a file\n');
    await expect(writeTree(out, [])).rejects.toThrow('exists and is not a folder');
    expect(await snapshotTree(base)).toEqual({ out: 'a file\n' });
  });

  it('writes into the working folder, leaving what is not its own', async () => {
    const cwd = process.cwd();
    await writeFile(join(base, 'mine.md'), 'mine\n');
    process.chdir(base);
    try {
      await writeTree('.', [{ path: 'README.md', contents: 'r\n' }]);
    } finally {
      process.chdir(cwd);
    }
    expect(await snapshotTree(base)).toEqual({ 'README.md': 'r\n', 'mine.md': 'mine\n', ...manifest('README.md') });
  });

  it('refuses a file system root', async () => {
    await expect(writeTree('/', [])).rejects.toThrow('is a file system root');
  });
});

describe('PendingWrite', () => {
  /** One pair's files, as its lane emits them (paths inside `api/go`), and files of the rest of the set. */
  const PAIR = [
    { path: 'README.md', contents: 'go readme\n' },
    { path: 'docs/Pet.md', contents: '# Pet\n' },
  ];
  const REST = [{ path: 'api/rust/README.md', contents: 'rust readme\n' }];
  const prefixed = PAIR.map((f) => ({ path: `api/go/${f.path}`, contents: f.contents }));

  /** A pair staged through its area by stagePair, as a lane does, and the rest given to finish. */
  async function staged(out: string): Promise<{ update: PendingWrite; finish: () => ReturnType<PendingWrite['finish']> }> {
    const update = new PendingWrite(out);
    update.accept(stagePair(await update.area('api/go'), PAIR));
    return { update, finish: () => update.finish(REST) };
  }

  it('leaves the tree writeTree leaves for the same files, old files replaced and removed alike', async () => {
    const byWriteTree = await existingOutput();
    const report = await writeTree(byWriteTree, [...prefixed, ...REST]);
    const tree = await snapshotTree(byWriteTree);
    await rm(byWriteTree, { recursive: true });
    const out = await existingOutput();
    const { update, finish } = await staged(out);
    expect(await finish()).toEqual(report);
    expect(report).toEqual({ warnings: [], written: 3, removed: 2 });
    expect(await snapshotTree(out)).toEqual(tree);
    expect(update.stagedCount).toBe(2);
  });

  it('abandoned after a pair was staged, leaves the output as it was and no run folder; an output it made goes', async () => {
    const out = await existingOutput();
    const before = await snapshotTree(base);
    await (await staged(out)).update.abandon();
    expect(await snapshotTree(base)).toEqual(before);
    await (await staged(join(base, 'new', 'gen'))).update.abandon();
    expect(await snapshotTree(base)).toEqual({ ...before, new: '<dir>' });
  });

  it('with nothing changed, writes nothing and removes the run folder its area made', async () => {
    const out = join(base, 'out');
    await writeTree(out, [...prefixed, ...REST]);
    const before = await snapshotTree(base);
    const { finish } = await staged(out);
    expect(await finish()).toEqual({ warnings: [], written: 0, removed: 0 });
    expect(await snapshotTree(base)).toEqual(before);
  });
});
