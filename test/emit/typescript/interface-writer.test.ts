import type { InterfaceDeclarationStructure, SourceFileStructure, StatementStructures, WriterFunction } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { interfaceStatement, type InterfaceText } from '../../../src/emit/typescript/interface-writer.js';
import { printStructure, StructureKind, VariableDeclarationKind } from '../../../src/emit/typescript/ts-morph.js';

const PRINT_OPTIONS = { indentNumberOfSpaces: 2, newLine: '\n', useSingleQuote: true } as const;

/** The same interface as the ts-morph structure it stands for. */
function structure(i: InterfaceText): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: i.name,
    isExported: true,
    docs: [...i.docs],
    properties: i.properties.map((p) => ({ ...p, docs: [...p.docs] })),
    indexSignatures: (i.indexTypes ?? []).map((returnType) => ({ keyName: 'key', keyType: 'string', returnType })),
  };
}

function file(declarations: (WriterFunction | StatementStructures)[]): string {
  const source: SourceFileStructure = { kind: StructureKind.SourceFile, leadingTrivia: '// header\n\n', statements: declarations };
  return printStructure(source, PRINT_OPTIONS);
}

const INTERFACES: InterfaceText[] = [
  {
    name: 'Pet',
    docs: ['A pet.\n\nWith a longer description.\n@deprecated'],
    properties: [
      { name: 'id', type: 'number', hasQuestionToken: false, isReadonly: true, docs: [] },
      { name: "'x-name'", type: "string | 'a\\'b' | undefined", hasQuestionToken: true, docs: ['One line.'] },
      { name: 'tags', type: '{ name?: string; values: Record<string, unknown>[] }', hasQuestionToken: true, docs: ['\nstarts on a new line\n\nends */'] },
    ],
  },
  { name: 'Bag', docs: [], indexTypes: ['string | number'], properties: [{ name: 'size', type: 'number', hasQuestionToken: false, docs: ['@deprecated'] }] },
  { name: 'Loose', docs: ['Only extra keys.'], indexTypes: ['unknown'], properties: [] },
  { name: 'GetPetRequest', docs: ['Parameters of getPet.'], properties: [{ name: 'petId', type: 'string', hasQuestionToken: false, docs: [''] }] },
];

describe('interfaceStatement', () => {
  const alias = { kind: StructureKind.TypeAlias, name: 'Status', isExported: true, type: "'a' | 'b'" } as const;
  const values: StatementStructures = {
    kind: StructureKind.VariableStatement,
    leadingTrivia: (writer) => writer.blankLineIfLastNot(),
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: 'StatusValues', initializer: "['a', 'b']" }],
  };
  const imports: StatementStructures = { kind: StructureKind.ImportDeclaration, moduleSpecifier: './models.js', isTypeOnly: true, namedImports: ['Pet'] };

  it.each<[string, (WriterFunction | StatementStructures)[]]>([
    ['first in the file', []],
    ['after an import', [imports]],
    ['after a type alias and its values', [alias, values]],
  ])('prints what ts-morph prints for the structures, one after another: %s', (_, before) => {
    const expected = file([...before, ...INTERFACES.map(structure), alias]);
    expect(file([...before, ...INTERFACES.map(interfaceStatement), alias])).toBe(expected);
    expect(expected).toContain('export interface Bag {\n  [key: string]: string | number;\n  /** @deprecated */\n  size: number;\n}');
  });
});
