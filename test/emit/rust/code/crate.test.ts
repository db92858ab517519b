/**
 * The crates the rust target writes, built for real: the three product crates (generated/) and
 * one crate per edge-case spec (test/fixtures/rust, the hostile and TypeScript fixtures, and
 * test/fixtures/shapes when it exists), all members of one workspace with the committed
 * Cargo.lock. They must pass `cargo fmt --check`, `cargo clippy -- -D warnings` and
 * `cargo build`; and every function, parameter, model and field their docs list must be in the
 * crate with that name and type, as `syn` reads the sources (test/rust/surface, a small program:
 * rustdoc's JSON output would need a nightly toolchain).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCrate, assembleWorkspace, crateFilesOnDisk, PRODUCT_SPECS, workspaceDir } from '../../../../scripts/setup/rust.mjs';
import { ROOT } from '../../../e2e/packages.js';
import { runChild } from '../../../support/child.js';
import { cargo, cargoReport, CARGO_TIMEOUT_MS } from './cargo.js';
import { docsSurface, type DocSurface } from './docs-surface.js';
import { checkSurface, type CrateSurface } from './surface.js';

const FIXTURE_DIRS = ['test/fixtures/rust', 'test/fixtures/hostile', 'test/fixtures/typescript', 'test/fixtures/shapes'];
const fixtures = FIXTURE_DIRS.flatMap((dir) =>
  existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f)) : [],
);

/** Crate folder names in the workspace: product specs by name, fixtures as `<dir>-<file>`. */
const edgeName = (spec: string): string => `${basename(join(spec, '..'))}-${basename(spec).replace(/\.ya?ml$/, '')}`;

const workspace = workspaceDir(ROOT, 'rust-workspace-build');
const out = mkdtempSync(join(tmpdir(), 'sdkgen-rust-crates-'));
/** Crate folder under the workspace → the folder its docs were written to. */
const crates = new Map<string, string>(PRODUCT_SPECS.map((spec) => [spec, join(ROOT, 'generated', spec, 'rust')]));

beforeAll(async () => {
  assembleWorkspace(ROOT, workspace);
  for (const spec of fixtures) {
    const name = edgeName(spec);
    const dir = join(out, name);
    const args = ['dist/cli/main.js', 'generate', spec, '--target', 'rust', '--out', dir, '--package-name', name.replace(/[^a-z0-9]/gi, '_')];
    const result = await runChild(process.execPath, args, { cwd: ROOT });
    if (result.code !== 0) throw new Error(`sdkgen ${args.join(' ')} failed:\n${result.stderr}`);
    addCrate(workspace, name, crateFilesOnDisk(dir));
    crates.set(name, dir);
  }
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('every generated crate', () => {
  it('covers the product crates and at least the edge-case spec of this folder', () => {
    expect([...crates.keys()]).toEqual(expect.arrayContaining([...PRODUCT_SPECS, 'rust-edge', 'hostile-names']));
  });

  it('is formatted as rustfmt formats it (cargo fmt --check)', async () => {
    const args = ['fmt', '--all', '--check'];
    const result = await cargo(workspace, args);
    expect(result.code, cargoReport(args, result)).toBe(0);
  }, CARGO_TIMEOUT_MS);

  it('passes clippy with every warning an error', async () => {
    const args = ['clippy', '--offline', '--workspace', '--all-targets', '--', '-D', 'warnings'];
    const result = await cargo(workspace, args);
    expect(result.code, cargoReport(args, result)).toBe(0);
  }, CARGO_TIMEOUT_MS);

  it('builds (cargo build), the syn reader included', async () => {
    const args = ['build', '--offline', '--workspace'];
    const result = await cargo(workspace, args);
    expect(result.code, cargoReport(args, result)).toBe(0);
  }, CARGO_TIMEOUT_MS);
});

describe('the crate has what its docs list', () => {
  const surfaces = new Map<string, { crate: CrateSurface; docs: DocSurface }>();

  beforeAll(async () => {
    for (const [name, docsDir] of crates) {
      const args = ['run', '--offline', '-q', '-p', 'sdkgen-surface', '--', join('crates', name)];
      const result = await cargo(workspace, args);
      if (result.code !== 0) throw new Error(cargoReport(args, result));
      surfaces.set(name, { crate: JSON.parse(result.stdout) as CrateSurface, docs: docsSurface(docsDir) });
    }
  }, CARGO_TIMEOUT_MS);

  it.each([...PRODUCT_SPECS, ...fixtures.map(edgeName)])('%s: every function, parameter, model and field', (name) => {
    const surface = surfaces.get(name);
    if (surface === undefined) throw new Error(`no surface read for ${name}`);
    expect(surface.docs.functions.length + surface.docs.models.length).toBeGreaterThan(0);
    expect(checkSurface(surface.docs, surface.crate)).toEqual([]);
  });

  it('reads G4 as the issue names it: sessions_api::session_id_get(configuration, x_g4_tenant, id)', () => {
    const g4 = surfaces.get('g4-sessions')?.crate;
    const fn = g4?.functions.find((f) => f.name === 'session_id_get');
    expect(fn).toMatchObject({
      module: 'sessions_api',
      async: true,
      params: [
        ['configuration', '& configuration :: Configuration'],
        ['x_g4_tenant', '& str'],
        ['id', '& str'],
      ],
      returns: 'Result < crate :: models :: GetSessionResponse , Error < SessionIdGetError > >',
    });
    expect(g4?.models.find((m) => m.name === 'GetSessionResponse')).toMatchObject({
      kind: 'struct',
      fields: [
        ['bearer', 'String'],
        ['user_id', 'i32'],
        ['data', 'Option < serde_json :: Value >'],
      ],
    });
  });
});
