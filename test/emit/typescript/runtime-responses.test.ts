/**
 * What a call resolves to besides the body (ApiResponse, the `...Raw` variants) and bodies handed
 * out as byte streams (runtime/stream.ts), against a real HTTP server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationCall } from '../../../src/emit/typescript/runtime/call.js';
import { NetworkError, ResponseTooLargeError } from '../../../src/emit/typescript/runtime/errors.js';
import { GET, testApi } from './runtime-harness.js';
import { json, startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const DOWNLOAD: OperationCall = { method: 'GET', path: '/file', accept: 'application/octet-stream', response: 'stream' };

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<number[]> {
  const reader = stream.getReader();
  const bytes: number[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return bytes;
    bytes.push(...value);
  }
}

describe('ApiResponse', () => {
  it('carries status, headers and the final response beside the decoded body', async () => {
    server.handle((_req, res) => json(res, 201, [{ id: 1 }], { 'x-total-count': '42', link: '</things?page=2>; rel="next"' }));
    const page = await testApi(server).callRaw<{ id: number }[]>(GET);
    expect(page.data).toEqual([{ id: 1 }]);
    expect(page.status).toBe(201);
    expect(page.headers.get('x-total-count')).toBe('42');
    expect(page.headers.get('link')).toBe('</things?page=2>; rel="next"');
    expect(page.response.status).toBe(201);
    expect(page.response.bodyUsed || page.response.body === null || page.response.body.locked).toBe(true);
  });

  it('has undefined data for a 204', async () => {
    server.handle((_req, res) => res.writeHead(204, { etag: '"v2"' }).end());
    expect(await testApi(server).callRaw(GET)).toMatchObject({ data: undefined, status: 204 });
  });
});

describe('byte streams', () => {
  it('hands out the body unread once the headers arrive, and reads it to the end', async () => {
    let finish = (): void => undefined;
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write(Buffer.from([1, 2, 3]));
      // The rest is sent only after the client holds the stream: the call resolved before the body ended.
      void finished.then(() => res.end(Buffer.from([4, 5])));
    });
    const download = await testApi(server, { timeoutMs: 50 }).callRaw<ReadableStream<Uint8Array>>(DOWNLOAD);
    expect(download.headers.get('content-type')).toBe('application/octet-stream');
    finish();
    expect(await bytesOf(download.data)).toEqual([1, 2, 3, 4, 5]);
  });

  it('still counts the bytes against maxResponseBytes', async () => {
    server.handle((_req, res) => res.writeHead(200).end(Buffer.alloc(100)));
    const download = await testApi(server, { maxResponseBytes: 64 }).callRaw<ReadableStream<Uint8Array>>(DOWNLOAD);
    await expect(bytesOf(download.data)).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it('rejects reads with NetworkError when the body breaks off, and is not retried', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-length': '10' });
      res.write(Buffer.from([1]), () => setImmediate(() => res.socket?.destroy()));
    });
    const download = await testApi(server).callRaw<ReadableStream<Uint8Array>>(DOWNLOAD);
    await expect(bytesOf(download.data)).rejects.toBeInstanceOf(NetworkError);
    expect(server.requests).toHaveLength(1);
  });

  it('stops when the caller aborts while reading, with the signal reason', async () => {
    server.handle((_req, res) => {
      res.writeHead(200);
      res.write(Buffer.from([1]));
    });
    const controller = new AbortController();
    const download = await testApi(server).callRaw<ReadableStream<Uint8Array>>(DOWNLOAD, { signal: controller.signal });
    const reader = download.data.getReader();
    expect((await reader.read()).value).toEqual(new Uint8Array([1]));
    const reason = new Error('enough');
    controller.abort(reason);
    await expect(reader.read()).rejects.toBe(reason);
  });
});
