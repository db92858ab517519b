/**
 * An exported interface written through ts-morph's CodeBlockWriter with the calls its structure
 * printer makes for an InterfaceDeclarationStructure, for the parts models and request objects
 * use. The structure printer opens a new CodeBlockWriter for every property's type; GitHub's
 * spec has some 20,000 properties. test/emit/typescript/interface-writer.test.ts holds the two
 * printers to the same text.
 */
import type { WriterFunction } from 'ts-morph';
import { startStatement, writeDocs } from './docs.js';

export interface PropertyText {
  readonly name: string;
  readonly type: string;
  readonly hasQuestionToken: boolean;
  readonly isReadonly?: boolean;
  readonly docs: readonly string[];
}

export interface InterfaceText {
  readonly name: string;
  readonly docs: readonly string[];
  /** `[key: string]: type` signatures, printed before the properties. */
  readonly indexTypes?: readonly string[];
  readonly properties: readonly PropertyText[];
}

/** `export interface Name { … }` as a source file's statement. */
export function interfaceStatement(i: InterfaceText): WriterFunction {
  return (writer) => {
    startStatement(writer, i.docs);
    writer.write(`export interface ${i.name}`);
    writer.space();
    writer.inlineBlock(() => {
      const indexTypes = i.indexTypes ?? [];
      indexTypes.forEach((type, n) => {
        if (n > 0) writer.newLine();
        writer.closeComment();
        writer.write('[key: string]');
        if (type.trim() !== '') writer.hangingIndent(() => writer.write(`: ${type}`));
        writer.write(';');
      });
      if (i.properties.length > 0 && !writer.isAtStartOfFirstLineOfBlock()) writer.newLine();
      i.properties.forEach((p, n) => {
        if (n > 0) writer.newLine();
        writer.closeComment();
        writeDocs(writer, p.docs);
        if (p.isReadonly === true) writer.write('readonly ');
        writer.write(p.name);
        if (p.hasQuestionToken) writer.write('?');
        if (p.type.trim() !== '') writer.hangingIndent(() => writer.write(`: ${p.type}`));
        writer.write(';');
      });
    });
  };
}
