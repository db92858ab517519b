import { createTwoFilesPatch } from 'diff';
import { emitPair } from '../cli/pipeline.js';
import type { TargetConfig } from '../config/index.js';
import type { Api } from '../model/types.js';

/** The unified diff of one generated doc file between base and revision. */
export interface DocDiff {
  readonly target: string;
  readonly path: string;
  readonly patch: string;
  readonly added: number;
  readonly removed: number;
}

/**
 * Emits every configured target of a spec for base and revision in memory, with the entry point
 * `generate` uses, and diffs the markdown files one by one: reviewers see what the docs of each
 * language will look like. A side that does not exist (a spec added or removed) emits nothing.
 */
export async function docDiffs(specName: string, base: Api | undefined, revision: Api | undefined, targets: readonly TargetConfig[]): Promise<DocDiff[]> {
  const diffs: DocDiff[] = [];
  for (const { target, options } of targets) {
    const folder = `${specName}/${target}`;
    const before = base ? await markdown(base, target, options, folder) : new Map<string, string>();
    const after = revision ? await markdown(revision, target, options, folder) : new Map<string, string>();
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    for (const path of paths) {
      const old = before.get(path) ?? '';
      const now = after.get(path) ?? '';
      if (old === now) continue;
      const patch = createTwoFilesPatch(before.has(path) ? `a/${folder}/${path}` : '/dev/null', after.has(path) ? `b/${folder}/${path}` : '/dev/null', old, now, undefined, undefined, { context: 3 })
        .replace(/^=+\n/, '');
      const lines = patch.split('\n');
      diffs.push({
        target,
        path: `${folder}/${path}`,
        patch,
        added: lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).length,
        removed: lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).length,
      });
    }
  }
  return diffs;
}

async function markdown(api: Api, target: string, options: TargetConfig['options'], folder: string): Promise<Map<string, string>> {
  // The spec's own name stands in for its path: a problem here names the spec being diffed.
  const files = await emitPair(api, target, options, folder, folder);
  return new Map(files.filter((f) => f.path.endsWith('.md')).map((f) => [f.path, f.contents]));
}
