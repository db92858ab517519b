/**
 * The error union of an operation: one `ApiError<Status, Body>` per non-2xx response the spec
 * declares, so `if (error.status === 404)` narrows the body to that response's type. Statuses are
 * number literals (runtime/errors.ts, ErrorStatus): `4XX` is every 4xx status not declared on its
 * own, `default` every status not declared otherwise, and a spec without `default` still gets a
 * last member with an `unknown` body, since any server can answer 500.
 */
import type { Operation, Response } from '../../model/types.js';
import { isJsonMediaType } from './media.js';
import type { TypePrinter } from './types.js';

/** A response of the union: the status type as text and its body type. */
export interface ErrorMember {
  readonly response: Response | undefined;
  readonly status: string;
  readonly body: string;
}

const RANGE = /^([345])XX$/i;

function isErrorCode(status: string): boolean {
  return /^[345]\d\d$/.test(status);
}

/** The body type of a response: its JSON schema's type, `string` for text, else `unknown`. */
export function responseBodyType(response: Response, printer: TypePrinter): string {
  const json = response.content.find((c) => isJsonMediaType(c.mediaType));
  if (json !== undefined) return printer.print(json.schema);
  if (response.content.some((c) => c.mediaType.toLowerCase().startsWith('text/'))) return 'string';
  return 'unknown';
}

export function errorMembers(operation: Operation, printer: TypePrinter): ErrorMember[] {
  const codes = operation.responses.filter((r) => isErrorCode(r.status));
  const ranges = operation.responses.filter((r) => RANGE.test(r.status));
  const fallback = operation.responses.find((r) => r.status === 'default');
  const members: ErrorMember[] = codes.map((r) => ({ response: r, status: r.status, body: responseBodyType(r, printer) }));
  const rangeClasses: string[] = [];
  for (const r of ranges) {
    const digit = RANGE.exec(r.status)?.[1] ?? '';
    if (rangeClasses.includes(digit)) continue;
    rangeClasses.push(digit);
    const inside = codes.filter((c) => c.status.startsWith(digit)).map((c) => c.status);
    const status = inside.length === 0 ? `ErrorStatusIn<'${digit}'>` : `Exclude<ErrorStatusIn<'${digit}'>, ${inside.join(' | ')}>`;
    members.push({ response: r, status, body: responseBodyType(r, printer) });
  }
  if (rangeClasses.length < 3) {
    const declared = [...codes.map((c) => c.status), ...rangeClasses.map((d) => `ErrorStatusIn<'${d}'>`)];
    const status = declared.length === 0 ? 'ErrorStatus' : `Exclude<ErrorStatus, ${declared.join(' | ')}>`;
    members.push({ response: fallback, status, body: fallback === undefined ? 'unknown' : responseBodyType(fallback, printer) });
  }
  return members;
}

/** The members' type texts, in spec order, the catch-all last. */
export function errorUnion(members: readonly ErrorMember[]): string[] {
  return members.map((m) => `ApiError<${m.status}, ${m.body}>`);
}
