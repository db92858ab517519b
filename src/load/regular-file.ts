import { closeSync, constants, fstatSync, openSync, statSync, type Stats } from 'node:fs';

/**
 * Opening a named pipe waits until something writes to it, a socket or a device never ends, and
 * a folder is no spec: a path that a spec or its `$ref` names is looked at (stat, links followed,
 * as the reference policy resolves them) before it is opened, and only a regular file is opened.
 * The open itself is non-blocking, and the opened file must be the one looked at, so a file
 * swapped for a pipe between the look and the open is refused too, without waiting.
 */
export function openRegularFile(path: string): { readonly fd: number; readonly size: number } {
  const seen = statSync(path);
  const kind = notRegular(seen);
  if (kind !== undefined) throw new NotRegularFile(kind);
  // O_NONBLOCK is 0 on Windows, which has no FIFOs to open.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const opened = fstatSync(fd);
    const now = notRegular(opened);
    if (now !== undefined) throw new NotRegularFile(now);
    if (opened.ino !== seen.ino || opened.dev !== seen.dev) throw new NotRegularFile('a file that was replaced while it was being opened');
    return { fd, size: opened.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** A path that exists but is no regular file; the message says what it is. */
export class NotRegularFile extends Error {
  constructor(readonly kind: string) {
    super(`not a regular file: it is ${kind}`);
    this.name = 'NotRegularFile';
  }
}

/** What an entry is when it is not a regular file (`a folder`, `a named pipe (FIFO)`); undefined for a file. */
export function notRegular(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'something other than a file';
}
