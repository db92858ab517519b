/**
 * `text/event-stream` calls (runtime/event-stream.ts) against a real node:http server that sends
 * events over time: the server holds each next event until the test has seen the previous one, so
 * the tests prove events arrive while the response is still open, using order, never durations.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationCall } from '../../../src/emit/typescript/runtime/call.js';
import type { ConfigurationParameters } from '../../../src/emit/typescript/runtime/configuration.js';
import { ApiError, NetworkError, ResponseTooLargeError } from '../../../src/emit/typescript/runtime/errors.js';
import type { EventStream, ServerSentEvent } from '../../../src/emit/typescript/runtime/event-stream.js';
import { sleep } from '../../../src/emit/typescript/runtime/retry.js';
import { type TestApi, testApi } from './runtime-harness.js';
import { startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const EVENTS: OperationCall = { method: 'GET', path: '/events', accept: 'text/event-stream', response: 'event-stream' };
const api = (parameters: ConfigurationParameters = {}): TestApi => testApi(server, parameters);

function openStream(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.flushHeaders();
}

/** A gate the test opens: the server's handler awaits it before sending more. */
function gate(): { readonly opened: Promise<void>; open(): void } {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

async function collect(stream: EventStream): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

describe('server-sent events', () => {
  it('yields each event as it arrives from the server, and ends with the stream', async () => {
    const second = gate();
    server.handle((_req, res) => {
      openStream(res);
      res.write('data: first\n\n');
      // The second event exists only once the client has handed out the first.
      void second.opened.then(() => res.end('event: update\nid: 7\ndata: second\n\n'));
    });
    const { data: stream, status, headers } = await api().callRaw<EventStream>(EVENTS);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/event-stream');
    const seen: string[] = [];
    for await (const event of stream) {
      seen.push(`${event.event}:${event.data}:${event.id ?? '-'}`);
      if (event.data === 'first') second.open();
    }
    expect(seen).toEqual(['message:first:-', 'update:second:7']);
    expect(server.requests.map((r) => r.headers.accept)).toEqual(['text/event-stream']);
  });

  it('stops the attempt timeout once the headers arrived: a body quiet for longer is read to the end', async () => {
    // A fetch that answers at once, so the headers surely beat the 1 ms timeout; the body is fed by hand.
    let feed: ReadableStreamDefaultController<Uint8Array> | undefined;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        feed = controller;
      },
    });
    // Like fetch, it errors the body when the request's signal aborts (which the timeout would do).
    const fetchApi = async (_url: string, init: RequestInit): Promise<Response> => {
      init.signal?.addEventListener('abort', () => feed?.error(init.signal?.reason));
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    };
    const stream = await api({ timeoutMs: 1, fetchApi }).call<EventStream>(EVENTS);
    const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
    feed?.enqueue(bytes('data: one\n\n'));
    const seen: string[] = [];
    for await (const event of stream) {
      seen.push(event.data);
      if (event.data === 'one') {
        // Many times the timeout: had it still been running, it would have aborted the body.
        await sleep(50);
        feed?.enqueue(bytes('data: two\n\n'));
        feed?.close();
      }
    }
    expect(seen).toEqual(['one', 'two']);
  });

  it('parses fields as the standard says: multi-line data, comments, CRLF and CR, retry, chunks split anywhere', async () => {
    const text = ': a comment\r\ndata: line one\r\ndata:line two\r\nretry: 1500\r\n\r\nevent: ping\rdata\r\rid: x\ndata: {"n":1}\n\ndata: unfinished';
    server.handle((_req, res) => {
      openStream(res);
      // One byte a write: every boundary, CRLF included, falls between two chunks somewhere.
      const bytes = Buffer.from(text);
      let at = 0;
      const next = (): void => {
        if (at >= bytes.length) {
          res.end();
          return;
        }
        res.write(bytes.subarray(at, at + 1), next);
        at += 1;
      };
      next();
    });
    const events = await collect(await api().call<EventStream>(EVENTS));
    expect(events).toEqual([
      { data: 'line one\nline two', event: 'message', id: undefined, retry: 1500 },
      { data: '', event: 'ping', id: undefined, retry: undefined },
      { data: '{"n":1}', event: 'message', id: 'x', retry: undefined },
    ]);
  });

  it('retries before the stream opens (503), never after data arrived: a broken stream rejects', async () => {
    server.handle((_req, res, index) => {
      if (index === 0) {
        res.writeHead(503).end();
        return;
      }
      openStream(res);
      res.write('data: one\n\n', () => setImmediate(() => res.socket?.destroy()));
    });
    const stream = await api().call<EventStream>(EVENTS);
    const seen: string[] = [];
    const error = await (async () => {
      for await (const event of stream) seen.push(event.data);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['one']);
    expect(error).toBeInstanceOf(NetworkError);
    expect(server.requests).toHaveLength(2);
  });

  it('stops when the caller aborts, rejecting with the signal reason, and closes the connection', async () => {
    const closed = gate();
    server.handle((_req, res) => {
      openStream(res);
      res.write('data: one\n\n');
      res.on('close', closed.open);
    });
    const controller = new AbortController();
    const stream = await api().call<EventStream>(EVENTS, { signal: controller.signal });
    const reason = new Error('user left');
    const seen: string[] = [];
    const error = await (async () => {
      for await (const event of stream) {
        seen.push(event.data);
        controller.abort(reason);
      }
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['one']);
    expect(error).toBe(reason);
    await closed.opened;
  });

  it('closes the connection when the caller stops iterating', async () => {
    const closed = gate();
    server.handle((_req, res) => {
      openStream(res);
      res.write('data: one\n\ndata: two\n\n');
      res.on('close', closed.open);
    });
    for await (const event of await api().call<EventStream>(EVENTS)) {
      expect(event.data).toBe('one');
      break;
    }
    await closed.opened;
  });

  it('reconnects only when asked, sending Last-Event-ID, until the server answers 204', async () => {
    server.handle((_req, res, index) => {
      if (index === 2) {
        res.writeHead(204).end();
        return;
      }
      openStream(res);
      res.end(index === 0 ? 'id: 1\ndata: a\n\n' : 'id: 2\ndata: b\nretry: 1\n\n');
    });
    const events = await collect((await api().callRaw<EventStream>(EVENTS, { reconnect: { delayMs: 1 } })).data);
    expect(events.map((e) => `${e.id}:${e.data}`)).toEqual(['1:a', '2:b']);
    expect(server.requests.map((r) => r.headers['last-event-id'])).toEqual([undefined, '1', '2']);

    server.handle((_req, res) => {
      openStream(res);
      res.end('id: 1\ndata: a\n\n');
    });
    expect((await collect(await api().call<EventStream>(EVENTS))).map((e) => e.data)).toEqual(['a']);
    expect(server.requests).toHaveLength(1);
  });

  it('ends at once, without reconnecting, when the first answer is 204', async () => {
    server.handle((_req, res) => res.writeHead(204).end());
    const events = await collect((await api().callRaw<EventStream>(EVENTS, { reconnect: { delayMs: 1 } })).data);
    expect(events).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('ends with the ApiError when a reconnection is refused with an error status', async () => {
    server.handle((_req, res, index) => {
      if (index === 0) {
        openStream(res);
        res.end('data: a\n\n');
        return;
      }
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"title":"gone"}');
    });
    const stream = (await api().callRaw<EventStream>(EVENTS, { reconnect: { delayMs: 1 } })).data;
    const seen: string[] = [];
    const error = await (async () => {
      for await (const event of stream) seen.push(event.data);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['a']);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, body: { title: 'gone' } });
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after maxReconnects broken connections in a row, with the last error', async () => {
    server.handle((_req, res, index) => {
      if (index === 0) {
        openStream(res);
        res.end('data: a\n\n');
        return;
      }
      res.socket?.destroy();
    });
    const stream = (await api({ retry: { maxAttempts: 1 } }).callRaw<EventStream>(EVENTS, { reconnect: { delayMs: 1, maxReconnects: 2 } })).data;
    const seen: string[] = [];
    const error = await (async () => {
      for await (const event of stream) seen.push(event.data);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['a']);
    expect(error).toBeInstanceOf(NetworkError);
    expect(server.requests).toHaveLength(3);
  });

  it('limits each event, not the stream, to maxResponseBytes', async () => {
    server.handle((_req, res) => {
      openStream(res);
      res.end(`${'data: 0123456789\n\n'.repeat(5)}data: ${'x'.repeat(40)}\n\n`);
    });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const event of await api({ maxResponseBytes: 32 }).call<EventStream>(EVENTS)) seen.push(event.data);
    })().catch((e: unknown) => e);
    expect(seen).toHaveLength(5);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it('rejects an error status before any stream is handed out', async () => {
    server.handle((_req, res) => res.writeHead(404, { 'content-type': 'application/json' }).end('{"title":"no feed"}'));
    await expect(api().call<EventStream>(EVENTS)).rejects.toMatchObject({ status: 404, body: { title: 'no feed' } });
  });
});
