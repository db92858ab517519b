/**
 * The stub API server: a real node:http server on 127.0.0.1, port 0. It records each request with
 * its headers as they arrived on the wire (rawHeaders: a header named `__proto__` must not become
 * a prototype, and names keep their spelling), and answers from a handler.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  readonly method: string;
  readonly url: string;
  /** Header names lower-cased (HTTP names are case-insensitive), in arrival order. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Buffer;
}

export interface StubServer {
  readonly url: string;
  readonly requests: Received[];
  handle(handler: (request: Received, response: ServerResponse) => void): void;
  close(): Promise<void>;
}

export async function stubServer(): Promise<StubServer> {
  const requests: Received[] = [];
  let handler = (_request: Received, response: ServerResponse): void => void response.writeHead(204).end();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers: [string, string][] = [];
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i]!.toLowerCase(), req.rawHeaders[i + 1]!]);
      const received = { method: req.method ?? '', url: req.url ?? '', headers, body: Buffer.concat(chunks) };
      requests.push(received);
      handler(received, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
