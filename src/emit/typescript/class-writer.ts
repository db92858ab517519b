/**
 * An API class (and its operations' error guards) written through ts-morph's CodeBlockWriter
 * with the calls its structure printer makes for a ClassDeclarationStructure (and a
 * FunctionDeclarationStructure), for the few parts these use. The structure
 * printer opens a new CodeBlockWriter for every parameter and return type and looks each part's
 * printer up through a memoizing factory: on GitHub's spec (3,000 methods) that was a third of
 * the emitter's time. test/emit/typescript/class-writer.test.ts holds the two printers to the
 * same text.
 */
import type { CodeBlockWriter, WriterFunction } from 'ts-morph';
import { startStatement, writeDocs } from './docs.js';

export interface ParameterText {
  readonly name: string;
  readonly type: string;
  readonly hasQuestionToken?: boolean;
  readonly initializer?: string;
}

/** A constructor or method: JSDoc texts (already escaped), parameters, one statement. */
export interface MemberText {
  readonly docs: readonly string[];
  readonly parameters: readonly ParameterText[];
  readonly statement: string | WriterFunction;
}

export interface MethodText extends MemberText {
  readonly name: string;
  readonly isAsync: boolean;
  readonly returnType: string;
}

export interface ClassText {
  readonly name: string;
  readonly extends: string;
  readonly docs: readonly string[];
  readonly ctor: MemberText;
  readonly methods: readonly MethodText[];
}

/** `export class Name extends Base { constructor…; methods… }` as a source file's statement. */
export function classStatement(c: ClassText): WriterFunction {
  return (writer) => {
    startStatement(writer, c.docs);
    writer.write(`export class ${c.name} `);
    writer.hangingIndent(() => writer.write(`extends ${c.extends} `));
    writer.inlineBlock(() => {
      writer.closeComment();
      writeDocs(writer, c.ctor.docs);
      writer.write('constructor');
      writeParameters(writer, c.ctor.parameters);
      writer.space().inlineBlock(() => writeStatement(writer, c.ctor.statement));
      for (const method of c.methods) {
        writer.blankLine();
        writeMethod(writer, method);
      }
    });
  };
}

/** `export function name(…): type { statement }` as a source file's statement. */
export function functionStatement(f: Omit<MethodText, 'isAsync'>): WriterFunction {
  return (writer) => {
    startStatement(writer, f.docs);
    writer.write(`export function ${f.name}`);
    writeParameters(writer, f.parameters);
    if (!isBlank(f.returnType)) writer.hangingIndent(() => writer.write(`: ${f.returnType}`));
    writer.space().inlineBlock(() => writeStatement(writer, f.statement));
  };
}

function writeMethod(writer: CodeBlockWriter, method: MethodText): void {
  writer.closeComment();
  writeDocs(writer, method.docs);
  if (method.isAsync) writer.write('async ');
  writer.write(method.name);
  writeParameters(writer, method.parameters);
  if (!isBlank(method.returnType)) writer.hangingIndent(() => writer.write(`: ${method.returnType}`));
  writer.spaceIfLastNot().inlineBlock(() => writeStatement(writer, method.statement));
}

function writeParameters(writer: CodeBlockWriter, parameters: readonly ParameterText[]): void {
  writer.write('(');
  if (parameters.length > 0) {
    writer.hangingIndent(() => {
      parameters.forEach((p, i) => {
        if (i > 0) writer.write(', ');
        writer.closeComment();
        writer.write(p.name);
        if (p.hasQuestionToken === true) writer.write('?');
        if (!isBlank(p.type)) writer.hangingIndent(() => writer.write(`: ${p.type}`));
        if (p.initializer !== undefined && !isBlank(p.initializer)) {
          const initializer = p.initializer;
          writer.hangingIndent(() => writer.spaceIfLastNot().write(`= ${initializer}`));
        }
      });
    });
  }
  writer.write(')');
}

/** The structure printer leaves out a type or initializer that is only blanks. */
function isBlank(text: string): boolean {
  return text.trim() === '';
}

function writeStatement(writer: CodeBlockWriter, statement: string | WriterFunction): void {
  if (typeof statement === 'string') writer.write(statement);
  else statement(writer);
}
