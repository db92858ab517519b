import { createHash } from 'node:crypto';

/**
 * A name its target could not write as a file, shortened until it can. The loader caps the names a
 * spec writes (load/names.ts), but the inline model resolver makes names of its own from every
 * property on the way (azure's network-applicationGateway gives swagger-codegen 2.2's rules a
 * 383-character `ApplicationGateway…Properties`), and a target derives longer names still
 * (Python's `test/test_<snake_case>.py`), past the 255 bytes one file name may have. Such a name
 * keeps as much of its start as fits, then 8 hex digits of a hash of the whole name: distinct
 * names stay distinct, and the same spec gives the same name on any machine. `fits` says whether
 * a candidate's files can all be written. A name ending in `suffix` (an API class's `Api`) keeps it
 * after the hash, so it still reads as what it is.
 */
export function fittingName(name: string, fits: (candidate: string) => boolean, suffix = ''): string {
  if (fits(name)) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  const kept = suffix !== '' && name.endsWith(suffix) ? suffix : '';
  const chars = [...name.slice(0, name.length - kept.length)];
  // The longest start that fits: fits is monotone in the start's length for every target's names.
  let low = 1;
  let high = chars.length - 1;
  let best = `Model${hash}${kept}`;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const candidate = `${chars.slice(0, mid).join('')}${hash}${kept}`;
    if (fits(candidate)) {
      best = candidate;
      low = mid + 1;
    } else high = mid - 1;
  }
  return best;
}

/** Whether every one of `files` fits in one file name of most file systems (255 bytes). */
export function fitsFileNames(...files: readonly string[]): boolean {
  return files.every((file) => Buffer.byteLength(file, 'utf8') <= 255);
}
