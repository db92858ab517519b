/**
 * src/apis/<Class>.ts of the package: the request interfaces, the error union and type guard of
 * each operation, and the class of one tag. Each operation has a method resolving to its body, a
 * `...Raw` variant resolving to `{ data, status, headers, response }` (the one that calls the
 * runtime), and for binary downloads a `...Stream` variant.
 */
import type { SourceFileStructure, WriterFunction } from 'ts-morph';
import { StructureKind } from './ts-morph.js';
import type { Api } from '../../model/types.js';
import { classStatement, functionStatement, type MethodText, type ParameterText } from './class-writer.js';
import { GENERATED_HEADER, jsDocs, jsDocText } from './docs.js';
import { errorMembers, errorUnion } from './errors.js';
import { namedImports } from './imports.js';
import { stringLiteral } from './escape.js';
import { writeValue, type Value } from './expression.js';
import { callValue, optionsType, requestInterface, requestIsOptional, returnType } from './operation.js';
import type { ApiClassPlan, OperationPlan } from './plan.js';
import type { TypePrinter } from './types.js';

export function apiClassFile(api: Api, plan: ApiClassPlan, printer: TypePrinter): SourceFileStructure {
  printer.takeUsedModels();
  const requests = plan.operations.flatMap((op) => requestInterface(op, printer) ?? []);
  const errors = plan.operations.flatMap((op) => errorDeclarations(op, printer));
  const methods = plan.operations.flatMap((op) => operationMethods(api, op, printer));
  const models = printer.takeUsedModels();
  const unions = plan.operations.flatMap((op) => errorUnion(errorMembers(op.operation, printer))).join('\n');
  const runtime = new Set(['ApiResponse', 'Configuration']);
  if (/\bErrorStatus\b/.test(unions)) runtime.add('ErrorStatus');
  if (unions.includes('ErrorStatusIn<')) runtime.add('ErrorStatusIn');
  const options = new Set(plan.operations.map((op) => optionsType(op.operation)));
  for (const name of options) runtime.add(name);
  if (options.has('EventStreamOptions')) runtime.add('EventStream');
  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: GENERATED_HEADER,
    statements: [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: '../runtime/index.js',
        namedImports: namedImports(['ApiError', 'BaseApi', ...[...runtime].sort().map((name) => ({ name, isTypeOnly: true }))]),
      },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../base-path.js', namedImports: namedImports(['BASE_PATH', 'SERVERS']) },
      ...(models.length === 0
        ? []
        : [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: '../models.js', isTypeOnly: true, namedImports: namedImports(models) } as const]),
      ...requests,
      ...errors,
      apiClass(plan, methods),
    ],
  };
}

function apiClass(plan: ApiClassPlan, methods: MethodText[]): WriterFunction {
  return classStatement({
    name: plan.className,
    extends: 'BaseApi',
    docs: jsDocs({ summary: plan.description }),
    ctor: {
      docs: jsDocs({ summary: "Without a configuration, calls go to BASE_PATH (the spec's first server) without credentials." }),
      parameters: [{ name: 'configuration', type: 'Configuration', hasQuestionToken: true }],
      statement: 'super(configuration, BASE_PATH, SERVERS);',
    },
    methods,
  });
}

/**
 * `type GetPetError = ApiError<404, NotFound> | ...` and `isGetPetError(error)`. The alias is
 * written by hand so a long union breaks one member a line; its comment holds identifiers only.
 */
function errorDeclarations(plan: OperationPlan, printer: TypePrinter): WriterFunction[] {
  const op = plan.operation;
  const members = errorUnion(errorMembers(op, printer));
  const alias: WriterFunction = (writer) => {
    writer.blankLineIfLastNot().writeLine(`/** The ApiErrors of ${plan.methodName}: checking \`status\` narrows \`body\` to the type the spec declares for it. */`);
    if (members.length === 1) {
      writer.writeLine(`export type ${plan.errorType} = ${members[0] ?? 'never'};`);
      return;
    }
    writer.write(`export type ${plan.errorType} =`);
    members.forEach((member, i) => writer.newLine().write(`  | ${member}${i === members.length - 1 ? ';' : ''}`));
    writer.newLine();
  };
  return [
    alias,
    functionStatement({
      name: plan.errorGuard,
      docs: [jsDocText(`Whether \`error\` is an ApiError of ${plan.methodName} (${plan.operation.method.toUpperCase()} and its path template).`)],
      parameters: [{ name: 'error', type: 'unknown' }],
      returnType: `error is ${plan.errorType}`,
      statement: `return error instanceof ApiError && error.method === ${stringLiteral(op.method.toUpperCase())} && error.path === ${stringLiteral(op.path)};`,
    }),
  ];
}

function requestParameters(plan: OperationPlan, options: string): ParameterText[] {
  const parameters: ParameterText[] = [];
  if (plan.requestType !== undefined) {
    parameters.push(
      requestIsOptional(plan) ? { name: 'request', type: plan.requestType, initializer: '{}' } : { name: 'request', type: plan.requestType },
    );
  }
  parameters.push({ name: 'options', type: options, hasQuestionToken: true });
  return parameters;
}

function operationMethods(api: Api, plan: OperationPlan, printer: TypePrinter): MethodText[] {
  const op = plan.operation;
  const resolved = returnType(op, printer);
  const parameters = requestParameters(plan, optionsType(op));
  const args = plan.requestType === undefined ? 'options' : 'request, options';
  const rejects = `Rejects with ${plan.errorType} (check it with ${plan.errorGuard}) when the server answers with an error status.`;
  const methods: MethodText[] = [
    {
      name: plan.methodName,
      isAsync: true,
      docs: jsDocs({ summary: op.summary, description: op.description, deprecated: op.deprecated }),
      parameters,
      returnType: `Promise<${resolved}>`,
      statement: `return (await this.${plan.rawMethodName}(${args})).data;`,
    },
    {
      name: plan.rawMethodName,
      isAsync: true,
      docs: [jsDocText(`${plan.methodName}, resolving to the body with the status, headers and response. ${rejects}`, op.deprecated)],
      parameters,
      returnType: `Promise<ApiResponse<${resolved}>>`,
      statement: sendStatement(resolved, callValue(api, plan)),
    },
  ];
  if (plan.streamMethodName !== undefined) {
    const stream = 'ReadableStream<Uint8Array>';
    methods.push({
      name: plan.streamMethodName,
      isAsync: true,
      docs: [jsDocText(`${plan.methodName}, resolving once the headers arrive, with the body as a stream (still limited to maxResponseBytes). ${rejects}`, op.deprecated)],
      parameters,
      returnType: `Promise<ApiResponse<${stream}>>`,
      statement: sendStatement(stream, { ...callValue(api, plan), response: 'stream' }),
    });
  }
  return methods;
}

function sendStatement(type: string, call: Value): WriterFunction {
  return (writer) => {
    writer.write(`return this.send<${type}>(`);
    writeValue(writer, call);
    writer.write(', options);');
  };
}
