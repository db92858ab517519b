#!/usr/bin/env node
// First, so the tier-up threshold holds for everything loaded after it (v8-tuning.ts says why).
import './v8-tuning.js';
// Next, so every CommonJS module loaded after it, sdkgen's bundle included, can come from V8's code cache (code-cache.ts says why).
import './code-cache.js';
import { runEntry } from './bundled.js';

// The command line itself is cli.ts.
await runEntry('cli');
