import { pointer } from '../model/pointer.js';
import { SpecError } from './errors.js';

/**
 * Longest schema or tag name accepted, in UTF-8 bytes. Every target turns these names into file
 * names (`docs/<Model>.md`, `src/apis/<Tag>Api.ts`) and most file systems cap a name at 255 bytes;
 * this leaves room for the prefixes, suffixes and extensions the targets add. Real names are far
 * shorter, so a longer one is refused here, naming its place, rather than as an unwritable path.
 */
export const MAX_NAME_BYTES = 200;

/** Refuses the first schema or tag name that is too long to become a file name. */
export function checkNameLengths(document: Record<string, unknown>, file: string): void {
  for (const { at, name, what } of fileNames(document)) {
    const bytes = Buffer.byteLength(name, 'utf8');
    if (bytes > MAX_NAME_BYTES) {
      throw new SpecError(file, at, `${what} is ${bytes} bytes long; names that become file names may be at most ${MAX_NAME_BYTES}`);
    }
  }
}

function* fileNames(document: Record<string, unknown>): Generator<{ at: string; name: string; what: string }> {
  const components = asObject(document.components);
  for (const [container, schemas] of [[['definitions'], document.definitions], [['components', 'schemas'], components?.schemas]] as const) {
    for (const name of Object.keys(asObject(schemas) ?? {})) yield { at: pointer(...container, name), name, what: 'schema name' };
  }
  const tags = Array.isArray(document.tags) ? (document.tags as unknown[]) : [];
  for (const [index, tag] of tags.entries()) {
    const name = asObject(tag)?.name;
    if (typeof name === 'string') yield { at: pointer('tags', index, 'name'), name, what: 'tag name' };
  }
  for (const [path, item] of Object.entries(asObject(document.paths) ?? {})) {
    for (const [method, operation] of Object.entries(asObject(item) ?? {})) {
      const names = asObject(operation)?.tags;
      if (!Array.isArray(names)) continue;
      for (const [index, name] of (names as unknown[]).entries()) {
        if (typeof name === 'string') yield { at: pointer('paths', path, method, 'tags', index), name, what: 'tag name' };
      }
    }
  }
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
