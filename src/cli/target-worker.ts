/** The file a target lane's worker thread runs (target-pool.ts); its work is target-thread.ts. */
// First, so the CommonJS modules this thread loads, sdkgen's bundle included, can come from V8's code cache (code-cache.ts).
import './code-cache.js';
import { runEntry } from './bundled.js';

await runEntry('targetThread');
