import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { targetNames } from '../../src/emit/registry.js';
import { ROOT } from './run.js';

/** A spec of the repository, by absolute path, so temp projects can name it from anywhere. */
export const repoSpec = (name: string): string => `${ROOT}specs/${name}.yaml`;

/** The first target folder there is: the CLI tests need one real target, not a particular one. */
export async function someTarget(): Promise<string> {
  const [first] = await targetNames();
  if (first === undefined) throw new Error('no target folder under src/emit has an index file yet');
  return first;
}

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A throw-away folder with the given files (`{ 'a/b.yaml': text }`), removed after each test. */
export async function tempProject(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sdkgen-cli-'));
  made.push(dir);
  for (const [path, contents] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), contents);
  }
  return dir;
}

/** sdkgen.config.yaml text for `output` and `{ specName: [specPath, { target: packageName }] }`. */
export function configText(output: string, specs: Record<string, [string, Record<string, string>]>): string {
  const lines = [`output: ${output}`, 'specs:'];
  for (const [name, [spec, targets]] of Object.entries(specs)) {
    lines.push(`  ${name}:`, `    spec: ${JSON.stringify(spec)}`, '    targets:');
    for (const [target, packageName] of Object.entries(targets)) lines.push(`      ${target}: { packageName: ${packageName} }`);
  }
  return `${lines.join('\n')}\n`;
}
