/**
 * Writes plain data as a TypeScript expression (object and array literals) through ts-morph's
 * CodeBlockWriter. Strings go through stringLiteral and keys through literalKey; the only code
 * that passes through unchanged is an Expression, which generators build from identifiers.
 */
import type { CodeBlockWriter } from 'ts-morph';
import { literalKey, stringLiteral } from './escape.js';

/** Code written as it is. Construct only from identifiers that naming.ts produced. */
export class Expression {
  constructor(readonly code: string) {}
}

export type Value =
  | string
  | number
  | boolean
  | null
  | Expression
  | readonly Value[]
  | { readonly [key: string]: Value | undefined };

/** Literals up to this width stay on one line. */
const INLINE_WIDTH = 100;

/** The value on one line. */
export function inlineText(value: Value): string {
  return inlineWith(value, undefined);
}

/**
 * inlineText, recording each object's and array's text in `known`: writeValue asks for the text
 * of every part it breaks over lines, which the whole value's text has already built.
 */
function inlineWith(value: Value, known: Map<object, string> | undefined): string {
  if (value instanceof Expression) return value.code;
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  const seen = known?.get(value);
  if (seen !== undefined) return seen;
  let text: string;
  if (isArray(value)) text = `[${value.map((item) => inlineWith(item, known)).join(', ')}]`;
  else {
    const entries = definedEntries(value);
    text = entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${literalKey(k)}: ${inlineWith(v, known)}`).join(', ')} }`;
  }
  known?.set(value, text);
  return text;
}

/** Writes the value, breaking objects and arrays over lines when they are wider than INLINE_WIDTH. */
export function writeValue(writer: CodeBlockWriter, value: Value): void {
  writeKnown(writer, value, new Map());
}

function writeKnown(writer: CodeBlockWriter, value: Value, known: Map<object, string>): void {
  const inline = inlineWith(value, known);
  if (inline.length <= INLINE_WIDTH || value instanceof Expression || typeof value !== 'object' || value === null) {
    writer.write(inline);
    return;
  }
  if (isArray(value)) {
    writer.write('[').newLine();
    writer.indent(() => {
      for (const item of value) {
        writeKnown(writer, item, known);
        writer.write(',').newLine();
      }
    });
    writer.write(']');
    return;
  }
  writer.write('{').newLine();
  writer.indent(() => {
    for (const [key, item] of definedEntries(value)) {
      writer.write(`${literalKey(key)}: `);
      writeKnown(writer, item, known);
      writer.write(',').newLine();
    }
  });
  writer.write('}');
}

function isArray(value: Value): value is readonly Value[] {
  return Array.isArray(value);
}

function definedEntries(value: { readonly [key: string]: Value | undefined }): [string, Value][] {
  return Object.entries(value).filter((entry): entry is [string, Value] => entry[1] !== undefined);
}
