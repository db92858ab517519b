// The Rust toolchain's part of the set-up: the test workspace assembled in .cache/rust-workspace
// (test/rust's members, the generated crates copied under crates/), its crates fetched with the
// committed test/rust/Cargo.lock, and everything built once into the shared target directory,
// so the Rust tests start from a warm cache. cargo itself comes with the machine (rustup); when
// it is missing this fails, and so do the Rust tests: they are never skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The product crates the workspace holds: generated/<spec>/rust, renamed <spec> (looker is two). */
export const PRODUCT_SPECS = ['g4-sessions', 'looker-3.0', 'looker-4.0'];

/**
 * A workspace folder under .cache: `rust-workspace` is the set-up's; a test file that adds crates
 * lays out its own (`rust-workspace-<name>`), so test files running at once never share one.
 * All of them share one target directory: cargo locks it, and dependencies compile once.
 */
export function workspaceDir(root, name = 'rust-workspace') {
  return join(root, '.cache', name);
}

export function cargoTargetDir(root) {
  return join(root, '.cache', 'cargo-target');
}

/** Cargo package names of copied crates: `looker-3.0` → `looker-3-0`, unique in the workspace. */
export function memberName(dir) {
  return dir.replace(/[^A-Za-z0-9_-]/g, '-');
}

/**
 * Copies one crate into crates/<dir>, its package renamed so that two crates named alike (both
 * Lookers are `looker`) can be members of one workspace. Nothing else in the crate changes.
 */
export function addCrate(ws, dir, files) {
  const target = join(ws, 'crates', dir);
  const wanted = new Set(files.map((f) => f.path));
  for (const path of listFiles(target)) if (!wanted.has(path)) rmSync(join(target, path));
  for (const { path, contents } of files) {
    const text = path === 'Cargo.toml' ? contents.replace(/^name = ".*"$/m, `name = "${memberName(dir)}"`) : contents;
    writeIfChanged(join(target, path), text);
  }
}

/**
 * Writes a file only when its bytes change: cargo decides what to rebuild by modification time,
 * so an unchanged crate laid out again is not compiled again.
 */
function writeIfChanged(path, text) {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

/** Every file under a folder, as `/`-separated paths relative to it (none when it does not exist). */
function listFiles(dir, rel = '') {
  if (!existsSync(join(dir, rel))) return [];
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((entry) => {
    const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

/** The files of a generated crate on disk: Cargo.toml and src/, without the docs. */
export function crateFilesOnDisk(crateDir) {
  const out = [{ path: 'Cargo.toml', contents: readFileSync(join(crateDir, 'Cargo.toml'), 'utf8') }];
  const walk = (rel) => {
    for (const entry of readdirSync(join(crateDir, rel), { withFileTypes: true })) {
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else out.push({ path, contents: readFileSync(join(crateDir, path), 'utf8') });
    }
  };
  walk('src');
  return out;
}

/**
 * Lays out the workspace from test/rust (Cargo.toml, Cargo.lock, e2e, surface) and the product
 * crates in generated/, rewriting only what changed. Crates other tests added under crates/ are
 * removed: each test adds what it builds.
 */
export function assembleWorkspace(root, ws = workspaceDir(root)) {
  const source = join(root, 'test', 'rust');
  for (const path of listFiles(source)) writeIfChanged(join(ws, path), readFileSync(join(source, path), 'utf8'));
  const crates = join(ws, 'crates');
  mkdirSync(crates, { recursive: true });
  for (const dir of readdirSync(crates)) if (!PRODUCT_SPECS.includes(dir)) rmSync(join(crates, dir), { recursive: true, force: true });
  for (const spec of PRODUCT_SPECS) addCrate(ws, spec, crateFilesOnDisk(join(root, 'generated', spec, 'rust')));
  return ws;
}

/** cargo with the shared target directory, or a clear failure when cargo is not installed. */
export function cargo(root, args, options = {}) {
  const result = spawnSync('cargo', args, {
    cwd: options.cwd ?? workspaceDir(root),
    env: { ...process.env, CARGO_TARGET_DIR: cargoTargetDir(root), CARGO_TERM_COLOR: 'never', ...(options.env ?? {}) },
    encoding: 'utf8',
    stdio: options.quiet === false ? 'inherit' : 'pipe',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) {
    const missing = result.error.code === 'ENOENT';
    throw new Error(missing ? 'cargo is not installed: install Rust (rustup, with clippy and rustfmt) to run the Rust tests' : String(result.error));
  }
  return result;
}

export async function setup(root) {
  if (!existsSync(join(root, 'generated', 'g4-sessions', 'rust', 'Cargo.toml'))) {
    throw new Error('generated/g4-sessions/rust has no Cargo.toml: run `npm run generate`');
  }
  for (const tool of [['cargo', '--version'], ['cargo', 'clippy', '--version'], ['cargo', 'fmt', '--version']]) {
    const probe = cargo(root, tool.slice(1), { cwd: root });
    if (probe.status !== 0) throw new Error(`\`${tool.join(' ')}\` failed: ${probe.stderr.trim()}`);
  }
  assembleWorkspace(root);
  for (const args of [['fetch', '--locked'], ['build', '--offline', '--workspace', '--all-targets']]) {
    const run = cargo(root, args);
    if (run.status !== 0) throw new Error(`cargo ${args.join(' ')} failed:\n${run.stderr}`);
  }
}
