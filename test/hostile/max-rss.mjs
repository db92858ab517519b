// Preloaded with `node --import` by test/hostile/size.test.ts and graph.test.ts, and by the
// benchmark (bench/sections/hostile-inputs.ts): when the process exits, writes its peak
// resident set size (kilobytes) and CPU time (microseconds) to the file named by SDKGEN_MEASURE,
// so tests can hold the CLI to its memory budget on any OS and the benchmark can report its time.
import { writeFileSync } from 'node:fs';

const file = process.env.SDKGEN_MEASURE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime }));
  });
}
