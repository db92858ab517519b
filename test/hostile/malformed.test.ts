/**
 * Case 6, malformed input, through the CLI: every file that is not an OpenAPI document is
 * Rejected with exit 1 and one line a user understands, naming the file (and the place, where
 * there is one), with no stack trace, and the output folder untouched.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../cli/run.js';
import { cli, expectRejected, listing, removeRoots, tempRoot, TARGETS } from './support.js';

beforeAll(assertBuilt);
afterAll(removeRoots);

const utf16 = (text: string, bigEndian: boolean): Buffer => {
  const little = Buffer.from(`\ufeff${text}`, 'utf16le');
  return bigEndian ? little.swap16() : little;
};

const PATHS = 'info: { title: T, version: "1" }\npaths: {}\n';

const CASES: [string, string | Buffer, string][] = [
  ['an empty file', '', 'spec.yaml#: file is empty'],
  ['only blank lines', '\n  \n\t\n', 'spec.yaml#: file is empty'],
  ['null', 'null\n', 'spec.yaml#: the document is null, not an OpenAPI object'],
  ['a tilde (YAML null)', '~\n', 'spec.yaml#: the document is null, not an OpenAPI object'],
  ['a number', '42\n', 'spec.yaml#: the document is a number, not an OpenAPI object'],
  ['a string', '"openapi: 3.0.3"\n', 'spec.yaml#: the document is a string, not an OpenAPI object'],
  ['a boolean', 'true\n', 'spec.yaml#: the document is a boolean, not an OpenAPI object'],
  ['an array', '- openapi: 3.0.3\n', 'spec.yaml#: the document is an array, not an OpenAPI object'],
  ['a JSON array', '[{"openapi":"3.0.3"}]', 'spec.yaml#: the document is an array, not an OpenAPI object'],
  ['binary (a PNG header)', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'spec.yaml#: file is binary (it holds a NUL byte), not YAML or JSON'],
  ['UTF-16 little-endian', utf16(`openapi: 3.0.3\n${PATHS}`, false), 'spec.yaml#: file is UTF-16; sdkgen reads UTF-8 YAML or JSON'],
  ['UTF-16 big-endian', utf16(`openapi: 3.0.3\n${PATHS}`, true), 'spec.yaml#: file is UTF-16; sdkgen reads UTF-8 YAML or JSON'],
  ['UTF-16 without a byte-order mark', Buffer.from(`openapi: 3.0.3\n${PATHS}`, 'utf16le'), 'spec.yaml#: file is binary (it holds a NUL byte), not YAML or JSON'],
  ['invalid UTF-8', Buffer.concat([Buffer.from('openapi: 3.0.3\ninfo: { title: "'), Buffer.from([0xc3, 0x28]), Buffer.from('" }\n')]), 'spec.yaml#: file is not valid UTF-8 text'],
  ['no openapi or swagger field', PATHS, 'spec.yaml#: no "openapi" or "swagger" field: not an OpenAPI document'],
  ['an unknown OpenAPI version', `openapi: 4.0.0\n${PATHS}`, 'spec.yaml#/openapi: unsupported OpenAPI version "4.0.0" (sdkgen reads Swagger 2.0, OpenAPI 3.0 and 3.1)'],
  ['an OpenAPI version that is a number', `openapi: 3.0\n${PATHS}`, 'spec.yaml#/openapi: unsupported OpenAPI version "3" (sdkgen reads Swagger 2.0, OpenAPI 3.0 and 3.1)'],
  ['an unknown Swagger version', `swagger: "1.2"\n${PATHS}`, 'spec.yaml#/swagger: unsupported Swagger version "1.2" (sdkgen reads Swagger 2.0, OpenAPI 3.0 and 3.1)'],
  ['a null version', `openapi: null\n${PATHS}`, 'spec.yaml#/openapi: unsupported OpenAPI version "null" (sdkgen reads Swagger 2.0, OpenAPI 3.0 and 3.1)'],
  ['duplicate keys in YAML', `openapi: 3.0.3\n${PATHS}paths: {}\n`, 'spec.yaml#: not valid YAML or JSON at line 4, column 1: Map keys must be unique'],
  ['duplicate keys in JSON', '{"openapi":"3.0.3","info":{"title":"T","version":"1","title":"U"},"paths":{}}', 'spec.yaml#/info/title: duplicate key: map keys must be unique'],
  ['a key repeated with a terminal escape in it', '{"openapi":"3.0.3","info":{"\\u001b[31m":1,"\\u001b[31m":2}}', 'spec.yaml#/info/\\u001b[31m: duplicate key: map keys must be unique'],
  ['broken YAML', 'openapi: [3.0.3\n', 'spec.yaml#: not valid YAML or JSON at line 2, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  ['two YAML documents', `openapi: 3.0.3\n${PATHS}---\nopenapi: 3.0.3\n`, 'spec.yaml#: not valid YAML or JSON at line 4, column 1: Source contains multiple documents; please use YAML.parseAllDocuments()'],
  ['truncated JSON', '{"openapi":"3.0.3","info":{"title":"T"', 'spec.yaml#: not valid YAML or JSON at line 1, column 39: Flow map in block collection must be sufficiently indented and end with a }'],
  ['no paths', 'openapi: 3.0.3\ninfo: { title: T, version: "1" }\n', 'spec.yaml#: not an OpenAPI document: it has no "paths"'],
  ['OpenAPI 3.1 with neither paths nor webhooks', 'openapi: 3.1.0\ninfo: { title: T, version: "1" }\n', 'spec.yaml#: not an OpenAPI document: it has no "paths" or "webhooks"'],
  ['an API version that is a number', 'openapi: 3.0.3\ninfo: { title: T, version: 1 }\npaths: {}\n', 'spec.yaml#/info/version: does not match the OpenAPI schema: must be string'],
  ['a schema violation', `openapi: 3.0.3\ninfo: { title: T }\npaths: {}\n`, "spec.yaml#/info: does not match the OpenAPI schema: must have required property 'version'"],
];

describe.concurrent('malformed specs are Rejected with one line a user understands', () => {
  it.each(CASES)('%s', async (_name, contents, line) => {
    const root = await tempRoot({ 'spec.yaml': contents, 'out/README.md': 'old\n' });
    const before = await listing(root);
    const run = await cli(['generate', 'spec.yaml', '--target', TARGETS[0]!, '--out', 'out'], root);
    expect(expectRejected(run, before, await listing(root), 'spec.yaml')).toBe(line);
  });

  it.each([
    ['a folder', async (root: string) => mkdir(join(root, 'spec.yaml')), 'spec.yaml#: not a regular file: it is a folder'],
    ['a missing file', async () => undefined, 'spec.yaml#: cannot read the file (ENOENT)'],
  ])('%s in place of the spec', async (_name, make, line) => {
    const root = await tempRoot({ 'out/README.md': 'old\n' });
    await make(root);
    const before = await listing(root);
    const run = await cli(['generate', 'spec.yaml', '--target', TARGETS[0]!, '--out', 'out'], root);
    expect(expectRejected(run, before, await listing(root), 'spec.yaml')).toBe(line);
  });
});
