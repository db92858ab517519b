import { specKeys } from './key-order.js';
import { pointer, resolvePointer } from './pointer.js';
import { isNode, str } from './schema.js';
import { deriveOperationId, givenOperationId } from './operation-id.js';
import type { HttpMethod, Operation, Parameter, SecurityRequirement, Tag, WrittenParameter, WrittenParameters } from './types.js';
import { writtenNull, type NullProseSeen } from './written-null.js';

/** Pieces both dialects share: walking paths, tags and security requirements. */

export const METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export interface RawOperation {
  readonly path: string;
  readonly method: HttpMethod;
  readonly pathItem: Record<string, unknown>;
  readonly node: Record<string, unknown>;
  readonly pointer: string;
}

/** Operations in document order: paths as written, methods in a fixed order within each path. */
export function rawOperations(doc: Record<string, unknown>, resolve: (ref: string) => unknown): RawOperation[] {
  const paths = isNode(doc.paths) ? doc.paths : {};
  const found: RawOperation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    if (path.startsWith('x-')) continue;
    const item = deref(rawItem, resolve);
    for (const method of METHODS) {
      const node = item[method];
      if (isNode(node)) found.push({ path, method, pathItem: item, node, pointer: pointer('paths', path, method) });
    }
  }
  return found;
}

/** Where each reference's chain of aliases ends, per resolver: so a long chain is walked once. */
const chainEnds = new WeakMap<(ref: string) => unknown, Map<string, unknown>>();

/**
 * Follows a `$ref` object to what it names, through any number of aliases (the loader proved
 * every reference resolves and refused loops of aliases; a loop stops the walk all the same).
 */
