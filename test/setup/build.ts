import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildBundle } from '../../scripts/build-bundle.mjs';
import { buildTemplates } from '../../scripts/build-templates.mjs';
import { buildValidators } from '../../scripts/build-validators.mjs';
import { markBinsExecutable } from '../../scripts/executable-bin.mjs';
import { runChild } from '../support/child.js';

/**
 * Builds dist/ once before the suite, so CLI tests run the real bin (`node dist/cli/main.js`).
 * tsc writes into a fresh folder beside dist/ that is then swapped in, so another test run using
 * dist/ meanwhile never sees half a build. A failed build does not stop the other suites: it is
 * handed to the CLI tests, which fail with tsc's own output. When nothing under src/ changed
 * since the last build (file or folder mtimes, so added and deleted files count), it is reused:
 * every vitest run pays for this setup, not only the CLI tests.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** tsc's output when the build failed, else null. */
    buildError: string | null;
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export default async function setup(project: TestProject): Promise<void> {
  project.provide('buildError', await build());
}

/** Written into dist/ by a successful build: the time that build started. */
const STAMP = '.sdkgen-build-started';

async function build(): Promise<string | null> {
  const started = Date.now();
  if (await upToDate()) {
    // A dist/ built before the bin was marked (or by a bare tsc) gets its executable bit here.
    markBinsExecutable();
    return null;
  }
  const suffix = randomBytes(6).toString('hex');
  const fresh = `${ROOT}.dist-build-${suffix}`;
  const tsc = `${ROOT}node_modules/typescript/bin/tsc`;
  // A build takes seconds; ten minutes is only reached by a hang, reported as a timeout with tsc's output.
  const built = await runChild(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', fresh], { cwd: ROOT, timeoutMs: 600_000 }).catch((error: Error) => error);
  if (built instanceof Error || built.code !== 0) {
    await rm(fresh, { recursive: true, force: true });
    const output = built instanceof Error ? built.message : `${built.stdout}${built.stderr}`;
    return `npx tsc -p tsconfig.build.json failed:\n${output}`;
  }
  // tsc does not set the executable bit: dist/ must never be swapped in without it.
  markBinsExecutable(fresh);
  // The OpenAPI schemas as standalone validators: the CLI would compile them on every run otherwise.
  await buildValidators(fresh);
  // The handlebars templates compiled, for the same reason.
  await buildTemplates(fresh);
  // sdkgen's modules as one file, which the bin and its worker threads run from (src/cli/bundled.ts).
  const bundled = await buildBundle(fresh).catch((error: Error) => error);
  if (bundled instanceof Error) {
    await rm(fresh, { recursive: true, force: true });
    return `node scripts/build-bundle.mjs failed:\n${bundled.message}`;
  }
  await writeFile(`${fresh}/${STAMP}`, String(started));
  const dist = `${ROOT}dist`;
  const old = `${ROOT}.dist-old-${suffix}`;
  if (existsSync(dist)) await rename(dist, old);
  await rename(fresh, dist);
  await rm(old, { recursive: true, force: true });
  return null;
}

/** True when dist/ was built after the last change to src/ or the build configuration. */
async function upToDate(): Promise<boolean> {
  let builtAt: number;
  try {
    builtAt = Number(await readFile(`${ROOT}dist/${STAMP}`, 'utf8'));
  } catch {
    return false;
  }
  const inputs = [`${ROOT}src`, `${ROOT}tsconfig.json`, `${ROOT}tsconfig.build.json`, `${ROOT}package.json`, `${ROOT}scripts/build-bundle.mjs`];
  for (const entry of await readdir(`${ROOT}src`, { recursive: true })) inputs.push(`${ROOT}src/${entry}`);
  for (const input of inputs) {
    // A file deleted while we look: something changed, so build.
    const changedAt = await stat(input).then((s) => s.mtimeMs, () => Infinity);
    if (changedAt >= builtAt) return false;
  }
  return true;
}
