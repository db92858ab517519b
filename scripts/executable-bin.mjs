// Marks every bin that package.json names executable after a build. tsc writes plain files, and
// npm sets the bit only when it links a bin at install: without this, `npx sdkgen` in this
// repository fails with "Permission denied" after any rebuild. `npm run build` runs it on dist/;
// test/setup/build.ts runs it on the fresh folder it builds into, before swapping it in.
import { chmodSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Sets mode 0755 on each bin, its path's `dist/` read as `outDir`. */
export function markBinsExecutable(outDir = join(ROOT, 'dist')) {
  const { bin } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  for (const path of Object.values(bin ?? {})) chmodSync(join(outDir, relative('dist', path)), 0o755);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) markBinsExecutable();
