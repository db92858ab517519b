import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadApi, SpecError, type SpecWarning } from '../../src/load/index.js';
import { splitPath } from '../../src/load/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'sdkgen-paths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A spec with one GET per path, each with the path parameters its template names. */
function specWith(...paths: string[]): string {
  const items = Object.fromEntries(
    paths.map((path) => {
      const parameters = [...path.matchAll(/\{([^{}]*)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
      return [path, { get: { parameters, responses: { 204: { description: 'ok' } } } }];
    }),
  );
  const file = join(dir, `spec-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: items }));
  return file;
}

async function warningsOf(file: string): Promise<SpecWarning[]> {
  const warnings: SpecWarning[] = [];
  await loadApi(file, { onWarning: (w) => warnings.push(w) });
  return warnings;
}

describe('a path with "#" or "?" loads, with a warning saying what clients send', () => {
  test('"#": the part before it', async () => {
    const file = specWith('/tags/{arn}#tagKeys', '/tags/{arn}#tagValues');
    const api = await loadApi(file);
    // Docs print the path as the spec writes it; each operation keeps its own name.
    expect(api.operations.map((op) => [op.path, op.id])).toEqual([
      ['/tags/{arn}#tagKeys', 'tagsArntagKeysGet'],
      ['/tags/{arn}#tagValues', 'tagsArntagValuesGet'],
    ]);
    expect((await warningsOf(file)).map((w) => [w.pointer, `${w.problem}; ${w.assumed}`])).toEqual([
      ['/paths/~1tags~1{arn}#tagKeys', 'the path holds a "#", which starts a fragment; clients send the part before it, "/tags/{arn}"; docs print the path as written'],
      ['/paths/~1tags~1{arn}#tagValues', 'the path holds a "#", which starts a fragment; clients send the part before it, "/tags/{arn}"; docs print the path as written'],
    ]);
  });

  test('"?": a fixed query sent as written', async () => {
    const warnings = await warningsOf(specWith('/search?type=dog&x=1'));
    expect(warnings.map((w) => [w.pointer, w.kind, `${w.problem}; ${w.assumed}`])).toEqual([
      ['/paths/~1search?type=dog&x=1', 'path-query', 'the path holds a "?", which starts the query; clients send "type=dog&x=1" as written, then the declared query parameters'],
    ]);
  });

  test('a "#" or "?" inside a template expression is a parameter name, not a warning', async () => {
    expect(await warningsOf(specWith('/a/{x#y}/b', '/a/{id?}'))).toEqual([]);
  });

  test('--strict refuses it, as sdkgen did before', async () => {
    const error: unknown = await loadApi(specWith('/a#b'), { strict: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).format()).toMatch(/#\/paths\/~1a#b: the path holds a "#", which starts a fragment \(refused under --strict; without it, clients send the part before it, "\/a"; docs print the path as written\)$/);
  });

  test('what comes before a "#" or "?" is still judged: "/../" there is refused', async () => {
    const error: unknown = await loadApi(specWith('/v1/../admin?x=1')).catch((e: unknown) => e);
    expect((error as SpecError).message).toBe('path cannot be sent as written: URL parsers remove the ".." segment');
  });
});

describe('splitPath', () => {
  test.each([
    ['/a', { sent: '/a' }],
    ['/a#b', { sent: '/a', fragment: 'b' }],
    ['/a?x=1', { sent: '/a', query: 'x=1' }],
    ['/a?x=1#f?g', { sent: '/a', query: 'x=1', fragment: 'f?g' }],
    ['/a#f?g', { sent: '/a', fragment: 'f?g' }],
    ['/a/{x#y}?q', { sent: '/a/{x#y}', query: 'q' }],
  ])('%j', (path, parts) => {
    expect(JSON.parse(JSON.stringify(splitPath(path)))).toEqual(parts);
  });
});
