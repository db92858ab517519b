import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config, SpecConfig } from '../config/index.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import type { LoaderOptions } from '../cli/pipeline.js';
import { UsageError } from '../cli/report.js';
import type { SpecError } from '../load/errors.js';
import { formatGithub } from './format/github.js';
import { formatJson } from './format/json.js';
import { formatMarkdown } from './format/markdown.js';
import { formatText } from './format/text.js';
import { GitRepo, type SpecAtRef } from './git.js';
import { loadSides } from './load-pair.js';
import { nextVersion } from './version.js';
import { overallBump, specReport, type DiffReport, type SpecReport } from './report.js';
import { NO_TUNING } from './tuning.js';
import type { Level } from './types.js';

export interface DiffRequest {
  /** Two files, or with `ref` the specs to compare (none: every configured spec). */
  readonly specs: readonly string[];
  readonly ref: string | undefined;
  readonly config: Config | undefined;
  readonly format: 'markdown' | 'json' | 'text' | 'github';
  readonly currentVersion: string | undefined;
  readonly docs: boolean;
  readonly loader: LoaderOptions;
  readonly colour: boolean;
}

export interface DiffOutcome {
  readonly output: string;
  readonly warnings: string[];
  /** The most severe level found (a removed spec counts as breaking); undefined: nothing. */
  readonly worst: Level | undefined;
  readonly report: DiffReport;
}

interface Pair {
  readonly name: string;
  readonly base: string | undefined;
  readonly revision: string | undefined;
  /** How the report names the revision file (annotations point at it). */
  readonly file: string;
  readonly spec: SpecConfig | undefined;
  readonly atRef?: SpecAtRef | undefined;
}

/** Everything `sdkgen diff` does after parsing its flags. */
export async function runDiff(request: DiffRequest): Promise<DiffOutcome> {
  const pairs = request.ref === undefined ? filePair(request) : refPairs(request, request.ref);
  const warnings: string[] = [];
  const reports: SpecReport[] = [];
  try {
    for (const pair of pairs) {
      // The base is not validated against the OpenAPI schema (its problems are not this change's,
      // and reviewers would only see noise); limits, $ref policy and every other check still apply.
      const [base, revision] = await loadSides([pair.base, pair.revision], [{ ...request.loader, skipValidation: true }, request.loader]).catch((e: unknown) => {
        throw pair.atRef ? pair.atRef.rename(e) : e;
      });
      const renamed = (e: SpecError) => (pair.atRef ? (pair.atRef.rename(e) as SpecError) : e);
      const mine = [...(base?.warnings ?? []).map(renamed), ...(revision?.warnings ?? [])].map((e) => e.format());
      warnings.push(...mine);
      const current = request.currentVersion ?? pair.spec?.targets.find((t) => t.options.packageVersion !== undefined)?.options.packageVersion;
      reports.push(
        await specReport(
          { name: pair.name, base: base?.api, revision: revision?.api, targets: pair.spec?.targets ?? [], currentVersion: current, warnings: mine },
          request.config?.diff ?? NO_TUNING,
          request.docs,
        ),
      );
    }
  } finally {
    for (const pair of pairs) pair.atRef?.dispose();
  }
  const bump = overallBump(reports);
  const current = request.currentVersion ?? (reports.length === 1 ? reports[0]!.version?.current : undefined);
  const report: DiffReport = { specs: reports, bump, version: current === undefined ? undefined : { current, next: nextVersion(current, bump) } };
  return { output: format(report, request, pairs), warnings, worst: worst(reports), report };
}

function format(report: DiffReport, request: DiffRequest, pairs: readonly Pair[]): string {
  switch (request.format) {
    case 'json': return formatJson(report);
    case 'text': return formatText(report, request.colour);
    case 'github': return formatGithub(report, new Map(pairs.map((p) => [p.name, p.file])));
    default: return formatMarkdown(report);
  }
}

function worst(reports: readonly SpecReport[]): Level | undefined {
  const levels = new Set<Level>(reports.flatMap((r) => r.findings.map((f) => f.level)));
  if (reports.some((r) => r.status === 'removed')) levels.add('breaking');
  return (['breaking', 'warning', 'info'] as const).find((l) => levels.has(l));
}

function configured(config: Config | undefined, file: string): SpecConfig | undefined {
  const absolute = resolve(file);
  return config?.specs.find((s) => s.spec === absolute);
}

function filePair(request: DiffRequest): Pair[] {
  const [base, revision] = request.specs as [string, string];
  const spec = configured(request.config, revision) ?? configured(request.config, base);
  return [{ name: spec?.name ?? revision, base, revision, file: revision, spec }];
}

function refPairs(request: DiffRequest, ref: string): Pair[] {
  const repo = new GitRepo(process.cwd());
  const commit = repo.commit(ref);
  const files = request.specs.length > 0 ? request.specs.map((s) => resolve(s)) : (request.config?.specs ?? []).map((s) => s.spec);
  const limits = { ...DEFAULT_LIMITS, ...request.loader.limits };
  const pairs: Pair[] = [];
  for (const file of files) {
    const spec = configured(request.config, file);
    const atRef = repo.specAt(commit, ref, file, limits);
    const inTree = existsSync(file);
    if (!atRef && !inTree) throw new UsageError(`${repo.inRepo(file)} exists neither at ${ref} nor in the working tree`);
    const shown = repo.inRepo(file);
    pairs.push({ name: spec?.name ?? shown, base: atRef?.path, revision: inTree ? file : undefined, file: shown, spec, atRef });
  }
  return pairs;
}
