/**
 * V8's tier-up threshold, raised before anything else loads (main.ts imports this module first,
 * and flags are per process, so worker threads get it too).
 *
 * A generator runs a great deal of distinct code (the loader, ajv's validators, four emitters,
 * TypeScript's printer) a moderate number of times each. With V8's default budget (66 KB of
 * bytecode run per function before it counts towards optimising it), TurboFan compiled so many
 * of those functions that, in `perf` of GitHub's spec with all four targets, its background
 * threads took 3.1 s of the run's 8.5 s of CPU, for code that then ran little. At 1 MB, only
 * functions that really are hot get optimised. Measured on the same 2-core machine, alternating
 * runs: GitHub's spec, four targets, about 8.1 -> 5.4 s CPU and 5.6 -> 5.2 s wall; its TypeScript
 * client 3.5 -> 2.6 s CPU, wall the same; 100 synthetic operations 0.87 -> 0.71 s CPU. The cost:
 * 10,000 synthetic operations take about 8% more wall time (less CPU). bench/ measures it.
 */
import { setFlagsFromString } from 'node:v8';

const INTERRUPT_BUDGET = 1_000_000;

setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
