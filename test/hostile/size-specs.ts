/**
 * The hostile size inputs of case 5 (test/hostile/size.test.ts), shared with the benchmark
 * (bench/sections/hostile-inputs.ts): each writes one spec file and names the one-line
 * refusal it must get.
 */
import { open, writeFile } from 'node:fs/promises';

/** Billion laughs: ten aliases of the level below, nine levels deep (10^9 strings expanded). */
export function aliasBomb(): string {
  const lines = ['openapi: 3.0.3', 'info: { title: t, version: "1" }', 'paths: {}', 'x-bomb:', '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const [previous, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
    lines.push(`  ${name}: &${name} [${Array(10).fill(`*${previous}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** The same with merge keys: each map merges the previous one ten times over. */
export function mergeBomb(): string {
  const lines = ['openapi: 3.0.3', 'info: { title: t, version: "1" }', 'paths: {}', 'x-bomb:', '  a: &a { k: v }'];
  for (let i = 1; i < 10; i++) {
    const [previous, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
    lines.push(`  ${name}: &${name} [${Array(10).fill(`{ <<: *${previous} }`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

const HEAD_JSON = '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"x-deep":';

/** 100 MB of a valid YAML document: one key and a long comment. */
export async function writeBigFile(path: string): Promise<void> {
  const file = await open(path, 'w');
  await file.write('openapi: 3.0.3\n');
  const chunk = Buffer.alloc(1 << 20, '# padding padding padding padding padding padding padding\n');
  for (let i = 0; i < 100; i++) await file.write(chunk);
  await file.close();
}

async function writeText(path: string, text: string): Promise<void> {
  await writeFile(path, text);
}

const tooDeep = /nesting is deeper than (200 levels|the parser can follow) \(.*--max-depth.*\)$/;
const tooManyAliases = /too many YAML alias expansions \(limit 1000; raise it with --max-aliases\)$/;

/** Name, writer of the spec file, and the refusal the CLI must print for it. */
export const HOSTILE_SIZES: [string, (path: string) => Promise<void>, RegExp][] = [
  ['a YAML alias bomb', (path) => writeText(path, aliasBomb()), tooManyAliases],
  ['a YAML merge-key bomb', (path) => writeText(path, mergeBomb()), tooManyAliases],
  ['JSON arrays 10,000 deep', (path) => writeText(path, `${HEAD_JSON}${'['.repeat(10_000)}${']'.repeat(10_000)}}`), /nesting is deeper than 200 levels \(raise it with --max-depth\)$/],
  ['JSON objects 10,000 deep', (path) => writeText(path, `${HEAD_JSON}${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`), /nesting is deeper than 200 levels \(raise it with --max-depth\)$/],
  ['YAML flow sequences 10,000 deep', (path) => writeText(path, `openapi: 3.0.3\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`), tooDeep],
  ['YAML flow maps 10,000 deep', (path) => writeText(path, `openapi: 3.0.3\nx: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`), tooDeep],
  ['YAML block sequences 10,000 deep', (path) => writeText(path, `openapi: 3.0.3\nx:\n${'- '.repeat(10_000)}x\n`), tooDeep],
  ['a 100 MB file', writeBigFile, /file is larger than the limit of 33554432 bytes \(104857\d{3} bytes; raise it with --max-bytes\)$/],
];
