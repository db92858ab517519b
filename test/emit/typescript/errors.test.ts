/**
 * The error unions of src/emit/typescript/errors.ts, proven by the real tsc: a consumer that
 * narrows on `error.status` compiles, with each branch's body typed as the spec declares, and one
 * that takes a 404 body for the 422 one does not. Both files go through one tsc run; the wrong one
 * must be the only error reported.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitSpec, fileOf, removeTemporary, ROOT, temporaryDir, writeFiles } from './support.js';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

function tsc(project: string): Promise<string[]> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSC, '--noEmit', '--pretty', 'false', '-p', project], { cwd: ROOT }, (_error, stdout, stderr) => {
      resolve(`${stdout}${stderr}`.split('\n').filter((line) => line.trim() !== ''));
    });
  });
}

afterAll(removeTemporary);

const NARROWS = `import { isGetPetError, isListPetsError, PetsApi, type ModelError, type NotFound, type Problem, type ValidationError } from '../src/index.js';

const api = new PetsApi();
try {
  await api.getPet({ id: 1 });
} catch (error) {
  if (isGetPetError(error)) {
    if (error.status === 404) {
      const body: NotFound = error.body;
      console.log(body.missing);
    } else if (error.status === 422) {
      const body: ValidationError = error.body;
      console.log(body.fields);
    } else {
      const body: ModelError = error.body;
      const status: 500 | 503 | 401 | 302 = error.status === 401 ? 401 : 500;
      console.log(body.message, status);
    }
  }
}
try {
  await api.listPets();
} catch (error) {
  if (isListPetsError(error)) {
    if (error.status === 418) {
      const body: Problem = error.body;
      console.log(body.title);
    } else {
      const body: unknown = error.body;
      console.log(body);
    }
  }
}
`;

const WRONG = `import { isGetPetError, PetsApi, type ValidationError } from '../src/index.js';

try {
  await new PetsApi().getPet({ id: 1 });
} catch (error) {
  if (isGetPetError(error) && error.status === 404) {
    const body: ValidationError = error.body;
    console.log(body);
  }
}
`;

describe('error unions', () => {
  it('declare one ApiError per declared status, ranges and default taking what is left', async () => {
    const pets = fileOf(await emitSpec('test/fixtures/typescript/features.yaml'), 'src/apis/PetsApi.ts');
    expect(pets).toContain(
      'export type GetPetError =\n  | ApiError<404, NotFound>\n  | ApiError<422, ValidationError>\n  | ApiError<Exclude<ErrorStatus, 404 | 422>, ModelError>;\n',
    );
    expect(pets).toContain(
      "export type ListPetsError =\n  | ApiError<ErrorStatusIn<'4'>, Problem>\n  | ApiError<Exclude<ErrorStatus, ErrorStatusIn<'4'>>, unknown>;\n",
    );
    expect(pets).toContain('export type GetPhotoError = ApiError<ErrorStatus, unknown>;\n');
  });

  it('narrow the body by status for a consumer compiled by tsc, and refuse the wrong body type', async () => {
    const dir = temporaryDir('errors');
    writeFiles(dir, await emitSpec('test/fixtures/typescript/features.yaml', 'features'));
    writeFiles(dir, [
      { path: 'consumer/narrows.ts', contents: NARROWS },
      { path: 'consumer/wrong.ts', contents: WRONG },
    ]);
    writeFileSync(join(dir, 'tsconfig.consumer.json'), JSON.stringify({ extends: './tsconfig.json', compilerOptions: { rootDir: '.' }, include: ['src', 'consumer'] }));
    const errors = await tsc(join(dir, 'tsconfig.consumer.json'));
    expect(errors.map((line) => line.replace(/^.*?consumer\//, 'consumer/'))).toEqual([
      "consumer/wrong.ts(7,11): error TS2741: Property 'fields' is missing in type 'NotFound' but required in type 'ValidationError'.",
    ]);
  }, 120_000);
});
