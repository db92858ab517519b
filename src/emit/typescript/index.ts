/**
 * The `typescript` target: a fetch-based client package in the shape of openapi-generator's
 * typescript-fetch (`new SessionsApi(new Configuration({...})).sessionIdGet({ xG4Tenant, id })`).
 * Code is built as ts-morph structures in one in-memory project and printed once per file.
 */
import type { SourceFileStructure } from 'ts-morph';
import { printStructure, StructureKind, VariableDeclarationKind } from './ts-morph.js';
import type { Api } from '../../model/types.js';
import type { EmittedFile, Target, TargetOptions } from '../target.js';
import { apiClassFile } from './api-class.js';
import { GENERATED_HEADER } from './docs.js';
import { namedImports } from './imports.js';
import { typeScriptDocs } from './docs/index.js';
import { stringLiteral } from './escape.js';
import { writeValue } from './expression.js';
import { serversValue } from './servers.js';
import { modelsFile } from './models.js';
import { gitignore, npmignore, packageJson, tsconfigJson } from './package-files.js';
import { planNames } from './plan.js';
import { RecursionInfo } from './recursion.js';
import { runtimeFiles } from './runtime-files.js';
import { TypePrinter } from './types.js';

export const target: Target = {
  name: 'typescript',
  emit: emitTypeScript,
};

export function emitTypeScript(api: Api, options: TargetOptions): EmittedFile[] {
  const plan = planNames(api);
  const printer = new TypePrinter(plan.models, new RecursionInfo(api));
  const sources = new Map<string, SourceFileStructure>();

  if (api.schemas.length > 0) sources.set('src/models.ts', modelsFile(api, plan.models, plan.enumValues, printer));
  for (const apiClass of plan.classes) sources.set(`src/apis/${apiClass.className}.ts`, apiClassFile(api, apiClass, printer));
  sources.set('src/base-path.ts', basePathFile(api));
  sources.set('src/index.ts', indexFile(api.schemas.length > 0, plan.classes.map((c) => c.className)));

  // README.md and docs/: npm packs README.md whatever package.json "files" says; docs/ stays in the repository.
  const files: EmittedFile[] = [packageJson(api, options), tsconfigJson(), gitignore(), npmignore(), ...runtimeFiles(), ...print(sources), ...typeScriptDocs(api, plan, options, printer)];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** BASE_PATH (the first server, variables at their defaults) and SERVERS, every server of the spec for `Configuration.server`. */
function basePathFile(api: Api): SourceFileStructure {
  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: GENERATED_HEADER,
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/index.js', isTypeOnly: true, namedImports: namedImports(['ServerDescription']) },
      {
        kind: StructureKind.VariableStatement,
        leadingTrivia: (writer) => writer.blankLineIfLastNot(),
        isExported: true,
        docs: [{ description: 'The base URL from the spec; `new Configuration({ basePath })` overrides it.' }],
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name: 'BASE_PATH', initializer: stringLiteral(api.baseUrl) }],
      },
      // Written by hand: the printer would indent a multi-line initializer one level too deep.
      (writer) => {
        writer.blankLineIfLastNot().writeLine("/** The spec's servers, chosen with `new Configuration({ server, serverVariables })`. */");
        writer.write('export const SERVERS: readonly ServerDescription[] = ');
        writeValue(writer, serversValue(api));
        writer.write(';').newLine();
      },
    ],
  };
}

function indexFile(hasModels: boolean, classNames: readonly string[]): SourceFileStructure {
  const modules = ['./runtime/index.js', './base-path.js', ...(hasModels ? ['./models.js'] : []), ...classNames.map((c) => `./apis/${c}.js`)];
  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: GENERATED_HEADER,
    statements: modules.map((moduleSpecifier) => ({ kind: StructureKind.ExportDeclaration, moduleSpecifier })),
  };
}

/**
 * Prints every structure with ts-morph's structure printer straight to text. A source file made
 * in a Project would print the same text and then parse it back into a syntax tree that nothing
 * here reads (a sixth of the run on GitHub's spec); nothing is type-checked here either way.
 */
function print(sources: ReadonlyMap<string, SourceFileStructure>): EmittedFile[] {
  return [...sources].map(([path, structure]) => ({ path, contents: printStructure(structure, PRINT_OPTIONS) }));
}

/** Two-space indents, `\n`, single quotes: the settings the package's files were always printed with. */
const PRINT_OPTIONS = { indentNumberOfSpaces: 2, newLine: '\n', useSingleQuote: true } as const;
