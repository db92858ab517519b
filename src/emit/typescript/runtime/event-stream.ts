/**
 * `text/event-stream` responses as an async iterable of events, parsed as the HTML standard says
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html#parsing-an-event-stream).
 * The body has no timeout (a stream may stay quiet for hours) and is never retried once it
 * started; with `reconnect`, the stream is opened again after it ends or breaks, sending the last
 * event id as `Last-Event-ID`, as a browser's EventSource would.
 */

/** One dispatched event. */
export interface ServerSentEvent {
  /** The data lines, joined by `\n`. */
  readonly data: string;
  /** The `event:` field; `message` when the server names none. */
  readonly event: string;
  /** The last event id seen on the stream so far, `undefined` before any. */
  readonly id: string | undefined;
  /** The reconnection time the server asked for with this event, in milliseconds. */
  readonly retry: number | undefined;
}

export interface ReconnectOptions {
  /** Reconnections in a row without an event in between before the stream gives up. Default 5. */
  readonly maxReconnects?: number | undefined;
  /** The wait before reconnecting, until the server sends `retry:`. Default 3000. */
  readonly delayMs?: number | undefined;
}

/** Opens the stream again, sending the given id as Last-Event-ID; `undefined` when the server said stop (204). */
export type Reopen = (lastEventId: string | undefined) => Promise<ReadableStream<Uint8Array> | undefined>;

/** How the stream reconnects, given by the client that opened it. */
export interface ReconnectHooks {
  readonly reopen: Reopen;
  readonly options: ReconnectOptions;
  /** Waits before reopening; rejects when the caller aborts. */
  readonly wait: (ms: number) => Promise<void>;
  /** Whether a failure ends the stream for good (the caller aborted, an error status, an event too large). */
  readonly isFinal: (error: unknown) => boolean;
}

/** What the stream needs besides its first body. */
export interface EventStreamInit {
  /** An event whose data grows past this many bytes ends the stream in the given error. */
  readonly maxEventBytes: number;
  readonly tooLarge: () => Error;
  /** Present when reconnection is on. */
  readonly reconnect?: ReconnectHooks | undefined;
}

/** Splits decoded text into lines ending in CRLF, LF or CR; keeps an unfinished line. */
class LineSplitter {
  #rest = '';
  #afterCr = false;

  push(text: string): string[] {
    let chunk = text;
    // A CR at the end of the previous chunk already ended its line; an LF right after it belongs to it.
    if (this.#afterCr && chunk.startsWith('\n')) chunk = chunk.slice(1);
    this.#afterCr = chunk.endsWith('\r');
    const parts = (this.#rest + chunk).split(/\r\n|\r|\n/);
    this.#rest = parts.pop() ?? '';
    return parts;
  }
}

/** The field-by-field state of the parser: buffers until a blank line dispatches. */
class EventParser {
  #data: string[] = [];
  #size = 0;
  #event = '';
  #retry: number | undefined;
  lastEventId: string | undefined;
  /** The last `retry:` the stream sent, whether or not its event was dispatched. */
  reconnectionTime: number | undefined;
  readonly #maxBytes: number;
  readonly #tooLarge: () => Error;

  constructor(maxBytes: number, tooLarge: () => Error) {
    this.#maxBytes = maxBytes;
    this.#tooLarge = tooLarge;
  }

  /** The event a line completes, if any. */
  line(line: string): ServerSentEvent | undefined {
    if (line === '') return this.#dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') {
      this.#size += value.length + 1;
      if (this.#size > this.#maxBytes) throw this.#tooLarge();
      this.#data.push(value);
    } else if (field === 'event') this.#event = value;
    else if (field === 'id' && !value.includes('\0')) this.lastEventId = value;
    else if (field === 'retry' && /^\d+$/.test(value)) {
      this.#retry = Number(value);
      this.reconnectionTime = this.#retry;
    }
    return undefined;
  }

  #dispatch(): ServerSentEvent | undefined {
    const data = this.#data;
    const event = { data: data.join('\n'), event: this.#event === '' ? 'message' : this.#event, id: this.lastEventId, retry: this.#retry };
    this.#data = [];
    this.#size = 0;
    this.#event = '';
    this.#retry = undefined;
    return data.length === 0 ? undefined : event;
  }
}

/** The events of one stream, and of the streams reconnection opens after it. Iterable once. */
export class EventStream implements AsyncIterable<ServerSentEvent> {
  readonly #first: ReadableStream<Uint8Array>;
  readonly #init: EventStreamInit;
  #used = false;

  constructor(body: ReadableStream<Uint8Array>, init: EventStreamInit) {
    this.#first = body;
    this.#init = init;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<ServerSentEvent, void, undefined> {
    if (this.#used) throw new TypeError('an event stream can be iterated only once');
    this.#used = true;
    const { reconnect } = this.#init;
    // The next stream to read, or why opening it failed.
    let next: { readonly body: ReadableStream<Uint8Array> } | { readonly error: unknown } = { body: this.#first };
    let lastEventId: string | undefined;
    let delayMs = reconnect?.options.delayMs ?? 3000;
    let failures = 0;
    for (;;) {
      let broken: unknown = 'error' in next ? next.error : undefined;
      if ('body' in next) {
        const parser = new EventParser(this.#init.maxEventBytes, this.#init.tooLarge);
        parser.lastEventId = lastEventId;
        try {
          for await (const event of this.#events(next.body, parser)) {
            failures = 0;
            yield event;
          }
        } catch (error) {
          broken = error;
        }
        lastEventId = parser.lastEventId;
        delayMs = parser.reconnectionTime ?? delayMs;
      }
      if (reconnect === undefined || failures >= (reconnect.options.maxReconnects ?? 5) || (broken !== undefined && reconnect.isFinal(broken))) {
        if (broken !== undefined) throw broken;
        return;
      }
      failures += 1;
      await reconnect.wait(delayMs);
      try {
        const body = await reconnect.reopen(lastEventId);
        if (body === undefined) return;
        next = { body };
      } catch (error) {
        next = { error };
      }
    }
  }

  async *#events(body: ReadableStream<Uint8Array>, parser: EventParser): AsyncGenerator<ServerSentEvent, void, undefined> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const lines = new LineSplitter();
    try {
      for (;;) {
        // A failed read rejects with the client's error already (stream.ts maps it).
        const chunk = await reader.read();
        // An unfinished event at the end of the stream is dropped, as the standard says.
        if (chunk.done) return;
        for (const line of lines.push(decoder.decode(chunk.value, { stream: true }))) {
          const event = parser.line(line);
          if (event !== undefined) yield event;
        }
      }
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  }
}
