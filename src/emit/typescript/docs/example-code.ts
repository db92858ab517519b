/**
 * The code of the docs' examples, written with ts-morph's CodeBlockWriter like the package's
 * code: import the client, configure it, make one call, print what it returns. Spec text reaches
 * the code only as data written by expression.ts (string literals, property keys), and the
 * package name only through stringLiteral; names are identifiers from the plan.
 */
import { CodeBlockWriter } from '../ts-morph.js';
import { literalKey, stringLiteral } from '../escape.js';
import { writeValue, type Value } from '../expression.js';

export interface ExampleCall {
  readonly packageName: string;
  readonly className: string;
  readonly methodName: string;
  /** Configuration options: base path and placeholder credentials. */
  readonly configuration: Readonly<Record<string, Value>>;
  /** The request object, or undefined when the method takes none. */
  readonly request: Readonly<Record<string, Value>> | undefined;
  /** False for methods resolving to void: there is nothing to print. */
  readonly returnsValue: boolean;
  /** True for event streams: the example iterates over the events instead of printing the stream. */
  readonly iterates?: boolean | undefined;
  /** Wraps the call in try/catch showing ApiError's fields (the README's first example). */
  readonly handleErrors?: boolean | undefined;
}

/** The example as TypeScript source, ending in a newline. */
export function exampleCode(call: ExampleCall): string {
  const writer = new CodeBlockWriter({ indentNumberOfSpaces: 2, useSingleQuote: true, newLine: '\n' });
  const imports = [...(call.handleErrors === true ? ['ApiError'] : []), 'Configuration', call.className].sort();
  writer.writeLine(`import { ${imports.join(', ')} } from ${stringLiteral(call.packageName)};`).blankLine();
  construct(writer, call);
  writer.blankLine();
  if (call.handleErrors === true) guarded(writer, call);
  else callAndPrint(writer, call);
  return `${writer.toString().trimEnd()}\n`;
}

/** `new Class(new Configuration({ ... }))`, one option a line so the credentials stand out. */
function construct(writer: CodeBlockWriter, call: ExampleCall): void {
  writer.write(`const api = new ${call.className}(new Configuration({`).newLine();
  writer.indent(() => {
    for (const [key, value] of Object.entries(call.configuration)) {
      writer.write(`${literalKey(key)}: `);
      writeValue(writer, value);
      writer.write(',').newLine();
    }
  });
  writer.write('}));');
}

function callAndPrint(writer: CodeBlockWriter, call: ExampleCall): void {
  if (call.iterates === true) {
    writer.write(`for await (const event of await api.${call.methodName}(`);
    if (call.request !== undefined) writeValue(writer, call.request);
    writer.write(')) ').inlineBlock(() => writer.write('console.log(event.event, event.data);'));
    return;
  }
  if (call.returnsValue) writer.write('const result = ');
  writer.write(`await api.${call.methodName}(`);
  if (call.request !== undefined) writeValue(writer, call.request);
  writer.write(');');
  if (call.returnsValue) writer.newLine().write('console.log(result);');
}

function guarded(writer: CodeBlockWriter, call: ExampleCall): void {
  writer.write('try ').inlineBlock(() => callAndPrint(writer, call));
  writer.write(' catch (error) ').inlineBlock(() => {
    writer.write('if (error instanceof ApiError) ').inlineBlock(() => writer.write('console.error(error.status, error.body);'));
    writer.write(' else ').inlineBlock(() => writer.write('throw error;'));
  });
}
