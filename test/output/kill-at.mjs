/**
 * Preloaded (`node --import`) into an sdkgen child process by test/output/kill.test.ts; never
 * part of sdkgen. Appends every output step the run reaches to $SDKGEN_STEP_LOG and, at the
 * $SDKGEN_KILL_AT-th step, kills the process with SIGKILL: no cleanup, no exit handlers, as a
 * power cut or an OOM kill would.
 */
import { subscribe } from 'node:diagnostics_channel';
import { appendFileSync } from 'node:fs';

const killAt = Number(process.env.SDKGEN_KILL_AT ?? '0');
const log = process.env.SDKGEN_STEP_LOG;
let count = 0;

subscribe('sdkgen:output-step', (message) => {
  count += 1;
  if (log) appendFileSync(log, `${message.step}\n`);
  if (count === killAt) process.kill(process.pid, 'SIGKILL');
});
