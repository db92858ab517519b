/**
 * Which response an operation "returns", for every target: openapi-generator's
 * findMethodResponse takes the lowest 2xx status (a `2XX` range counts), `default` only when
 * there is none; its return schema is that of the response's first media type.
 */
import type { MediaContent, Operation, Response } from '../../model/types.js';
import { ordinal } from './api-classes.js';

export function successResponse(op: Operation): Response | undefined {
  const success = op.responses.filter((r) => r.status.startsWith('2')).sort((a, b) => ordinal(a.status, b.status));
  return success[0] ?? op.responses.find((r) => r.status === 'default');
}

/** The first media type of the success response; undefined when it has none or declares no schema. */
export function returnContent(op: Operation): MediaContent | undefined {
  const first = successResponse(op)?.content[0];
  return first && !first.schemaless ? first : undefined;
}
