import { closeSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Document, Pair } from 'yaml';
import { SpecError } from './errors.js';
import { keepKeyOrder } from '../model/key-order.js';
import { scanJsonKeys, type WrittenOrder } from './json-keys.js';
import type { ReadLimits } from './limits.js';
import { NotRegularFile, openRegularFile } from './regular-file.js';

/**
 * Reads one spec file (YAML or JSON; JSON is read by the same YAML 1.2 parser so duplicate keys
 * are refused in both) within the limits. Returns plain data: objects, arrays and scalars.
 */
export function readSpecFile(path: string, displayName: string, limits: ReadLimits): unknown {
  return readSpec(path, displayName, limits).document;
}

/**
 * What another thread needs to rebuild the very document read here, without reading the file
 * again (it may have changed since) or being sent the parsed data (copying it costs more than
 * parsing): the JSON text's bytes, and the written order of the responses JSON.parse loses.
 */
export interface SpecSource {
  readonly bytes: Uint8Array;
  readonly reordered: readonly WrittenOrder[];
}

/** A spec as read: its data, and for a JSON spec its source (undefined for YAML). */
export interface ReadSpec {
  readonly document: unknown;
  readonly source: SpecSource | undefined;
}

/** readSpecFile, with the source. */
export function readSpec(path: string, displayName: string, limits: ReadLimits): ReadSpec {
  return parseSpec(readBytes(path, displayName, limits), displayName, limits);
}

/** The document a SpecSource was read from, equal to the one readSpec returned with it. */
export function documentFromSource(source: SpecSource): unknown {
  const data = JSON.parse(utf8.decode(source.bytes)) as unknown;
  keepResponseOrder(data, source.reordered);
  return data;
}

/**
 * Reads at most maxBytes + 1 bytes, so a huge file is refused without being loaded; only a
 * regular file is ever opened, so a pipe, socket or device cannot block or flood the read.
 */
function readBytes(path: string, file: string, limits: ReadLimits): Buffer {
  let fd: number;
  let size: number;
  try {
    ({ fd, size } = openRegularFile(path));
  } catch (error) {
    if (error instanceof NotRegularFile) throw new SpecError(file, '', error.message);
    throw new SpecError(file, '', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    if (size > limits.maxBytes) throw tooLarge(file, size, limits);
    const buffer = Buffer.alloc(Math.min(size, limits.maxBytes) + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) {
      n = readSync(fd, buffer, length, buffer.length - length, null);
    }
    if (length > limits.maxBytes) throw tooLarge(file, length, limits);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(file: string, size: number, limits: ReadLimits): SpecError {
  return new SpecError(file, '', `file is larger than the limit of ${limits.maxBytes} bytes (${size} bytes; raise it with --max-bytes)`);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes and parses; every failure becomes a SpecError a user can act on. */
export function parseSpecText(bytes: Buffer, file: string, limits: ReadLimits): unknown {
  return parseSpec(bytes, file, limits).document;
}

function parseSpec(bytes: Buffer, file: string, limits: ReadLimits): ReadSpec {
  if (bytes.length > limits.maxBytes) throw tooLarge(file, bytes.length, limits);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new SpecError(file, '', 'file is UTF-16; sdkgen reads UTF-8 YAML or JSON');
  }
  if (bytes.includes(0)) throw new SpecError(file, '', 'file is binary (it holds a NUL byte), not YAML or JSON');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new SpecError(file, '', 'file is not valid UTF-8 text');
  }
  if (text.trim() === '') throw new SpecError(file, '', 'file is empty');
  // JSON is a subset of YAML 1.2, but JSON.parse reads a 2 MB spec ~150× faster than a YAML parser.
  const json = /^\s*[{[]/.test(text) ? parseJson(text, file, limits) : undefined;
  const document = json === undefined ? parseYaml(text, file, limits) : json.data;
  checkDepth(document, file, limits);
  return { document, source: json && { bytes, reordered: json.reordered } };
}

/** The yaml package, loaded for YAML specs only: a JSON spec (most large ones) never needs it. */
function yaml(): typeof import('yaml') {
  return createRequire(import.meta.url)('yaml') as typeof import('yaml');
}

function parseYaml(text: string, file: string, limits: ReadLimits): unknown {
  const { parseDocument } = yaml();
  try {
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, strict: true, stringKeys: true });
    const problem = doc.errors[0];
    // yaml reports a stack overflow while composing deep nesting as this code.
    if (problem?.code === 'RESOURCE_EXHAUSTION') throw tooDeepToParse(file, limits);
    if (problem) {
      const at = problem.linePos?.[0];
      const where = at ? ` at line ${at.line}, column ${at.col}` : '';
      const what = firstLine(problem.message).replace(/ at line \d+, column \d+:?$/, '');
      throw new SpecError(file, '', `not valid YAML or JSON${where}: ${what}`);
    }
    const data: unknown = doc.toJS({ maxAliasCount: limits.maxAliases });
    keepYamlResponseOrder(doc, data);
    return data;
  } catch (error) {
    if (error instanceof SpecError) throw error;
    if (error instanceof RangeError) throw tooDeepToParse(file, limits);
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      throw new SpecError(file, '', `too many YAML alias expansions (limit ${limits.maxAliases}; raise it with --max-aliases)`);
    }
    throw new SpecError(file, '', `not valid YAML or JSON: ${firstLine(message)}`);
  }
}

/** The data, and the responses written in another order than it lists them; undefined if not JSON. */
function parseJson(text: string, file: string, limits: ReadLimits): { data: unknown; reordered: WrittenOrder[] } | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch (error) {
    if (error instanceof RangeError) throw tooDeepToParse(file, limits);
    // Flow-style YAML also starts with `{` or `[`: let the YAML parser have the final word.
    return undefined;
  }
  const { duplicate, reordered } = scanJsonKeys(text);
  if (duplicate !== undefined) throw new SpecError(file, duplicate, 'duplicate key: map keys must be unique');
  keepResponseOrder(data, reordered);
  return { data, reordered };
}

