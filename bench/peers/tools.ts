/**
 * The generators compared, each as the command a user runs to get a TypeScript client from a
 * spec into an empty folder. Peers run from bench/node_modules (pinned by bench/package-lock.json,
 * installed there on first use by bench/run.mjs); sdkgen runs from a copy of its build
 * (snapshot.ts), so rebuilding dist/ while the benchmark runs changes nothing it measures.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../dist.js';

export interface Tool {
  readonly name: string;
  /** The npm package it comes from, for its version in the results. */
  readonly packageName: string;
  /** The command (program and arguments) that generates from `spec` into the empty folder `out`. */
  command(spec: string, out: string, sdkgenBin: string): { program: string; args: string[] };
}

const BENCH = join(ROOT, 'bench');
const bin = (name: string): string => join(BENCH, 'node_modules', '.bin', name);
const node = (script: string, args: string[]) => ({ program: process.execPath, args: [script, ...args] });

/** sdkgen with all four targets: a config of one spec, every target, a fixed version (Stripe's is a date). */
function allTargetsConfig(spec: string, out: string): string {
  const targets = ['go', 'python', 'rust', 'typescript'].map((t) => `      ${t}: { packageName: bench, packageVersion: "1.0.0" }`);
  const config = join(out, 'sdkgen.config.yaml');
  writeFileSync(config, ['output: gen', 'specs:', '  bench:', `    spec: ${JSON.stringify(spec)}`, '    targets:', ...targets, ''].join('\n'));
  return config;
}

/** BENCH_SDKGEN_ARGS: arguments added to both sdkgen commands (such as a raised --max-nodes), named in RESULTS.md. */
export const SDKGEN_EXTRA_ARGS: readonly string[] = (process.env.BENCH_SDKGEN_ARGS ?? '').split(' ').filter(Boolean);

export const SDKGEN_TS = 'sdkgen (TypeScript)';
export const SDKGEN_ALL = 'sdkgen (all four targets)';

export const TOOLS: readonly Tool[] = [
  {
    name: SDKGEN_TS,
    packageName: 'sdkgen',
    command: (spec, out, sdkgen) => node(sdkgen, ['generate', spec, '--target', 'typescript', '--out', join(out, 'ts'), '--package-name', 'bench', '--package-version', '1.0.0', ...SDKGEN_EXTRA_ARGS]),
  },
  {
    name: SDKGEN_ALL,
    packageName: 'sdkgen',
    command: (spec, out, sdkgen) => node(sdkgen, ['generate', '--config', allTargetsConfig(spec, out), ...SDKGEN_EXTRA_ARGS]),
  },
  { name: '@hey-api/openapi-ts', packageName: '@hey-api/openapi-ts', command: (spec, out) => ({ program: bin('openapi-ts'), args: ['-i', spec, '-o', join(out, 'client')] }) },
  {
    name: 'openapi-typescript-codegen',
    packageName: 'openapi-typescript-codegen',
    command: (spec, out) => ({ program: bin('openapi'), args: ['--input', spec, '--output', join(out, 'client'), '--client', 'fetch'] }),
  },
  { name: 'openapi-typescript', packageName: 'openapi-typescript', command: (spec, out) => ({ program: bin('openapi-typescript'), args: [spec, '-o', join(out, 'schema.d.ts')] }) },
  { name: 'orval', packageName: 'orval', command: (spec, out) => ({ program: bin('orval'), args: ['--input', spec, '--output', join(out, 'api.ts')] }) },
  { name: 'oazapfts', packageName: 'oazapfts', command: (spec, out) => ({ program: bin('oazapfts'), args: [spec, join(out, 'api.ts')] }) },
  {
    name: 'swagger-typescript-api',
    packageName: 'swagger-typescript-api',
    command: (spec, out) => ({ program: bin('swagger-typescript-api'), args: ['generate', '-p', spec, '-o', join(out, 'client')] }),
  },
];

/** The installed version of a tool's package (sdkgen's from the repository). */
export function toolVersion(tool: Tool): string {
  const file = tool.packageName === 'sdkgen' ? join(ROOT, 'package.json') : join(BENCH, 'node_modules', tool.packageName, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** An empty folder for one run. */
export function freshFolder(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}
