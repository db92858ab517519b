/**
 * The bin runs sdkgen's work from its bundle, dist/sdkgen.cjs (src/cli/bundled.ts), in the main
 * thread and in each kind of worker thread, with the output of the same modules run one by one
 * (SDKGEN_BUNDLE=off). Each path runs cold and then warm from a code cache of its own: the bundle's
 * second run is compiled from V8's cached data, where an import() left in it would fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotTree } from '../output/tree.js';
import { runChildSync } from '../support/child.js';
import { repoSpec, tempProject } from './project.js';
import { assertBuilt, BIN, ROOT } from './run.js';

beforeAll(assertBuilt);

/** Preloaded into the bin: says at exit whether the main thread loaded the bundle. */
const WITNESS = `process.on('exit', () => process.stderr.write('bundle loaded: ' + Object.keys(require.cache).includes(${JSON.stringify(join(ROOT, 'dist', 'sdkgen.cjs'))}) + '\\n'));\n`;

/** The pets spec over three files (swagger-parser bundles it: the loader's other path). */
function splitPets(): Record<string, string> {
  const root = readFileSync(`${ROOT}test/fixtures/diff/pets-base.yaml`, 'utf8').replace(/\$ref: '#\/components\/schemas\/Pet'/g, "$ref: 'schemas/pet.yaml'");
  return {
    'specs/pets/api.yaml': root,
    'specs/pets/schemas/pet.yaml': "type: object\nrequired: [id]\nproperties:\n  id: { type: integer }\n  owner: { $ref: 'owner.yaml' }\n",
    'specs/pets/schemas/owner.yaml': 'type: object\nproperties:\n  name: { type: string }\n',
  };
}

const CONFIG = [
  'output: gen',
  'specs:',
  '  pets:',
  '    spec: specs/pets/api.yaml',
  '    targets:',
  '      go: { packageName: pets, packageVersion: "1.0.0" }',
  '      typescript: { packageName: pets, packageVersion: "1.0.0" }',
  '  looker:',
  `    spec: ${JSON.stringify(repoSpec('looker-4.0'))}`,
  '    targets:',
  '      python: { packageName: looker, packageVersion: "1.0.0" }',
  '',
].join('\n');

/** The first spec alone: its two targets in two lanes (worker threads). */
const LANES = CONFIG.split('\n').slice(0, 7).join('\n').replace('output: gen', 'output: lanes') + '\n';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function sdkgen(args: string[], cwd: string, env: Record<string, string>): Run {
  const run = runChildSync(process.execPath, ['--require', './witness.cjs', BIN, ...args], { cwd, env: { ...process.env, ...env } });
  return { code: run.code, stdout: run.stdout, stderr: run.stderr };
}

/** Each way of running: the modules one by one, and the bundle cold, then warm, from one cache. */
const WAYS = [
  { name: 'unbundled', env: { SDKGEN_BUNDLE: 'off', SDKGEN_CODE_CACHE: 'off' } },
  { name: 'bundle, cold', env: { SDKGEN_CODE_CACHE: 'cache' } },
  { name: 'bundle, warm', env: { SDKGEN_CODE_CACHE: 'cache' } },
] as const;

describe('the bin run from its bundle', () => {
  it('loads dist/sdkgen.cjs, or with SDKGEN_BUNDLE=off the modules one by one', async () => {
    const dir = await tempProject({ 'witness.cjs': WITNESS });
    expect(sdkgen(['--version'], dir, {}).stderr).toBe('bundle loaded: true\n');
    expect(sdkgen(['--version'], dir, { SDKGEN_BUNDLE: 'off' }).stderr).toBe('bundle loaded: false\n');
  });

  it('sets up string-width (an Intl.Segmenter per copy) only when help is rendered', async () => {
    // Counts Intl.Segmenter constructions: string-width's set-up makes one, nothing else in sdkgen does.
    const counter = "let made = 0; const Real = Intl.Segmenter; Intl.Segmenter = class extends Real { constructor(...a) { super(...a); made++; } }; process.on('exit', () => process.stderr.write('segmenters: ' + made + '\\n'));\n";
    const dir = await tempProject({ 'witness.cjs': counter, 'spec.yaml': readFileSync(`${ROOT}test/fixtures/diff/pets-base.yaml`, 'utf8') });
    const generate = sdkgen(['generate', 'spec.yaml', '--target', 'typescript', '--out', 'out', '--package-name', 'pets', '--quiet'], dir, {});
    expect(generate.code).toBe(0);
    expect(generate.stderr).toBe('segmenters: 0\n');
    const help = sdkgen(['generate', '--help'], dir, {});
    expect(help.stdout).toContain('--target');
    expect(help.stderr).not.toBe('segmenters: 0\n');
    expect(help.stderr).toMatch(/^segmenters: [1-9]\d*\n$/);
  });

  it('generates the same bytes as the modules one by one, cold and warm, in the main thread and in worker threads', async () => {
    const dir = await tempProject({ 'witness.cjs': WITNESS, 'sdkgen.config.yaml': CONFIG, 'lanes.yaml': LANES, ...splitPets() });
    const trees = [];
    for (const way of WAYS) {
      // Two specs over two jobs: a worker thread per spec, each with its targets one after another.
      const many = sdkgen(['generate', '--jobs', '2', '--quiet'], dir, way.env);
      expect(many.stderr, way.name).toBe(`bundle loaded: ${way.name !== 'unbundled'}\n`);
      expect(many.code, way.name).toBe(0);
      // One spec of several files, its two targets in two lanes (worker threads).
      const lanes = sdkgen(['generate', '--config', 'lanes.yaml', '--jobs', '2', '--quiet'], dir, way.env);
      expect(lanes.code, way.name).toBe(0);
      trees.push({ many: await snapshotTree(join(dir, 'gen')), lanes: await snapshotTree(join(dir, 'lanes')) });
    }
    expect(Object.keys(trees[0]!.many).some((path) => path.startsWith('looker/python/'))).toBe(true);
    expect(Object.keys(trees[0]!.lanes).some((path) => path.startsWith('pets/go/'))).toBe(true);
    expect(trees[1]).toEqual(trees[0]);
    expect(trees[2]).toEqual(trees[0]);
  });

  it('compares two specs in two worker threads, cold and warm, as the modules one by one do', async () => {
    const revision = readFileSync(`${ROOT}test/fixtures/diff/pets-base.yaml`, 'utf8').replace(/maxLength: \d+/, 'maxLength: 5');
    const dir = await tempProject({ 'witness.cjs': WITNESS, 'base.yaml': readFileSync(`${ROOT}test/fixtures/diff/pets-base.yaml`, 'utf8'), 'revision.yaml': revision });
    const runs = WAYS.map((way) => sdkgen(['diff', 'base.yaml', 'revision.yaml', '--format', 'json', '--no-docs'], dir, way.env));
    expect(runs[0]!.stdout).toContain('"breaking"');
    expect(runs.map((r) => r.stdout)).toEqual([runs[0]!.stdout, runs[0]!.stdout, runs[0]!.stdout]);
    expect(runs.map((r) => r.code)).toEqual([runs[0]!.code, runs[0]!.code, runs[0]!.code]);
  });
});