export function deref(value: unknown, resolve: (ref: string) => unknown): Record<string, unknown> {
  let ends = chainEnds.get(resolve);
  if (ends === undefined) chainEnds.set(resolve, (ends = new Map()));
  const passed = new Set<string>();
  let current = value;
  while (isNode(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (ends.has(ref)) {
      current = ends.get(ref);
      break;
    }
    if (passed.has(ref)) break;
    passed.add(ref);
    current = resolve(ref);
  }
  for (const ref of passed) ends.set(ref, current);
  return isNode(current) ? current : {};
}

export function tagsOf(doc: Record<string, unknown>): Tag[] {
  const tags = Array.isArray(doc.tags) ? doc.tags : [];
  return tags.filter(isNode).flatMap((t) => (typeof t.name === 'string' ? [{ name: t.name, description: str(t.description) }] : []));
}

export function operationTags(node: Record<string, unknown>): string[] {
  return Array.isArray(node.tags) ? node.tags.filter((t): t is string => typeof t === 'string') : [];
}

/** An operation's own `security` wins over the global one, even when it is empty (`[]`: none). */
export function securityOf(node: Record<string, unknown>, doc: Record<string, unknown>): SecurityRequirement[] {
  const raw = Array.isArray(node.security) ? node.security : Array.isArray(doc.security) ? doc.security : [];
  return raw.filter(isNode).map((requirement) => ({
    schemes: Object.entries(requirement).map(([name, scopes]) => ({
      name,
      scopes: Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : [],
    })),
  }));
}

/** Media types in order of first appearance. */
export function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

export function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

/** The internal-reference resolver over one bundled document. */
export function resolverFor(doc: Record<string, unknown>): (ref: string) => unknown {
  return (ref) => resolvePointer(doc, ref.replace(/^#/, ''));
}

/** What an operation is regardless of dialect: its names, place, prose and security. */
export function operationBasics(raw: RawOperation, doc: Record<string, unknown>, seen: NullProseSeen) {
  const { node } = raw;
  const nulls = writtenNull(node, ['summary', 'description'], seen);
  return {
    operationId: givenOperationId(node.operationId),
    id: givenOperationId(node.operationId) ?? deriveOperationId(raw.path, raw.method),
    method: raw.method,
    path: raw.path,
    tags: operationTags(node),
    ...(Array.isArray(node.tags) && node.tags.length === 0 ? { tagsWrittenEmpty: true as const } : {}),
    summary: str(node.summary),
    description: str(node.description),
    ...(nulls ? { writtenNull: nulls } : {}),
    deprecated: node.deprecated === true,
    security: securityOf(node, doc),
    pointer: raw.pointer,
    sunset: sunsetOf(node['x-sunset']),
  } satisfies Partial<Operation>;
}

/** `x-sunset` as written; YAML may have read an unquoted date as a string or a number-like. */
function sunsetOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  return value instanceof Date ? value.toISOString().slice(0, 10) : undefined;
}

/** Path-item parameters first, each replaced by an operation parameter of the same name and place. */
export function mergedParameters(raw: RawOperation, resolve: (ref: string) => unknown): Record<string, unknown>[] {
  return mergedParameterEntries(raw, resolve).map((entry) => entry.node);
}

/** One parameter as written: its node (`$ref` followed), where it was declared, the `$ref` it was written as. */
export interface ParameterEntry {
  readonly node: Record<string, unknown>;
  readonly pointer: string;
  readonly ref?: string;
}

/** The path item's parameters and the operation's own, each list as written (`$ref`s followed, nameless ones left out). */
export function writtenParameterEntries(raw: RawOperation, resolve: (ref: string) => unknown): { pathItem: ParameterEntry[]; own: ParameterEntry[] } {
  const written = (p: unknown) => (isNode(p) && typeof p.$ref === 'string' ? { ref: p.$ref } : {});
  const list = (value: unknown, at: string): ParameterEntry[] =>
    Array.isArray(value)
      ? value.map((p, i) => ({ node: deref(p, resolve), pointer: `${at}/parameters/${i}`, ...written(p) })).filter((p) => typeof p.node.name === 'string')
      : [];
  const itemAt = raw.pointer.slice(0, raw.pointer.lastIndexOf('/'));
  return { pathItem: list(raw.pathItem.parameters, itemAt), own: list(raw.node.parameters, raw.pointer) };
}

/**
 * Operation.writtenParameters: the path item's and the operation's parameters of the places
 * `placed` admits, each built by `build`, only when one written as a `$ref` shares its name with
 * another of them; undefined otherwise (most operations).
 */
export function writtenParameterLists(
  raw: RawOperation,
  resolve: (ref: string) => unknown,
  placed: (p: ParameterEntry) => boolean,
  build: (p: ParameterEntry) => Parameter,
): WrittenParameters | undefined {
  const { pathItem, own } = writtenParameterEntries(raw, resolve);
  const all = [...pathItem, ...own].filter(placed);
  const named = (name: unknown) => all.filter((p) => p.node.name === name).length;
  if (!all.some((p) => p.ref !== undefined && named(p.node.name) > 1)) return undefined;
  const written = (list: ParameterEntry[]): WrittenParameter[] => list.filter(placed).map((p) => ({ parameter: build(p), referenced: p.ref !== undefined }));
  return { pathItem: written(pathItem), own: written(own) };
}

/** mergedParameters with the JSON pointer each parameter was declared at, and the `$ref` it was written as. */
export function mergedParameterEntries(raw: RawOperation, resolve: (ref: string) => unknown): ParameterEntry[] {
  const { pathItem, own } = writtenParameterEntries(raw, resolve);
  const key = (p: ParameterEntry) => `${String(p.node.in)}:${String(p.node.name)}`;
  const ownKeys = new Set(own.map(key));
  return [...pathItem.filter((p) => !ownKeys.has(key(p))), ...own];
}

/** Response entries in spec order (as the loader recorded it, model/key-order.ts), extensions left out. */
export function responseEntries(node: Record<string, unknown>): [string, unknown][] {
  const responses = isNode(node.responses) ? node.responses : {};
  return specKeys(responses)
    .filter((status) => !status.startsWith('x-'))
    .map((status) => [status, responses[status]]);
}
