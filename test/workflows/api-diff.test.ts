import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configText, tempProject } from '../cli/project.js';
import { assertBuilt, ROOT } from '../cli/run.js';

beforeAll(assertBuilt);

const FILE = `${ROOT}.github/workflows/api-diff.yml`;
const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });

interface Step {
  readonly name: string;
  readonly run?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly env: Record<string, string>;
}

/** The workflow as GitHub's own parser reads it: errors, and the steps of its one job. */
async function workflow(): Promise<{ errors: string[]; steps: Step[]; permissions: unknown }> {
  const text = readFileSync(FILE, 'utf8');
  const parsed = parseWorkflow({ name: 'api-diff.yml', content: text }, new NoOperationTraceWriter());
  const template = await convertWorkflowTemplate(parsed.context, parsed.value!);
  const errors = [...parsed.context.errors.getErrors(), ...(template.errors ?? [])].map((e) => String((e as { message?: string }).message ?? e));
  // The template's tokens serialise to plain data: { Key, Value } pairs, { expr } for expressions.
  const job = JSON.parse(JSON.stringify(template.jobs[0])) as { steps: any[] };
  const shown = (token: any) => (token?.expr !== undefined ? `\${{ ${token.expr} }}` : String(token));
  const steps = job.steps.map((s) => ({
    name: String(s.name ?? s.uses ?? ''),
    run: s.run === undefined ? undefined : String(s.run),
    if: s.if?.expr,
    uses: s.uses === undefined ? undefined : String(s.uses),
    env: Object.fromEntries((s.env?.map ?? []).map((p: any) => [String(p.Key), shown(p.Value)])) as Record<string, string>,
  }));
  return { errors, steps, permissions: (parse(text) as { permissions?: unknown }).permissions };
}

/** A `gh` on PATH that records what it was asked and plays a pull request with or without our comment. */
function standInGh(bin: string, state: string): void {
  writeFileSync(
    join(bin, 'gh'),
    `#!/usr/bin/env bash
echo "gh $*" >> "${state}/calls"
if [ "$1" = api ] && [[ "$*" == *"--jq"* ]]; then
  [ -f "${state}/comment-id" ] && cat "${state}/comment-id"
  exit 0
fi
if [ "$1" = pr ] && [ "$2" = comment ]; then
  while [ $# -gt 0 ]; do [ "$1" = --body-file ] && cp "$2" "${state}/posted.md"; shift; done
  echo 4242 > "${state}/comment-id"
  exit 0
fi
if [ "$1" = api ] && [[ "$*" == *"PATCH"* ]]; then
  for a in "$@"; do case "$a" in body=@*) cp "\${a#body=@}" "${state}/patched.md";; esac; done
  exit 0
fi
exit 3
`,
  );
  chmodSync(join(bin, 'gh'), 0o755);
}