function keepResponseOrder(data: unknown, reordered: readonly WrittenOrder[]): void {
  for (const { path, method, keys } of reordered) keepKeyOrder(responsesAt(data, path, method), keys);
}

/** A plain object, or undefined. */
function record(node: unknown): Record<string, unknown> | undefined {
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
}

/** The object's own member `key` when it is a plain object (never one inherited, such as `__proto__`). */
function member(node: Record<string, unknown> | undefined, key: string): Record<string, unknown> | undefined {
  return node && Object.hasOwn(node, key) ? record(node[key]) : undefined;
}

/** `/paths/<path>/<method>/responses` of parsed data, if it is there. */
function responsesAt(data: unknown, path: string, method: string): unknown {
  return member(member(member(record(data), 'paths'), path), method)?.responses;
}

/**
 * The written order of each operation's responses that JavaScript lists otherwise
 * (model/key-order.ts), read from the YAML document's map nodes beside the data made of them
 * (one walk over the paths' nodes, no lookup by key).
 */
function keepYamlResponseOrder(doc: Document, data: unknown): void {
  const { isMap, isScalar } = yaml();
  const key = (pair: Pair): string => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
  const pairs = (node: unknown): Pair[] => (isMap(node) ? node.items : []);
  const paths = member(record(data), 'paths');
  const pathsNode = pairs(doc.contents).find((p) => key(p) === 'paths')?.value;
  for (const itemPair of pairs(pathsNode)) {
    const item = member(paths, key(itemPair));
    for (const opPair of pairs(itemPair.value)) {
      const responses = member(member(item, key(opPair)), 'responses');
      const node = pairs(opPair.value).find((p) => key(p) === 'responses')?.value;
      if (responses && isMap(node)) keepKeyOrder(responses, node.items.map(key));
    }
  }
}

/**
 * Iterative, so a 10,000-level document cannot overflow the stack while being measured. Only
 * objects and arrays are stacked (the depth counts them alone): most values of a spec are scalars.
 */
function checkDepth(data: unknown, file: string, limits: ReadLimits): void {
  const stack: { value: object; depth: number }[] = data !== null && typeof data === 'object' ? [{ value: data, depth: 0 }] : [];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (depth >= limits.maxDepth) {
      throw new SpecError(file, '', `nesting is deeper than ${limits.maxDepth} levels (raise it with --max-depth)`);
    }
    for (const child of Object.values(value)) {
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1 });
    }
  }
}

/** The parser's stack ran out: deeper than any --max-depth it could honour. */
function tooDeepToParse(file: string, limits: ReadLimits): SpecError {
  return new SpecError(file, '', `nesting is deeper than the parser can follow (limit --max-depth ${limits.maxDepth})`);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
