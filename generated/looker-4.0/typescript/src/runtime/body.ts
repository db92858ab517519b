/**
 * Request bodies are encoded by the media type the operation declares; response bodies are decoded
 * by the kind the generator chose from the operation's first 2xx response.
 */

/** How a 2xx response body is returned: parsed JSON, text, a Blob, or nothing. */
export type ResponseKind = 'json' | 'text' | 'blob' | 'none';

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
export function encodeBody(mediaType: string, value: unknown): { body: BodyInit; contentType: string | undefined } {
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

/**
 * The body of an error response for ApiError: JSON when the response says so and it parses, its
 * text otherwise, `undefined` when empty.
 */
export async function readErrorBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  if (isJsonMediaType(response.headers.get('content-type') ?? '')) {
    try {
      const parsed: unknown = JSON.parse(text);
      return parsed;
    } catch {
      return text;
    }
  }
  return text;
}

/** A decoded 2xx body, or why it could not be decoded. */
export type DecodedBody = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string; readonly cause?: unknown };

/** Decodes a 2xx body. 204, 205 and answers to HEAD carry none, whatever the operation declares. */
export async function decodeBody(response: Response, kind: ResponseKind, method: string): Promise<DecodedBody> {
  if (kind === 'none' || response.status === 204 || response.status === 205 || method === 'HEAD') {
    // Drain so the connection can be reused.
    await response.body?.cancel().catch(() => undefined);
    return { ok: true, value: undefined };
  }
  if (kind === 'blob') return { ok: true, value: await response.blob() };
  const text = await response.text();
  if (kind === 'text') return { ok: true, value: text };
  if (text.trim() === '') return { ok: false, reason: 'empty body where JSON was expected' };
  try {
    const parsed: unknown = JSON.parse(text);
    return { ok: true, value: parsed };
  } catch (cause) {
    return { ok: false, reason: 'body is not valid JSON', cause };
  }
}
