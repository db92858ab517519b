import { emit, joinPath, type Recording, type Walk } from './walk.js';

/**
 * The findings inside a pair of named schemas are the same wherever the pair is used; only the
 * operation and the property path in front differ. So each pair (per direction) is walked once,
 * its findings recorded relative to the pair, and replayed at every use: a spec where a schema
 * used by hundreds of operations changed is walked once, not hundreds of times.
 *
 * A recording that met a pair still being recorded further up (recursion) lacks that pair's
 * findings; it is replayed where it was made but not kept for other uses.
 */
export function sameShapeEverywhere(walk: Walk, pair: string, compare: () => (walk: Walk) => void): void {
  const key = `${walk.direction}|${pair}`;
  const memo = walk.ctx.memo as Map<string, Recording>;
  const stack = walk.ctx.recording as { key: string; recording: Recording }[];
  let recording = memo.get(key);
  if (!recording) {
    const open = stack.findIndex((frame) => frame.key === key);
    if (open >= 0) {
      for (const frame of stack.slice(open + 1)) frame.recording.complete = false;
      return;
    }
    recording = { items: [], complete: true };
    stack.push({ key, recording });
    compare()({ ...walk, path: '', visited: new Set([pair]), sink: recording });
    stack.pop();
    if (recording.complete) memo.set(key, recording);
  }
  for (const item of recording.items) emit({ ...walk, path: joinPath(walk.path, item.path) }, item.id, item.change);
}
