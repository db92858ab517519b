/**
 * Every emitted package must compile with the real tsc under its own strict tsconfig
 * (strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes, verbatimModuleSyntax).
 *
 * tsc spends most of its time loading the DOM and ES libs, so the packages are checked in one run:
 * a project that extends the (identical) tsconfig every package ships and includes all of their
 * sources, plus a deliberately broken package whose one error must be the only one reported. One
 * package is also checked alone through its own tsconfig.json, exactly as `npm run build` would.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/typescript/index.js';
import { apiWith } from './schemas.js';
import { emitSpec, fileOf, removeTemporary, ROOT, SPECS, temporaryDir, writeFiles } from './support.js';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

interface TscResult {
  readonly code: number;
  readonly errors: string[];
}

function tsc(project: string): Promise<TscResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSC, '--noEmit', '--pretty', 'false', '-p', project], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, errors: `${stdout}${stderr}`.split('\n').filter((line) => line.trim() !== '') });
    });
  });
}

afterAll(removeTemporary);

describe('emitted packages compile', () => {
  it('every product spec and fixture spec, under the tsconfig they ship', async () => {
    const packages = await Promise.all(SPECS.map(async (spec) => ({ name: spec.name, files: await emitSpec(spec.path, spec.name) })));
    // An API with no operations and no schemas still makes a package (runtime only).
    packages.push({ name: 'empty', files: target.emit(apiWith({}), { packageName: 'empty' }) });
    const tsconfig = fileOf(packages[0]?.files ?? [], 'tsconfig.json');
    for (const { files } of packages) expect(fileOf(files, 'tsconfig.json')).toBe(tsconfig);

    const root = temporaryDir('compile');
    for (const { name, files } of packages) writeFiles(join(root, name), files);
    writeFiles(join(root, 'broken'), packages[0]?.files ?? []);
    appendFileSync(join(root, 'broken/src/models.ts'), "\nexport const wrong: GetSessionResponse = { bearer: 'b' };\n");
    writeFileSync(
      join(root, 'tsconfig.json'),
      JSON.stringify({ extends: `./${packages[0]?.name}/tsconfig.json`, compilerOptions: { rootDir: '.' }, include: ['*/src'] }),
    );

    const [combined, alone] = await Promise.all([tsc(join(root, 'tsconfig.json')), tsc(join(root, `${packages[0]?.name}/tsconfig.json`))]);
    expect(alone).toEqual({ code: 0, errors: [] });
    expect(combined.errors.map((line) => line.replace(/^.*?broken\//, 'broken/'))).toEqual([
      "broken/src/models.ts(40,14): error TS2739: Type '{ bearer: string; }' is missing the following properties from type 'GetSessionResponse': userId, data",
    ]);
  }, 120_000);
});
