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
  if (value instanceof Expression) return value.code;
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (isArray(value)) return `[${value.map(inlineText).join(', ')}]`;
  const entries = definedEntries(value);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${literalKey(k)}: ${inlineText(v)}`).join(', ')} }`;
}

/** Writes the value, breaking objects and arrays over lines when they are wider than INLINE_WIDTH. */
export function writeValue(writer: CodeBlockWriter, value: Value): void {
  const inline = inlineText(value);
  if (inline.length <= INLINE_WIDTH || value instanceof Expression || typeof value !== 'object' || value === null) {
    writer.write(inline);
    return;
  }
  if (isArray(value)) {
    writer.write('[').newLine();
    writer.indent(() => {
      for (const item of value) {
        writeValue(writer, item);
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
      writeValue(writer, item);
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
