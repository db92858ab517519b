/**
 * Type-checks many generated TypeScript packages with few tsc runs. tsc spends much of a small
 * run loading the ES and DOM libraries, so packages are checked together: one program over the
 * sources of a batch of packages, under the tsconfig.json they ship (extended, with the root
 * moved up so every package's src/ is inside it), as test/emit/typescript/compile.test.ts does.
 * Batches are cut by source size to bound tsc's memory, and each error line is charged to the
 * package whose folder it names.
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TypecheckOptions {
  /** The repository, whose node_modules/typescript is the checker. */
  readonly root: string;
  /** The folder the package folders are named from. */
  readonly folder: string;
  /** At most this many bytes of TypeScript source per tsc run. */
  readonly batchBytes: number;
  /** How many tsc runs at once. */
  readonly jobs: number;
}

export interface TypecheckResult {
  /** Error lines per package folder; a package that is absent compiled cleanly. */
  readonly errors: ReadonlyMap<string, string[]>;
  readonly batches: readonly { readonly packages: number; readonly bytes: number; readonly ms: number }[];
}

function sourceBytes(folder: string): number {
  let bytes = 0;
  for (const entry of readdirSync(join(folder, 'src'), { recursive: true, encoding: 'utf8' })) {
    if (entry.endsWith('.ts')) bytes += statSync(join(folder, 'src', entry)).size;
  }
  return bytes;
}

/** Packages in order, cut into runs of at most `limit` bytes, and only packages shipping the same tsconfig together. */
export function batches(packages: readonly { name: string; bytes: number; tsconfig: string }[], limit: number): { names: string[]; bytes: number }[] {
  const groups = new Map<string, { names: string[]; bytes: number }[]>();
  for (const { name, bytes, tsconfig } of packages) {
    const runs = groups.get(tsconfig) ?? [];
    const last = runs.at(-1);
    if (last !== undefined && last.bytes + bytes <= limit) {
      last.names.push(name);
      last.bytes += bytes;
    } else {
      runs.push({ names: [name], bytes });
    }
    groups.set(tsconfig, runs);
  }
  return [...groups.values()].flat();
}

/**
 * tsc's lines (`p0001/src/models.ts(4,2): error TS2322: ...`, continuation lines indented) per
 * package; a line naming no package of the batch is charged to all of them, since none is proven.
 */
export function chargeErrors(output: string, names: readonly string[]): Map<string, string[]> {
  const errors = new Map<string, string[]>();
  let current: string[] = [...names];
  for (const line of output.split('\n')) {
    if (line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      const owner = names.find((name) => line.startsWith(`${name}/`));
      current = owner === undefined ? [...names] : [owner];
    }
    for (const name of current) errors.set(name, [...(errors.get(name) ?? []), line]);
  }
  return errors;
}

function tsc(root: string, folder: string, project: string): Promise<{ code: number; output: string }> {
  const compiler = join(root, 'node_modules/typescript/bin/tsc');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--max-old-space-size=8192', compiler, '--noEmit', '--pretty', 'false', '-p', project],
      { cwd: folder, maxBuffer: 1 << 28, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

export async function typecheckPackages(names: readonly string[], options: TypecheckOptions): Promise<TypecheckResult> {
  const sized = names.map((name) => ({
    name,
    bytes: sourceBytes(join(options.folder, name)),
    tsconfig: readFileSync(join(options.folder, name, 'tsconfig.json'), 'utf8'),
  }));
  const runs = batches(sized, options.batchBytes);
  const errors = new Map<string, string[]>();
  const timings: { packages: number; bytes: number; ms: number }[] = [];
  let next = 0;
  async function lane(): Promise<void> {
    while (next < runs.length) {
      const index = next++;
      const run = runs[index]!;
      const project = join(options.folder, `batch-${index}.tsconfig.json`);
      // The packages' own settings (extends), with the root moved up to hold every src/.
      writeFileSync(project, JSON.stringify({ extends: `./${run.names[0]}/tsconfig.json`, compilerOptions: { rootDir: '.' }, include: run.names.map((n) => `${n}/src`) }));
      const started = Date.now();
      const { code, output } = await tsc(options.root, options.folder, project);
      timings.push({ packages: run.names.length, bytes: run.bytes, ms: Date.now() - started });
      const charged = chargeErrors(output, run.names);
      if (code !== 0 && charged.size === 0) for (const name of run.names) charged.set(name, [`tsc exited ${code} without a message`]);
      for (const [name, lines] of charged) errors.set(name, lines);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, runs.length)) }, lane));
  return { errors, batches: timings };
}
