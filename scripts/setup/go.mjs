// The Go toolchain's set-up: the modules every generated Go client requires (pinned in
// src/emit/go/code/module.ts, the same versions and go.sum) are downloaded into .cache/go/mod,
// a git-ignored module cache inside the repository that the Go tests use with GOPROXY=off, so
// no test reaches the network. Quick when everything is there: `go mod download` then only
// checks the cache. Fails with a clear message when Go itself is missing: the Go tests need it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Kept equal to GO_REQUIREMENTS in src/emit/go/code/module.ts (test/emit/go/code/setup.test.ts checks it). */
export const GO_MODULES = [
  ['github.com/antihax/optional', 'v1.0.0'],
  ['golang.org/x/oauth2', 'v0.21.0'],
];

/** The environment every Go command of the tests runs with. */
export function goEnv(root, offline = true) {
  return {
    ...process.env,
    GOMODCACHE: join(root, '.cache', 'go', 'mod'),
    // Writable cache files, so that deleting .cache never needs chmod.
    GOFLAGS: '-modcacherw -mod=readonly',
    GOTOOLCHAIN: 'local',
    GOTELEMETRY: 'off',
    ...(offline ? { GOPROXY: 'off' } : {}),
  };
}

export async function setup(root) {
  try {
    execFileSync('go', ['version'], { stdio: 'pipe' });
  } catch {
    throw new Error('the Go toolchain (`go`) is not on PATH; the Go client tests need Go 1.18 or later (https://go.dev/dl/)');
  }
  mkdirSync(join(root, '.cache', 'go', 'mod'), { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'sdkgen-go-setup-'));
  try {
    const requires = GO_MODULES.map(([path, version]) => `\t${path} ${version}`).join('\n');
    writeFileSync(join(dir, 'go.mod'), `module sdkgen.setup/modules\n\ngo 1.18\n\nrequire (\n${requires}\n)\n`);
    try {
      execFileSync('go', ['mod', 'download', ...GO_MODULES.map(([path, version]) => `${path}@${version}`)], {
        cwd: dir,
        env: { ...goEnv(root, false), GOFLAGS: '-modcacherw' },
        stdio: 'pipe',
        timeout: 300_000,
      });
    } catch (error) {
      const stderr = error && typeof error === 'object' && 'stderr' in error ? String(error.stderr) : String(error);
      throw new Error(`could not download the Go modules into .cache/go/mod: ${stderr.trim()}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
