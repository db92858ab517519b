/** src/apis/<Class>.ts of the package: the request interfaces and the class of one tag. */
import {
  StructureKind,
  type ClassDeclarationStructure,
  type MethodDeclarationStructure,
  type OptionalKind,
  type ParameterDeclarationStructure,
  type SourceFileStructure,
} from 'ts-morph';
import type { Api } from '../../model/types.js';
import { GENERATED_HEADER, jsDocs } from './docs.js';
import { writeValue } from './expression.js';
import { callValue, requestInterface, requestIsOptional, returnType } from './operation.js';
import type { ApiClassPlan, OperationPlan } from './plan.js';
import type { TypePrinter } from './types.js';

export function apiClassFile(api: Api, plan: ApiClassPlan, printer: TypePrinter): SourceFileStructure {
  printer.takeUsedModels();
  const requests = plan.operations.flatMap((op) => requestInterface(op, printer) ?? []);
  const methods = plan.operations.map((op) => method(api, op, printer));
  const models = printer.takeUsedModels();
  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: GENERATED_HEADER,
    statements: [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: '../runtime/index.js',
        namedImports: [{ name: 'BaseApi' }, { name: 'Configuration', isTypeOnly: true }, { name: 'RequestOptions', isTypeOnly: true }],
      },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../base-path.js', namedImports: [{ name: 'BASE_PATH' }] },
      ...(models.length === 0
        ? []
        : [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: '../models.js', isTypeOnly: true, namedImports: models } as const]),
      ...requests,
      apiClass(plan, methods),
    ],
  };
}

function apiClass(plan: ApiClassPlan, methods: OptionalKind<MethodDeclarationStructure>[]): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    name: plan.className,
    isExported: true,
    extends: 'BaseApi',
    docs: jsDocs({ summary: plan.description }),
    ctors: [
      {
        docs: jsDocs({ summary: 'Without a configuration, calls go to BASE_PATH without credentials.' }),
        parameters: [{ name: 'configuration', type: 'Configuration', hasQuestionToken: true }],
        statements: ['super(configuration, BASE_PATH);'],
      },
    ],
    methods,
  };
}

function method(api: Api, plan: OperationPlan, printer: TypePrinter): OptionalKind<MethodDeclarationStructure> {
  const op = plan.operation;
  const resolved = returnType(op, printer);
  const parameters: OptionalKind<ParameterDeclarationStructure>[] = [];
  if (plan.requestType !== undefined) {
    parameters.push(
      requestIsOptional(plan) ? { name: 'request', type: plan.requestType, initializer: '{}' } : { name: 'request', type: plan.requestType },
    );
  }
  parameters.push({ name: 'options', type: 'RequestOptions', hasQuestionToken: true });
  const call = callValue(api, plan);
  return {
    name: plan.methodName,
    isAsync: true,
    docs: jsDocs({ summary: op.summary, description: op.description, deprecated: op.deprecated }),
    parameters,
    returnType: `Promise<${resolved}>`,
    statements: [
      (writer) => {
        writer.write(`return this.send<${resolved}>(`);
        writeValue(writer, call);
        writer.write(', options);');
      },
    ],
  };
}
