import type { ImportDeclarationStructure, OptionalKind, SourceFileStructure } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { namedImports, type ImportedName } from '../../../src/emit/typescript/imports.js';
import { printStructure, StructureKind } from '../../../src/emit/typescript/ts-morph.js';

const PRINT_OPTIONS = { indentNumberOfSpaces: 2, newLine: '\n', useSingleQuote: true } as const;

function printed(imports: OptionalKind<ImportDeclarationStructure>[]): string {
  const file: SourceFileStructure = {
    kind: StructureKind.SourceFile,
    statements: [...imports.map((i) => ({ ...i, kind: StructureKind.ImportDeclaration }) as const), 'export const x = 1;'],
  };
  return printStructure(file, PRINT_OPTIONS);
}

describe('namedImports', () => {
  const lists: [string, (string | ImportedName)[], boolean][] = [
    ['one name', ['BASE_PATH'], false],
    ['names and type-only names', [{ name: 'ApiError' }, 'BaseApi', { name: 'ApiResponse', isTypeOnly: true }, { name: 'RequestOptions', isTypeOnly: true }], false],
    ['a type-only declaration', ['Model0', 'Model1', 'Pet'], true],
    ['a list wider than a line', Array.from({ length: 40 }, (_, i) => `SomeRatherLongModelName${i}`), true],
  ];

  it.each(lists)('prints what ts-morph prints for the specifier structures: %s', (_, names, isTypeOnly) => {
    const structures = names.map((n) => (typeof n === 'string' ? n : { ...n }));
    const expected = printed([{ moduleSpecifier: '../models.js', isTypeOnly, namedImports: structures }]);
    expect(printed([{ moduleSpecifier: '../models.js', isTypeOnly, namedImports: namedImports(names) }])).toBe(expected);
    expect(expected).toMatch(/^import (type )?\{ \S[^\n]*\S \} from '\.\.\/models\.js';\nexport const x = 1;\n$/);
  });

  it('writes type before each type-only name', () => {
    expect(printed([{ moduleSpecifier: './a.js', namedImports: namedImports(['A', { name: 'B', isTypeOnly: true }]) }])).toBe(
      "import { A, type B } from './a.js';\nexport const x = 1;\n",
    );
  });
});
