/**
 * A copy of sdkgen's build to measure: dist/, the templates, src/ (the targets read their
 * runtimes from src/emit/<target>/ beside the build), package.json (for --version), and a link
 * to the repository's node_modules. The benchmark takes a long time; the copy keeps a rebuild of
 * dist/ meanwhile (vitest rebuilds it) out of the numbers.
 */
import { cpSync, mkdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../dist.js';

export function snapshotSdkgen(): string {
  const copy = join(ROOT, '.bench-build', 'sdkgen');
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'templates'), join(copy, 'templates'), { recursive: true });
  cpSync(join(ROOT, 'src'), join(copy, 'src'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
  // The real folder, not the repository's path to it: installing a package there meanwhile must not break the copy.
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(copy, 'node_modules'), 'dir');
  return join(copy, 'dist', 'cli', 'main.js');
}
