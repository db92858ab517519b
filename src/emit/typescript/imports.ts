/**
 * Named imports handed to ts-morph's import printer as one writer function, so it prints the
 * list in one write: given as specifier structures, it opened a new CodeBlockWriter for each name
 * and made four or five writer calls around it (about a fifth of all the writer calls of a
 * 100-operation client, at a point of the run where that code still runs cold). The text is the
 * one the printer makes of `[{ name }, { name, isTypeOnly: true }, …]`: `{ A, type B }`.
 */
import type { WriterFunction } from 'ts-morph';

export interface ImportedName {
  readonly name: string;
  readonly isTypeOnly?: boolean;
}

export function namedImports(names: readonly (string | ImportedName)[]): WriterFunction {
  const list = names.map((n) => (typeof n === 'string' ? n : n.isTypeOnly === true ? `type ${n.name}` : n.name)).join(', ');
  return (writer) => {
    writer.write(list);
  };
}
