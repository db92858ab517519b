/**
 * Quirk cases of a doc target: test/emit/<target>/quirks/<case>/spec.yaml, an invented spec that
 * shows one behaviour of the generator the target imitates, and expected/, what that generator
 * wrote for it (README.md and docs/). Every docs/*.md must come out byte for byte, the README from
 * "Documentation for API Endpoints" on (the part above is sdkgen's own), and no file more.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { EmittedFile, Target } from '../../src/emit/target.js';
import { loadApi } from '../../src/load/index.js';

const README_TAIL = '## Documentation for API Endpoints';

export function quirkCases(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

function tail(path: string, text: string): string {
  return path === 'README.md' ? text.slice(text.indexOf(README_TAIL)) : text;
}

export function expectedFiles(caseDir: string): Map<string, string> {
  const dir = `${caseDir}/expected`;
  const files = new Map<string, string>([['README.md', tail('README.md', readFileSync(`${dir}/README.md`, 'utf8'))]]);
  const docs = existsSync(`${dir}/docs`) ? readdirSync(`${dir}/docs`) : [];
  for (const doc of docs) files.set(`docs/${doc}`, readFileSync(`${dir}/docs/${doc}`, 'utf8'));
  return files;
}

/**
 * The docs the target writes for the case's spec (packageName `openapi`, as the generator was run):
 * README.md and docs/*.md, the files the cases hold; the client code beside them is tested elsewhere.
 */
export async function emittedFiles(caseDir: string, target: Target): Promise<Map<string, string>> {
  const api = await loadApi(`${caseDir}/spec.yaml`, { skipValidation: true });
  const files: EmittedFile[] = target.emit(api, { packageName: 'openapi' });
  return new Map(docsOnly(files).map((f) => [f.path, tail(f.path, f.contents)]));
}

/** The doc files of a target's output (README.md and docs/*.md), without the client code beside them. */
export function docsOnly(files: readonly EmittedFile[]): EmittedFile[] {
  return files.filter((f) => f.path === 'README.md' || /^docs\/[^/]*\.md$/.test(f.path));
}
