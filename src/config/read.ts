import { readFile, stat } from 'node:fs/promises';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import { pointer } from '../load/errors.js';
import { notRegular } from '../load/regular-file.js';
import { ConfigError } from './errors.js';

/** A config is a few lines; anything near this is a mistake (or an attack), not a config. */
const MAX_BYTES = 1024 * 1024;

/**
 * Reads a YAML config into plain data. Strict on purpose: duplicate keys, several documents,
 * unknown tags (`!foo`, YAML 1.1's `!!binary`) and anything the parser merely warns about are
 * errors, reported at the JSON pointer of the enclosing node.
 */
export async function readYamlConfig(file: string): Promise<unknown> {
  let text: string;
  try {
    // Reading a named pipe would wait for a writer forever: look before opening.
    const kind = notRegular(await stat(file));
    if (kind !== undefined) throw new ConfigError(file, '', `cannot read config: is ${kind}`);
    const bytes = await readFile(file);
    if (bytes.length > MAX_BYTES) throw new ConfigError(file, '', `larger than ${MAX_BYTES} bytes`);
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? "no such file; to start, run 'sdkgen init <spec>' to write one, or 'sdkgen generate <spec> --target <target> --out <folder>' for one spec"
        : code === 'EISDIR'
          ? 'is a folder'
          : (error as Error).message;
    throw new ConfigError(file, '', `cannot read config: ${reason}`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    schema: 'core',
    uniqueKeys: true,
    customTags: [],
    // Without this, !!binary, !!timestamp and friends resolve even under the core schema.
    resolveKnownTags: false,
    prettyErrors: false,
  });
  const problem: YAMLError | undefined = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const at = lines.linePos(problem.pos[0]);
    // The library's own hint (use parseAllDocuments) is advice for programmers, not users.
    const message = problem.code === 'MULTIPLE_DOCS' ? 'must hold a single YAML document' : firstLine(problem.message);
    throw new ConfigError(file, pointer(...pathAt(doc.contents, problem.pos[0], [])), `${message} (line ${at.line}, column ${at.col})`);
  }
  // `? [a]: 1` is legal YAML, but JS objects would stringify the key: refuse it instead.
  let badKey: number | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key)) {
        badKey = isNode(pair.key) && pair.key.range ? pair.key.range[0] : 0;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (badKey !== undefined) {
    // Reported at the mapping: a collection key has no pointer of its own.
    const at = pathAt(doc.contents, badKey, []).slice(0, -1);
    throw new ConfigError(file, pointer(...at), 'keys must be plain scalars, not collections');
  }
  try {
    // Anchors and aliases are legal YAML, but a config never needs many: cap the expansion.
    return doc.toJS({ maxAliasCount: 10 });
  } catch (error) {
    throw new ConfigError(file, '', firstLine((error as Error).message));
  }
}

/**
 * Keys from the root to the deepest node whose pair contains `offset`: a problem in a key, in a
 * tag before a value, or in the value itself is reported at that entry.
 */
function pathAt(node: unknown, offset: number, path: string[]): string[] {
  const start = (n: unknown): number | undefined => (isNode(n) && n.range ? n.range[0] : undefined);
  const end = (n: unknown): number | undefined => (isNode(n) && n.range ? n.range[2] : undefined);
  if (isMap(node)) {
    for (const pair of node.items) {
      const from = start(pair.key);
      const to = end(pair.value) ?? end(pair.key);
      if (from !== undefined && to !== undefined && offset >= from && offset < to) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        return pathAt(pair.value, offset, [...path, key]);
      }
    }
  } else if (isSeq(node)) {
    const index = node.items.findIndex((item) => offset >= (start(item) ?? Infinity) && offset < (end(item) ?? -Infinity));
    if (index >= 0) return pathAt(node.items[index], offset, [...path, String(index)]);
  }
  return path;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/:$/, '') ?? message;
}
