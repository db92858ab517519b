#!/usr/bin/env node
/**
 * `npm run fuzz [-- --runs N --deadline S]`: the hostile property test (test/hostile/property.test.ts)
 * with fresh random seeds, each run in its own vitest process under a deadline, so an emitter that
 * loops for ever is reported with its seed instead of hanging. CI runs the test with its fixed seed;
 * this is where new seeds are tried. Replay one with `FC_SEED=<seed> npx vitest run test/hostile/property.test.ts`.
 */
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' }, deadline: { type: 'string', default: '600' } } });
const runs = Number(values.runs);
const deadlineMs = Number(values.deadline) * 1000;

/** One vitest run of the property test with this seed: 'passed', 'failed' or 'hung'. */
function run(seed) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['vitest', 'run', 'test/hostile/property.test.ts', '--reporter=dot'], {
      env: { ...process.env, FC_SEED: String(seed) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    let hung = false;
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      hung = true;
      process.kill(-child.pid, 'SIGKILL');
    }, deadlineMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ outcome: hung ? 'hung' : code === 0 ? 'passed' : 'failed', output });
    });
  });
}

const bad = [];
for (let i = 0; i < runs; i++) {
  const seed = randomInt(-(2 ** 31), 2 ** 31);
  const { outcome, output } = await run(seed);
  console.log(`seed ${seed}: ${outcome}`);
  if (outcome !== 'passed') {
    bad.push(seed);
    if (outcome === 'failed') console.log(output.split('\n').filter((line) => /Error|Counterexample|expected/.test(line)).slice(0, 10).join('\n'));
  }
}
console.log(`fuzz: ${runs - bad.length} of ${runs} seeds passed${bad.length > 0 ? `; replay with FC_SEED=${bad.join(', ')}` : ''}`);
process.exitCode = bad.length > 0 ? 1 : 0;
