/** The file a diff side's worker thread runs (load-pair.ts); its work is load-thread.ts. */
// First, so the CommonJS modules this thread loads, sdkgen's bundle included, can come from V8's code cache (code-cache.ts).
import '../cli/code-cache.js';
import { runEntry } from '../cli/bundled.js';

await runEntry('loadThread');
