/**
 * Which media type of a body or response the client uses: the one the generated types describe
 * and the runtime encodes or decodes.
 */
import type { MediaContent, Operation, RequestBody, Schema } from '../../model/types.js';
import { mediaEssence as essence } from '../kit/media.js';

/** Same test as the runtime's isJsonMediaType (runtime/body.ts). */
export function isJsonMediaType(mediaType: string): boolean {
  const type = essence(mediaType);
  return type === 'application/json' || type === 'text/json' || type.endsWith('+json');
}

/**
 * The media type a body is sent as: `application/json` when offered, else the first other JSON
 * type, else the first concrete one. Ranges like `application/*+json` name no type to send.
 */
export function bodyContent(body: RequestBody): MediaContent | undefined {
  const concrete = body.content.filter((c) => !c.mediaType.includes('*'));
  return (
    concrete.find((c) => essence(c.mediaType) === 'application/json') ??
    concrete.find((c) => isJsonMediaType(c.mediaType)) ??
    concrete[0] ??
    body.content[0]
  );
}

export type ResponseShape =
  | { readonly kind: 'json'; readonly schema: Schema }
  | { readonly kind: 'text' }
  | { readonly kind: 'blob' }
  | { readonly kind: 'event-stream' }
  | { readonly kind: 'none' };

export function isSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

/**
 * What a call resolves to: the first 2xx response with content, read as JSON when it offers a JSON
 * media type, as server-sent events when it offers only `text/event-stream` besides non-JSON types,
 * as text when it offers `text/*`, as a Blob otherwise; nothing when there is none.
 */
export function responseShape(operation: Operation): ResponseShape {
  const response = operation.responses.find((r) => isSuccess(r.status) && r.content.length > 0);
  if (response === undefined) return { kind: 'none' };
  const json = response.content.find((c) => isJsonMediaType(c.mediaType));
  if (json !== undefined) return { kind: 'json', schema: json.schema };
  if (response.content.some((c) => essence(c.mediaType) === 'text/event-stream')) return { kind: 'event-stream' };
  if (response.content.some((c) => c.mediaType.toLowerCase().startsWith('text/'))) return { kind: 'text' };
  return { kind: 'blob' };
}
