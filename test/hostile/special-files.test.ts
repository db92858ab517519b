/**
 * Files that are not files. Opening a named pipe waits for a writer that never comes, a
 * socket cannot be read, a device like /dev/zero never ends. A real FIFO (mkfifo), a real unix
 * socket (a listening net.Server), a character device and a folder, named by a `$ref` or given
 * as the spec itself, are Rejected with one line saying what they are, and nothing blocks: the CLI
 * runs as a child process with a deadline, so a hang fails the test instead of hanging it.
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../cli/run.js';
import { cli, expectRejected, listing, removeRoots, TARGETS, tempRoot } from './support.js';

/** Reading any of these takes milliseconds; a blocked open would sit until killed here. */
const DEADLINE_MS = 30_000;

const servers: Server[] = [];
beforeAll(assertBuilt);
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await removeRoots();
});

/** An OpenAPI document whose schema Thing is `{ $ref: ref }`. */
function refSpec(ref: string): string {
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title: 'T', version: '1' },
    paths: { '/t': { get: { operationId: 'getThing', responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } } } } },
    components: { schemas: { Thing: { $ref: ref } } },
  });
}

/** Makes the special entry at `path`. */
const MAKERS: [string, (path: string) => Promise<void>, string][] = [
  ['a named pipe (mkfifo)', async (path) => void execFileSync('mkfifo', [path]), 'a named pipe (FIFO)'],
  [
    'a listening unix socket',
    async (path) => {
      const server = createServer((socket) => socket.end('openapi: 3.0.3\n'));
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(path, resolve));
    },
    'a socket',
  ],
  ['a folder', async (path) => mkdir(path), 'a folder'],
];

describe.concurrent('a $ref to something that is not a regular file is Rejected without blocking', () => {
  it.each(MAKERS)('%s', async (_name, make, kind) => {
    const root = await tempRoot({ 'spec/api.json': refSpec('./thing.yaml'), 'out/README.md': 'old\n' });
    await make(join(root, 'spec/thing.yaml'));
    const before = await listing(root);
    const run = await cli(['generate', 'spec/api.json', '--target', TARGETS[0]!, '--out', 'out'], root, { timeoutMs: DEADLINE_MS });
    expect(expectRejected(run, before, await listing(root), 'spec/thing.yaml')).toBe(`spec/thing.yaml#: not a regular file: it is ${kind}`);
  });

  it('a character device (/dev/zero, in a folder allowed with --allow-ref-root)', async () => {
    const root = await tempRoot({ 'spec/api.json': refSpec('/dev/zero'), 'out/README.md': 'old\n' });
    const before = await listing(root);
    const run = await cli(['generate', 'spec/api.json', '--target', TARGETS[0]!, '--out', 'out', '--allow-ref-root', '/dev'], root, { timeoutMs: DEADLINE_MS });
    const shown = relative(root, '/dev/zero');
    expect(expectRejected(run, before, await listing(root), shown)).toBe(`${shown}#: not a regular file: it is a character device`);
  });
});

describe.concurrent('a spec on the command line that is not a regular file is Rejected without blocking', () => {
  it.each(MAKERS)('%s', async (_name, make, kind) => {
    const root = await tempRoot({ 'out/README.md': 'old\n' });
    await make(join(root, 'spec.yaml'));
    const before = await listing(root);
    const run = await cli(['generate', 'spec.yaml', '--target', TARGETS[0]!, '--out', 'out'], root, { timeoutMs: DEADLINE_MS });
    expect(expectRejected(run, before, await listing(root), 'spec.yaml')).toBe(`spec.yaml#: not a regular file: it is ${kind}`);
  });

  it('/dev/zero', async () => {
    const root = await tempRoot({ 'out/README.md': 'old\n' });
    const before = await listing(root);
    const run = await cli(['generate', '/dev/zero', '--target', TARGETS[0]!, '--out', 'out'], root, { timeoutMs: DEADLINE_MS });
    const shown = relative(root, '/dev/zero');
    expect(expectRejected(run, before, await listing(root), shown)).toBe(`${shown}#: not a regular file: it is a character device`);
  });
});

describe('a config that is a named pipe', () => {
  it('is refused without blocking', async () => {
    const root = await tempRoot();
    execFileSync('mkfifo', [join(root, 'sdkgen.config.yaml')]);
    const run = await cli(['check'], root, { timeoutMs: DEADLINE_MS });
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'sdkgen: sdkgen.config.yaml#: cannot read config: is a named pipe (FIFO)\n' });
  });
});
