#!/usr/bin/env node
// Installs what the test suite needs beyond `npm ci`: each toolchain's set-up is its own module in
// this folder (go.mjs, python.mjs, rust.mjs, ...) exporting `async function setup(root)`. Each one is
// idempotent and quick when everything is already in place, so `npm test` can run this every time and
// a fresh machine never needs a step done by hand. A set-up that fails stops the run with its message:
// tests that need a toolchain must never be skipped silently.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const only = process.argv.slice(2);

const modules = readdirSync(here)
  .filter((name) => name.endsWith('.mjs') && name !== 'index.mjs')
  .filter((name) => only.length === 0 || only.includes(name.replace(/\.mjs$/, '')))
  .sort();

for (const name of modules) {
  const started = Date.now();
  const { setup } = await import(pathToFileURL(join(here, name)).href);
  try {
    await setup(root);
  } catch (error) {
    console.error(`setup ${name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  console.error(`setup ${name}: ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
