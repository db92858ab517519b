/**
 * The kinds of work a thread did (`load`, `model`, `emit <target>`, `diff`, `check`), which
 * code-cache.ts writes into the entries it saves. Apart from code-cache.ts so that noting work
 * installs no cache: the pipeline notes its work under vitest too, where no cache is wanted.
 * Kept on the global object, as the cache's own state is: sdkgen's bundle holds a copy of this
 * module, and both copies must note into one set.
 */
const WORK = Symbol.for('sdkgen.codeCacheWork');

/** This thread's kinds of work so far. */
export function workOfThread(): Set<string> {
  return ((globalThis as { [WORK]?: Set<string> })[WORK] ??= new Set());
}

/**
 * Says this thread did a kind of work: at its end, an entry of the code cache whose code came from
 * runs that did not is written again, with the code this run compiled too.
 */
export function noteCodeCacheWork(kind: string): void {
  workOfThread().add(kind);
}
