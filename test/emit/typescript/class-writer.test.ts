import type { ClassDeclarationStructure, FunctionDeclarationStructure, SourceFileStructure, StatementStructures, WriterFunction } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { classStatement, functionStatement, type ClassText, type MemberText, type MethodText } from '../../../src/emit/typescript/class-writer.js';
import { writeValue } from '../../../src/emit/typescript/expression.js';
import { printStructure, StructureKind } from '../../../src/emit/typescript/ts-morph.js';

const PRINT_OPTIONS = { indentNumberOfSpaces: 2, newLine: '\n', useSingleQuote: true } as const;

/** The same class as the ts-morph structure it stands for. */
function structure(c: ClassText): ClassDeclarationStructure {
  const member = (m: MemberText) => ({
    docs: [...m.docs],
    parameters: m.parameters.map((p) => ({ ...p })),
    statements: [m.statement],
  });
  return {
    kind: StructureKind.Class,
    name: c.name,
    isExported: true,
    extends: c.extends,
    docs: [...c.docs],
    ctors: [member(c.ctor)],
    methods: c.methods.map((m) => ({ ...member(m), name: m.name, isAsync: m.isAsync, returnType: m.returnType })),
  };
}

/** A file with statements before the class, as API class files have (imports, an error guard). */
function file(classStatementOrStructure: WriterFunction | ClassDeclarationStructure | FunctionDeclarationStructure, before: (string | WriterFunction | StatementStructures)[]): string {
  const source: SourceFileStructure = {
    kind: StructureKind.SourceFile,
    leadingTrivia: '// header\n\n',
    statements: [...before, classStatementOrStructure],
  };
  return printStructure(source, PRINT_OPTIONS);
}

const send: WriterFunction = (writer) => {
  writer.write('return this.send<Pet>(');
  writeValue(writer, {
    method: 'GET',
    path: '/pets/{petId}/photos/{photoId}/some/very/long/path/to/make/the/literal/break',
    parameters: [{ in: 'path', name: 'petId' }, { in: 'query', name: 'a}b', style: "it's" }],
  });
  writer.write(', options);');
};

const method = (name: string, docs: string[], extra: Partial<MethodText> = {}): MethodText => ({
  name,
  isAsync: true,
  docs,
  parameters: [
    { name: 'request', type: 'GetPetRequest', initializer: '{}' },
    { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
  ],
  returnType: 'Promise<Pet>',
  statement: `return (await this.${name}Raw(request, options)).data;`,
  ...extra,
});

const CLASSES: [string, ClassText][] = [
  [
    'docs of one line, several lines, a blank line, @deprecated, and none',
    {
      name: 'PetsApi',
      extends: 'BaseApi',
      docs: ['Everything about pets.\n\nMore about them.'],
      ctor: {
        docs: ['Without a configuration, calls go to BASE_PATH.'],
        parameters: [{ name: 'configuration', type: 'Configuration', hasQuestionToken: true }],
        statement: 'super(configuration, BASE_PATH, SERVERS);',
      },
      methods: [
        method('getPet', ['Find a pet.']),
        method('getPetRaw', ['getPet, with the response.\n@deprecated'], { statement: send, returnType: 'Promise<ApiResponse<Pet>>' }),
        method('listPets', [], { parameters: [{ name: 'options', type: 'RequestOptions', hasQuestionToken: true }] }),
        method('oddDocs', ['\nstarts on a new line\n  indented * star */ end', '']),
        method('spacedDocs', ['ends in a space ', "it's a 'quote', \"another\" and a `tick`", 'two lines \nthe first ends in a space']),
        method('mapPets', ['{ a: "b" }'], { returnType: "Promise<{ 'x-y'?: string; z: Record<string, 'q\\'r'> } | null>", isAsync: false }),
      ],
    },
  ],
  [
    'no class docs and no methods',
    {
      name: 'EmptyApi',
      extends: 'BaseApi',
      docs: [],
      ctor: { docs: [], parameters: [], statement: 'super();' },
      methods: [],
    },
  ],
];

describe('classStatement', () => {
  const guard: FunctionDeclarationStructure = {
    kind: StructureKind.Function,
    name: 'isGetPetError',
    isExported: true,
    parameters: [{ name: 'error', type: 'unknown' }],
    returnType: 'error is GetPetError',
    statements: ["return error instanceof ApiError && error.method === 'GET';"],
  };
  const alias: WriterFunction = (writer) => writer.blankLineIfLastNot().writeLine('export type GetPetError = ApiError<404, Error>;');
  const befores: [string, (string | WriterFunction | StatementStructures)[]][] = [
    ['first in the file', []],
    ['after an import', [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: '../base-path.js', namedImports: ['BASE_PATH'] }]],
    ['after a function', [guard]],
    ['after a hand-written alias', [guard, alias]],
  ];

  for (const [what, c] of CLASSES) {
    it.each(befores)(`prints what ts-morph prints for the structure: ${what}, %s`, (_, before) => {
      const expected = file(structure(c), before);
      expect(file(classStatement(c), before)).toBe(expected);
      expect(expected).toContain(`export class ${c.name} extends BaseApi {`);
    });
  }
});

describe('functionStatement', () => {
  const guard = {
    name: 'isGetPetError',
    docs: ['Whether `error` is an ApiError of getPet (GET and its path template).\n@deprecated'],
    parameters: [{ name: 'error', type: 'unknown' }],
    returnType: 'error is GetPetError',
    statement: "return error instanceof ApiError && error.method === 'GET' && error.path === '/pets/{id}';",
  };
  const alias: WriterFunction = (writer) => writer.blankLineIfLastNot().writeLine('export type GetPetError = ApiError<404, Error>;');
  const asStructure: FunctionDeclarationStructure = {
    kind: StructureKind.Function,
    name: guard.name,
    isExported: true,
    docs: guard.docs,
    parameters: guard.parameters,
    returnType: guard.returnType,
    statements: [guard.statement],
  };

  it.each<[string, (string | WriterFunction | StatementStructures)[]]>([
    ['first in the file', []],
    ['after a hand-written alias', [alias]],
    ['after another function', [asStructure, alias]],
  ])('prints what ts-morph prints for the structure: %s', (_, before) => {
    const expected = file(asStructure, before);
    expect(file(functionStatement(guard), before)).toBe(expected);
    expect(expected).toContain('export function isGetPetError(error: unknown): error is GetPetError {\n');
  });
});

