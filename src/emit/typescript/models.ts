/** src/models.ts of the package: one exported interface or type alias per named schema. */
import type { SourceFileStructure, TypeAliasDeclarationStructure, VariableStatementStructure, WriterFunction } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from './ts-morph.js';
import type { Api, NamedSchema } from '../../model/types.js';
import { GENERATED_HEADER, jsDocs } from './docs.js';
import { writeValue } from './expression.js';
import { interfaceStatement } from './interface-writer.js';
import { isNamedEnum } from './plan.js';
import { isInterfaceSchema } from './recursion.js';
import type { TypePrinter } from './types.js';

/** One declaration per named schema; a named enum is followed by the frozen array of its values. */
export function modelsFile(
  api: Api,
  names: ReadonlyMap<string, string>,
  enumValues: ReadonlyMap<string, string>,
  printer: TypePrinter,
): SourceFileStructure {
  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: GENERATED_HEADER,
    statements: api.schemas.flatMap((named) => {
      const name = names.get(named.name) ?? named.name;
      const values = enumValues.get(named.name);
      const declaration = modelDeclaration(named, name, printer);
      return values === undefined ? [declaration] : [declaration, ...valuesDeclaration(named, name, values)];
    }),
  };
}

/** `export const PetStatusValues: readonly PetStatus[] = Object.freeze([...])`: the enum's values at run time, in spec order. */
function valuesDeclaration(named: NamedSchema, typeName: string, constName: string): VariableStatementStructure[] {
  const { schema } = named;
  if (!isNamedEnum(schema)) return [];
  return [
    {
      kind: StructureKind.VariableStatement,
      leadingTrivia: (writer) => writer.blankLineIfLastNot(),
      trailingTrivia: (writer) => writer.blankLineIfLastNot(),
      isExported: true,
      docs: [{ description: `Every value of ${typeName}, in the order the spec lists them.` }],
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        {
          name: constName,
          type: `readonly ${typeName}[]`,
          initializer: (writer) => {
            writer.write('Object.freeze(');
            writeValue(writer, [...new Set(schema.enum)]);
            writer.write(' as const)');
          },
        },
      ],
    },
  ];
}

function schemaDocs(named: NamedSchema): ReturnType<typeof jsDocs> {
  const { schema } = named;
  return jsDocs({ summary: schema.title, description: schema.description, deprecated: schema.deprecated });
}

function modelDeclaration(
  named: NamedSchema,
  name: string,
  printer: TypePrinter,
): WriterFunction | TypeAliasDeclarationStructure {
  const { schema } = named;
  if (schema.kind === 'object' && isInterfaceSchema(schema)) {
    const members = printer.members(schema);
    return interfaceStatement({
      name,
      docs: schemaDocs(named),
      properties: members.flatMap((m) =>
        m.kind === 'property'
          ? [
              {
                name: m.key,
                type: m.type,
                hasQuestionToken: m.optional,
                isReadonly: m.readonly,
                docs: jsDocs({ summary: m.schema.title, description: m.schema.description, deprecated: m.schema.deprecated }),
              },
            ]
          : [],
      ),
      indexTypes: members.flatMap((m) => (m.kind === 'index' ? [m.type] : [])),
    });
  }
  return {
    kind: StructureKind.TypeAlias,
    name,
    isExported: true,
    docs: schemaDocs(named),
    type: printer.print(schema, { alias: named.name }),
  };
}