describe('.github/workflows/api-diff.yml', () => {
  it('is a valid workflow for pull requests, with GitHub-owned actions only and a comment-only token', async () => {
    const { errors, steps, permissions } = await workflow();
    expect(errors).toEqual([]);
    expect(readFileSync(FILE, 'utf8')).toMatch(/^on:\n {2}pull_request:/m);
    expect(permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    for (const step of steps) if (step.uses) expect(step.uses).toMatch(/^actions\/(checkout|setup-node)@v\d+$/);
    const names = steps.map((s) => s.name);
    expect(names).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'Install', 'Check generated files', 'Diff the API against the base', 'Comment on the pull request', 'Fail on breaking changes']);
    // Scripts take GitHub's values through env, so they run the same here as there.
    for (const step of steps) expect(step.run ?? '').not.toContain('${{');
    const diff = steps.find((s) => s.name.startsWith('Diff'))!;
    expect(diff.env.BASE_SHA).toBe('${{ github.event.pull_request.base.sha }}');
    expect(diff.env.ALLOW_BREAKING).toContain("'breaking-change-ok'");
    expect(steps.find((s) => s.name.startsWith('Comment'))!.env.GH_TOKEN).toBe('${{ github.token }}');
  });

  it('runs its script steps against a temporary repository: posts one comment, updates it, fails on breaking unless labelled', async () => {
    const { steps } = await workflow();
    const spec = readFileSync(`${ROOT}test/fixtures/diff/pets-base.yaml`, 'utf8');
    const dir = await tempProject({ 'sdkgen.config.yaml': configText('gen', { pets: ['specs/pets.yaml', { go: 'pets' }] }), 'specs/pets.yaml': spec });
    // The project's own sdkgen, as `npm ci` would install it.
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', '.bin', 'sdkgen'), `#!/bin/sh\nexec "${process.execPath}" "${ROOT}dist/cli/main.js" "$@"\n`);
    chmodSync(join(dir, 'node_modules', '.bin', 'sdkgen'), 0o755);
    const bin = join(dir, '.stand-in-bin');
    const state = join(dir, '.gh-state');
    mkdirSync(bin);
    mkdirSync(state);
    standInGh(bin, state);
    execFileSync(process.execPath, [`${ROOT}dist/cli/main.js`, 'generate'], { cwd: dir });
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n.stand-in-bin/\n.gh-state/\napi-diff.md\n');
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    const baseSha = git(dir, 'rev-parse', 'HEAD').trim();
    // The pull request: a required parameter added (breaking), generated/ regenerated.
    writeFileSync(join(dir, 'specs/pets.yaml'), spec.replace('        - name: limit\n', '        - name: owner\n          in: query\n          required: true\n          schema: { type: string }\n        - name: limit\n'));
    execFileSync(process.execPath, [`${ROOT}dist/cli/main.js`, 'generate'], { cwd: dir });

    const run = (allowBreaking: boolean) => {
      const output = join(state, `output-${Date.now()}-${Math.random()}`);
      writeFileSync(output, '');
      const env = {
        ...process.env,
        PATH: `${bin}:${join(dir, 'node_modules', '.bin')}:${process.env.PATH}`,
        NO_COLOR: '1',
        GITHUB_OUTPUT: output,
        GITHUB_REPOSITORY: 'acme/pets',
        BASE_SHA: baseSha,
        ALLOW_BREAKING: String(allowBreaking),
        GH_TOKEN: 'not-a-real-token',
        PR_NUMBER: '7',
      };
      const codes: Record<string, number | null> = {};
      let failed = false;
      for (const step of steps) {
        // `npm ci` needs the registry; the stand-in node_modules above is what it would install.
        if (!step.run || step.name === 'Install') continue;
        const outputs = Object.fromEntries(readFileSync(output, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split('=') as [string, string]));
        // The two conditions this workflow uses: success(), and success() && status == '1'.
        const wanted = step.if === undefined || step.if === 'success()' ? !failed : step.if === "success() && (steps.diff.outputs.status == '1')" ? !failed && outputs.status === '1' : undefined;
        if (wanted === undefined) throw new Error(`condition the test does not know: ${step.if}`);
        if (!wanted) continue;
        const result = spawnSync('bash', ['-e', '-c', step.run], { cwd: dir, env, encoding: 'utf8' });
        codes[step.name] = result.status;
        if (result.status !== 0) failed = true;
      }
      return codes;
    };

    expect(run(false)).toEqual({ 'Check generated files': 0, 'Diff the API against the base': 0, 'Comment on the pull request': 0, 'Fail on breaking changes': 1 });
    const posted = readFileSync(join(state, 'posted.md'), 'utf8');
    expect(posted.startsWith('<!-- sdkgen-api-diff -->\n')).toBe(true);
    expect(posted).toContain('Required query parameter `owner` was added');
    expect(posted).toContain('<summary>pets/go/docs/PetsApi.md');
    expect(readFileSync(join(state, 'calls'), 'utf8')).toContain('gh pr comment 7 --repo acme/pets --body-file api-diff.md');

    // The next push: the comment exists and is updated, not posted again. Labelled: no failure.
    expect(run(true)).toEqual({ 'Check generated files': 0, 'Diff the API against the base': 0, 'Comment on the pull request': 0 });
    const calls = readFileSync(join(state, 'calls'), 'utf8').trim().split('\n');
    expect(calls.filter((c) => c.startsWith('gh pr comment'))).toHaveLength(1);
    expect(calls.at(-1)).toBe('gh api --method PATCH repos/acme/pets/issues/comments/4242 -F body=@api-diff.md');
    expect(readFileSync(join(state, 'patched.md'), 'utf8')).toBe(posted);
    expect(existsSync(join(dir, 'api-diff.md'))).toBe(true);
  });
});
