import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Everything under a folder as `{ path: contents }`, links as `-> target` and empty folders as
 * `<dir>`, so a test can assert a folder is exactly as it was, byte for byte.
 */
export async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (abs: string, rel: string): Promise<void> => {
    const entries = await readdir(abs);
    if (entries.length === 0 && rel !== '') out[rel] = '<dir>';
    for (const name of entries.sort()) {
      const path = rel === '' ? name : `${rel}/${name}`;
      const full = join(abs, name);
      const stats = await lstat(full);
      if (stats.isSymbolicLink()) out[path] = `-> ${await readlink(full)}`;
      else if (stats.isDirectory()) await walk(full, path);
      else out[path] = await readFile(full, 'utf8');
    }
  };
  await walk(dir, '');
  return out;
}
