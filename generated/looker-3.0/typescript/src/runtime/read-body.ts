/**
 * Reads a response body within a byte limit. The count is kept while the stream arrives, after
 * fetch has decompressed it: Content-Length may be missing, or describe the compressed bytes of a
 * body that inflates to gigabytes, so it is only used to refuse early, never to allow.
 */

import type { CallSite } from './auth.js';
import { ResponseTooLargeError } from './errors.js';

/** The whole body, or ResponseTooLargeError once it passes `maxResponseBytes`. */
export async function readBodyWithin(response: Response, maxResponseBytes: number, site: CallSite): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await readBody(response, maxResponseBytes);
  if (bytes === undefined) throw new ResponseTooLargeError({ status: response.status, method: site.method, path: site.path, maxResponseBytes });
  return bytes;
}

/** The body's bytes, or `undefined` when it is longer than `maxBytes` (the rest is never read). */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const encoded = (response.headers.get('content-encoding') ?? 'identity').trim().toLowerCase() !== 'identity';
  if (!encoded && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (response.body === null) return new Uint8Array(new ArrayBuffer(0));
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Drains a body the client does not need, so the connection can be reused. */
export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}
