/** The file a spec's worker thread runs (spec-pool.ts); its work is spec-thread.ts. */
// First, so the CommonJS modules this thread loads, sdkgen's bundle included, can come from V8's code cache (code-cache.ts).
import './code-cache.js';
import { runEntry } from './bundled.js';

await runEntry('specThread');
