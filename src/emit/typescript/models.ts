/** src/models.ts of the package: one exported interface or type alias per named schema. */
import {
  StructureKind,
  type InterfaceDeclarationStructure,
  type SourceFileStructure,
  type TypeAliasDeclarationStructure,
} from 'ts-morph';
import type { Api, NamedSchema } from '../../model/types.js';
import { GENERATED_HEADER, jsDocs } from './docs.js';
import { isInterfaceSchema } from './recursion.js';
import type { TypePrinter } from './types.js';

export function modelsFile(api: Api, names: ReadonlyMap<string, string>, printer: TypePrinter): SourceFileStructure {
  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: GENERATED_HEADER,
    statements: api.schemas.map((named) => modelDeclaration(named, names.get(named.name) ?? named.name, printer)),
  };
}

function schemaDocs(named: NamedSchema): ReturnType<typeof jsDocs> {
  const { schema } = named;
  return jsDocs({ summary: schema.title, description: schema.description, deprecated: schema.deprecated });
}

function modelDeclaration(
  named: NamedSchema,
  name: string,
  printer: TypePrinter,
): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  const { schema } = named;
  if (schema.kind === 'object' && isInterfaceSchema(schema)) {
    const members = printer.members(schema);
    return {
      kind: StructureKind.Interface,
      name,
      isExported: true,
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
      indexSignatures: members.flatMap((m) => (m.kind === 'index' ? [{ keyName: 'key', keyType: 'string', returnType: m.type }] : [])),
    };
  }
  return {
    kind: StructureKind.TypeAlias,
    name,
    isExported: true,
    docs: schemaDocs(named),
    type: printer.print(schema, { alias: named.name }),
  };
}
