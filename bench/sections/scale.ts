/**
 * The TypeScript target emitting an API the size of GitHub's spec (1,000 operations, 600 models,
 * 25 tags; test/emit/typescript/scale-api.ts, which test/emit/typescript/scale.test.ts checks for
 * completeness). Accidental quadratic work shows here as seconds turning into minutes.
 */
import type * as typescriptTarget from '../../src/emit/typescript/index.js';
import { bigApi, OPERATIONS, SCHEMAS, TAGS } from '../../test/emit/typescript/scale-api.js';
import { fromDist } from '../dist.js';
import type { Section } from '../section.js';

const RUNS = 3;

export const section: Section = {
  title: 'TypeScript target at scale',
  async run() {
    const { target } = await fromDist<typeof typescriptTarget>('emit/typescript/index.js');
    const api = bigApi();
    const rows: string[][] = [];
    for (let run = 1; run <= RUNS; run++) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      const files = target.emit(api, { packageName: 'big' });
      const wallMs = performance.now() - start;
      const { user, system } = process.cpuUsage(cpu);
      const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.contents), 0);
      rows.push([String(run), wallMs.toFixed(0), ((user + system) / 1000).toFixed(0), String(files.length), (bytes / 1024 / 1024).toFixed(1)]);
    }
    return {
      columns: ['run', 'wall ms', 'CPU ms', 'files', 'MB written'],
      rows,
      note: `target.emit of ${OPERATIONS.toLocaleString('en')} operations, ${SCHEMAS} models and ${TAGS} tags, in process, from dist/; run 1 includes warm-up.`,
    };
  },
};
