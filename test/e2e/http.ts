/**
 * Real HTTP servers on 127.0.0.1 for the end-to-end tests: a scripted server that answers (or
 * misbehaves) as each test says, and a recording proxy that shows what a client really sent to
 * Prism, independently of what Prism accepts.
 */
import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** When the request's headers arrived (Date.now()). */
  readonly receivedAt: number;
}

export type Handler = (request: RecordedRequest, response: ServerResponse, index: number) => void;

export interface ScriptedServer {
  readonly url: string;
  /** Requests since the last `handle`, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Answers every following request with `handler` and forgets earlier requests. */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

export async function startScriptedServer(): Promise<ScriptedServer> {
  const requests: RecordedRequest[] = [];
  let handler: Handler = (_req, res) => res.writeHead(204).end();
  const server = createServer((req, res) => {
    const receivedAt = Date.now();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString(), receivedAt };
      requests.push(recorded);
      handler(recorded, res, requests.length - 1);
    });
  });
  return {
    url: await listen(server),
    requests,
    handle(next) {
      handler = next;
      requests.length = 0;
    },
    close: () => closeServer(server),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

/** Answers after `ms`, unless the client has gone by then. */
export function answerLater(res: ServerResponse, ms: number, answer: () => void): void {
  const timer = setTimeout(answer, ms);
  res.once('close', () => clearTimeout(timer));
}

export interface RecordingProxy {
  readonly url: string;
  /** Every request passed on, in arrival order. */
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Passes each request on to `target` unchanged and its answer back unchanged, recording the request. */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  // No keep-alive upstream: closing the proxy then leaves no socket to Prism open.
  const agent = new Agent({ keepAlive: false });
  const server = createServer((req, res) => {
    const receivedAt = Date.now();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: body.toString(), receivedAt });
      const upstream = httpRequest(`${target}${req.url ?? '/'}`, { method: req.method, headers: req.headers, agent }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      upstream.end(body);
    });
  });
  return {
    url: await listen(server),
    requests,
    close: async () => {
      await closeServer(server);
      agent.destroy();
    },
  };
}
