#!/usr/bin/env node
/**
 * `npm run bench` (here or at the repository root): installs the peer generators into
 * bench/node_modules on first use (exactly bench/package-lock.json, never part of the root's
 * `npm ci`), rebuilds sdkgen's dist/, compiles the benchmark and runs its sections.
 * `npm run bench -- peers` runs only the sections whose file name contains `peers`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bench = dirname(fileURLToPath(import.meta.url));
const root = dirname(bench);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: 'inherit' });

// The lock's hash is noted once installed, so a changed lock reinstalls and an unchanged one is quick.
const lock = readFileSync(join(bench, 'package-lock.json'));
const stamp = join(bench, 'node_modules', '.installed-lock');
const hash = createHash('sha256').update(lock).digest('hex');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash) {
  process.stderr.write('bench: installing the peer generators into bench/node_modules (first use)\n');
  // No install scripts: the peers need none to run, and none of their code runs before it is measured.
  run(npm, ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], bench);
  writeFileSync(stamp, hash);
}
run(npm, ['run', 'build'], root);
run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(bench, 'tsconfig.json')], root);
run(process.execPath, [join(root, '.bench-build', 'bench', 'main.js'), ...process.argv.slice(2)], root);
