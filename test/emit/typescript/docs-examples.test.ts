/**
 * Every ```ts example in the docs compiles with the real tsc, against the package it documents,
 * under the strict tsconfig the package ships. The blocks are read back by a GFM parser (marked),
 * so a spec value that could end a fence early would show up as a missing or broken block.
 *
 * Each package is written to a temporary folder with its examples as examples/*.ts; one tsc run
 * covers them all (tsc spends most of its time loading lib files), the package name mapped to the
 * package's sources with `paths`. A deliberately wrong example must be the only error reported.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked, type Tokens } from 'marked';
import { afterAll, describe, expect, it } from 'vitest';
import type { EmittedFile } from '../../../src/emit/target.js';
import { emitSpec, fileOf, removeTemporary, ROOT, SPECS, temporaryDir, writeFiles } from './support.js';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

function tsc(project: string): Promise<{ code: number; errors: string[] }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSC, '--noEmit', '--pretty', 'false', '-p', project], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, errors: `${stdout}${stderr}`.split('\n').filter((line) => line.trim() !== '') });
    });
  });
}

/** The ```ts blocks of one markdown file, as the GFM parser reads them. */
function tsBlocks(markdown: string): string[] {
  return marked
    .lexer(markdown, { gfm: true })
    .filter((t): t is Tokens.Code => t.type === 'code' && (t as Tokens.Code).lang === 'ts')
    .map((t) => t.text);
}

/** Example files for a package's docs: `examples/<page>-<n>.ts`. */
function examples(files: readonly EmittedFile[]): EmittedFile[] {
  return files
    .filter((f) => f.path.endsWith('.md'))
    .flatMap((f) =>
      tsBlocks(f.contents).map((code, i) => ({ path: `examples/${f.path.replace(/\.md$/, '').replace('/', '-')}-${i + 1}.ts`, contents: `${code}\n` })),
    );
}

afterAll(removeTemporary);

describe('the examples in the docs', () => {
  it('are one per operation plus the README ones, each a complete program importing the package', async () => {
    const files = await emitSpec('specs/g4-sessions.yaml', 'g4-sessions-client');
    const blocks = examples(files);
    expect(blocks.map((b) => b.path)).toEqual([
      'examples/README-1.ts',
      'examples/README-2.ts',
      'examples/README-3.ts',
      'examples/docs-SessionsApi-1.ts',
      'examples/docs-SessionsApi-2.ts',
      'examples/docs-SessionsApi-3.ts',
      'examples/docs-SessionsApi-4.ts',
      'examples/docs-SessionsApi-5.ts',
    ]);
    for (const block of blocks.filter((b) => !b.path.startsWith('examples/README-') || b.path === 'examples/README-1.ts')) {
      expect(block.contents).toMatch(/^import \{ .*Configuration, SessionsApi \} from 'g4-sessions-client';\n/);
    }
    // The README's others show the pagination helper and middleware, with runtime names only.
    expect(fileOf(blocks, 'examples/README-2.ts')).toMatch(/^import type \{ ApiResponse \} from 'g4-sessions-client';\n/);
    expect(fileOf(blocks, 'examples/README-3.ts')).toMatch(/^import \{ Configuration, type Middleware \} from 'g4-sessions-client';\n/);
    expect(fileOf(blocks, 'examples/docs-SessionsApi-2.ts')).toBe(
      [
        "import { Configuration, SessionsApi } from 'g4-sessions-client';",
        '',
        'const api = new SessionsApi(new Configuration({',
        "  basePath: 'http://localhost',",
        "  accessToken: 'YOUR_ACCESS_TOKEN',",
        '}));',
        '',
        "const result = await api.sessionIdGet({ xG4Tenant: 'xG4Tenant_example', id: 'id_example' });",
        'console.log(result);',
        '',
      ].join('\n'),
    );
  });

  it('compile with tsc under each package’s strict tsconfig', async () => {
    const root = temporaryDir('docs-examples');
    const paths: Record<string, string[]> = {};
    let counted = 0;
    for (const spec of SPECS) {
      const files = await emitSpec(spec.path, spec.name);
      const blocks = examples(files);
      const readme = fileOf(files, 'README.md');
      const operations = (readme.match(/^\*[^*].*\| \[\*\*/gm) ?? []).length;
      // Every operation's doc has one block; the README getting started (when there is an
      // operation), the pagination helper, middleware, and a server choice when a server has
      // variables: no fence was broken.
      const serverChoice = /^export const configuration = new Configuration\(\{ server: /m.test(readme) ? 1 : 0;
      expect(blocks.length, spec.name).toBe((operations === 0 ? 0 : operations + 1) + 2 + serverChoice);
      counted += blocks.length;
      writeFiles(join(root, spec.name), [...files, ...blocks]);
      paths[spec.name] = [`./${spec.name}/src/index.ts`];
    }
    expect(counted).toBeGreaterThanOrEqual(40);
    // The control: a call with a wrong field type, which tsc must report (and nothing else).
    writeFileSync(
      join(root, 'g4-sessions/examples/wrong.ts'),
      "import { Configuration, SessionsApi } from 'g4-sessions';\n\nawait new SessionsApi(new Configuration()).sessionIdGet({ xG4Tenant: 1, id: 'x' });\n",
    );
    writeFileSync(
      join(root, 'tsconfig.json'),
      JSON.stringify({
        extends: './g4-sessions/tsconfig.json',
        compilerOptions: { rootDir: '.', noEmit: true, paths },
        include: ['*/src', '*/examples'],
      }),
    );
    const result = await tsc(join(root, 'tsconfig.json'));
    expect(result.errors.map((line) => line.replace(/^.*?g4-sessions\//, 'g4-sessions/'))).toEqual([
      "g4-sessions/examples/wrong.ts(3,59): error TS2322: Type 'number' is not assignable to type 'string'.",
    ]);
  }, 120_000);
});
