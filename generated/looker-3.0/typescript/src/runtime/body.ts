/**
 * Request bodies are encoded by the media type the operation declares; response bodies are decoded
 * by the kind the generator chose from the operation's first 2xx response.
 */

/**
 * How a 2xx response body is returned: parsed JSON, text, a Blob, nothing, the bytes as a
 * ReadableStream, or server-sent events (an EventStream). The last two are not read whole.
 */
export type ResponseKind = 'json' | 'text' | 'blob' | 'none' | 'stream' | 'event-stream';

/** A request body: the caller's value and the media type it is sent as. */
export interface RequestBodyValue {
  readonly mediaType: string;
  readonly required?: boolean;
  readonly value: unknown;
}

/** `application/json`, `text/json`, `application/problem+json`, with or without parameters. */
export function isJsonMediaType(mediaType: string): boolean {
  const type = (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  return type === 'application/json' || type === 'text/json' || type.endsWith('+json');
}

function essence(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}

/** Values fetch can send as they are. */
function isRawBody(value: unknown): value is Blob | ArrayBuffer | FormData | URLSearchParams | string {
  return (
    typeof value === 'string' ||
    value instanceof Blob ||
    value instanceof ArrayBuffer ||
    value instanceof FormData ||
    value instanceof URLSearchParams
  );
}

function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** Own entries of an object body whose values are set. */
function fields(value: unknown): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
}

/**
 * The body to hand to fetch and the Content-Type to send. Multipart has no Content-Type here:
 * fetch writes it with the boundary it chose.
 */
/**
 * What fetch takes as a body. Not `BodyInit`: that name exists only in the DOM lib, and the
 * package's .d.ts must type-check for a Node-only consumer (no DOM lib, skipLibCheck off).
 */
export type RequestBody = NonNullable<RequestInit['body']>;

export function encodeBody(mediaType: string, value: unknown): { body: RequestBody; contentType: string | undefined } {
  const type = essence(mediaType);
  if (type === 'multipart/form-data') {
    if (value instanceof FormData) return { body: value, contentType: undefined };
    const form = new FormData();
    for (const [name, v] of fields(value)) {
      const items: unknown[] = Array.isArray(v) ? v : [v];
      for (const item of items) form.append(name, item instanceof Blob ? item : fieldText(item));
    }
    return { body: form, contentType: undefined };
  }
  if (type === 'application/x-www-form-urlencoded') {
    if (value instanceof URLSearchParams) return { body: value, contentType: mediaType };
    const params = new URLSearchParams();
    for (const [name, v] of fields(value)) {
      const items: unknown[] = Array.isArray(v) ? v : [v];
      for (const item of items) params.append(name, fieldText(item));
    }
    return { body: params, contentType: mediaType };
  }
  if (isJsonMediaType(type)) return { body: JSON.stringify(value), contentType: mediaType };
  if (type.startsWith('text/')) return { body: fieldText(value), contentType: mediaType };
  // Binary and anything else: raw bodies pass through, other values travel as JSON text.
  if (isRawBody(value)) return { body: value, contentType: mediaType };
  if (ArrayBuffer.isView(value)) {
    // A copy, typed as a plain ArrayBuffer view (a view of a SharedArrayBuffer is not a BodyInit).
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice();
    return { body: new Blob([bytes]), contentType: mediaType };
  }
  return { body: JSON.stringify(value), contentType: mediaType };
}

/** UTF-8 text as fetch's `response.text()` reads it (a leading BOM dropped, bad bytes replaced). */
function text(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/**
 * The body of an error response for ApiError: JSON when the response says so and it parses, its
 * text otherwise, `undefined` when empty.
 */
export function errorBody(bytes: Uint8Array, contentType: string | null): unknown {
  const body = text(bytes);
  if (body === '') return undefined;
  if (isJsonMediaType(contentType ?? '')) {
    try {
      const parsed: unknown = JSON.parse(body);
      return parsed;
    } catch {
      return body;
    }
  }
  return body;
}

/** Whether a 2xx answer has a body to read: 204, 205 and answers to HEAD carry none, whatever the operation declares. */
export function carriesBody(kind: ResponseKind, status: number, method: string): boolean {
  return kind !== 'none' && status !== 204 && status !== 205 && method !== 'HEAD';
}

/** A decoded 2xx body, or why it could not be decoded. */
export type DecodedBody = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string; readonly cause?: unknown };

/**
 * Decodes a 2xx body read whole (read-body.ts). JSON.parse makes `__proto__` an own property, so a
 * body cannot reach Object.prototype.
 */
export function decodeBody(bytes: Uint8Array<ArrayBuffer>, contentType: string | null, kind: ResponseKind): DecodedBody {
  if (kind === 'blob') return { ok: true, value: new Blob([bytes], { type: contentType ?? '' }) };
  if (kind === 'none' || kind === 'stream' || kind === 'event-stream') return { ok: true, value: undefined };
  const body = text(bytes);
  if (kind === 'text') return { ok: true, value: body };
  if (body.trim() === '') return { ok: false, reason: 'empty body where JSON was expected' };
  try {
    const parsed: unknown = JSON.parse(body);
    return { ok: true, value: parsed };
  } catch (cause) {
    return { ok: false, reason: 'body is not valid JSON', cause };
  }
}
