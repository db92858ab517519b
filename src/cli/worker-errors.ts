/**
 * Errors across a worker thread's boundary. A thread's messages are copies without classes, so
 * an error is sent as its kind and fields and made again on this side as the same class: the
 * one-line message and the exit code (report.ts) are then those of a run without workers.
 */
import { UnknownTargetError } from '../emit/registry.js';
import { SpecError } from '../load/errors.js';
import { OutputError } from '../output/paths.js';
import { UsageError } from './report.js';

export interface SentError {
  readonly kind: 'spec' | 'output' | 'usage' | 'unknown-target' | 'system' | 'other';
  readonly message: string;
  readonly stack?: string | undefined;
  readonly fields: Readonly<Record<string, unknown>>;
}

export function sendableError(error: unknown): SentError {
  const stack = error instanceof Error ? error.stack : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof SpecError) return { kind: 'spec', message, stack, fields: { file: error.file, pointer: error.pointer } };
  if (error instanceof OutputError) return { kind: 'output', message, stack, fields: { path: error.path } };
  if (error instanceof UsageError) return { kind: 'usage', message, stack, fields: {} };
  if (error instanceof UnknownTargetError) return { kind: 'unknown-target', message, stack, fields: { target: error.target, known: [...error.known] } };
  const system = error as NodeJS.ErrnoException & { dest?: unknown };
  if (error instanceof Error && typeof system.code === 'string' && typeof system.syscall === 'string') {
    return { kind: 'system', message, stack, fields: { code: system.code, syscall: system.syscall, path: system.path, dest: system.dest, errno: system.errno } };
  }
  return { kind: 'other', message, stack, fields: {} };
}

export function receivedError(sent: SentError): Error {
  const f = sent.fields;
  const error = ((): Error => {
    switch (sent.kind) {
      case 'spec':
        return new SpecError(String(f.file), String(f.pointer), sent.message);
      case 'output':
        return new OutputError(String(f.path), sent.message);
      case 'usage':
        return new UsageError(sent.message);
      case 'unknown-target':
        return new UnknownTargetError(String(f.target), f.known as string[]);
      case 'system':
        return Object.assign(new Error(sent.message), Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)));
      default:
        return new Error(sent.message);
    }
  })();
  if (sent.stack !== undefined) error.stack = sent.stack;
  return error;
}
