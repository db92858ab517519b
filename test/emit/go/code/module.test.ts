/**
 * Every generated Go module compiles, vets and is gofmt-clean, and its exported surface is exactly
 * what its docs describe: the three product specs, our edge-case spec, the hostile fixtures, the
 * go-quirks specs, three of our cases (and test/fixtures/shapes/ when present). One workspace
 * (go.work) holds them all, so one `go build` and one `go vet` process check everything.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareSurfaces, type CodeSurface } from './compare.js';
import { readDocSurface } from './doc-surface.js';
import { go, ROOT, writeGoModule } from './go.js';

const PRODUCT = [
  { spec: 'specs/g4-sessions.yaml', packageName: 'g4api', generated: 'generated/g4-sessions/go' },
  { spec: 'specs/looker-3.0.yaml', packageName: 'looker', generated: 'generated/looker-3.0/go' },
  { spec: 'specs/looker-4.0.yaml', packageName: 'looker', generated: 'generated/looker-4.0/go' },
];

function yamlIn(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir)).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => `${dir}/${f}`);
}

const QUIRKS = '../shared/go-quirks';
const EDGE = [
  'test/fixtures/go/edge.yaml',
  ...yamlIn('test/fixtures/hostile'),
  ...yamlIn('test/fixtures/shapes'),
  ...readdirSync(join(ROOT, QUIRKS)).filter((d) => existsSync(join(ROOT, QUIRKS, d, 'spec.yaml'))).sort().map((d) => `${QUIRKS}/${d}/spec.yaml`),
  // Types 4.2.1 gives `$ref`s it cannot follow (`map[string]interface{}` for an object, no response),
  // the empty model page of an array with properties beside its items, and `Array` for one without items.
  'test/emit/go/cases/stray-refs/spec.yaml',
  'test/emit/go/cases/array-properties-beside/spec.yaml',
  'test/emit/go/cases/itemless-arrays/spec.yaml',
  // Opts structs 4.2.1 numbers by nickname per class, and declares twice across classes.
  'test/emit/go/cases/opts-nicknames/spec.yaml',
  'test/emit/go/safety-deviations/opts-collisions/spec.yaml',
];
const ALL = [...PRODUCT.map((p) => p.spec), ...EDGE];

let work = '';
const dirs: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sdkgen-go-modules-'));
  for (const [i, spec] of ALL.entries()) {
    const dir = join(work, `m${i}`);
    await writeGoModule(join(ROOT, spec), dir, PRODUCT[i]?.packageName ?? 'openapi', `sdkgen.test/m${i}`);
    dirs.push(dir);
  }
  writeFileSync(join(work, 'go.work'), `go 1.18\n\nuse (\n${dirs.map((_, i) => `\t./m${i}\n`).join('')})\n`);
}, 120_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('generated Go modules', () => {
  it(`are gofmt-clean (${ALL.length} specs, the committed ones and the test programs too)`, async () => {
    const committed = PRODUCT.map((p) => join(ROOT, p.generated));
    const ours = [join(ROOT, 'src/emit/go/code/runtime'), join(ROOT, 'test/emit/go/code/surface'), join(ROOT, 'test/emit/go/code/harness')];
    expect(await go(['gofmt', '-l', ...dirs, ...committed, ...ours], work)).toBe('');
  });

  it('build and vet, every package of every module in one go process each', async () => {
    const packages = dirs.map((_, i) => `sdkgen.test/m${i}`);
    await go(['build', ...packages], work);
    await go(['vet', ...packages], work);
  }, 600_000);

  it('export exactly what their docs describe, with the same names and types', async () => {
    const committed = PRODUCT.map((p) => join(ROOT, p.generated));
    const read = [...committed, ...dirs.slice(PRODUCT.length)];
    const surfaces = JSON.parse(await go(['run', 'main.go', ...read], join(ROOT, 'test/emit/go/code/surface'), { GOFLAGS: '' })) as Record<string, CodeSurface>;
    const problems = read.flatMap((dir, i) => {
      const code = surfaces[dir];
      if (!code) return [`${dir}: not read`];
      return compareSurfaces(readDocSurface(dir), code).map((p) => `${i < PRODUCT.length ? PRODUCT[i]?.generated : EDGE[i - PRODUCT.length]}: ${p}`);
    });
    expect(problems).toEqual([]);

    // The comparison can fail: the docs were read, and a changed surface is caught each way.
    const g4Dir = join(ROOT, 'generated/g4-sessions/go');
    const docs = readDocSurface(g4Dir);
    expect(docs.classes.get('SessionsApi')?.find((m) => m.name === 'SessionPost')).toEqual({
      name: 'SessionPost',
      returns: 'AuthenticatedSessionResponse',
      required: [{ name: 'xG4Tenant', type: 'string' }, { name: 'createSessionRequest', type: 'CreateSessionRequest' }],
      optional: [{ name: 'xG4Application', type: 'optional.String' }],
      optsName: 'SessionPostOpts',
    });
    expect(docs.models.get('GetSessionResponse')).toEqual([
      { name: 'Bearer', type: 'string' },
      { name: 'UserId', type: 'int32' },
      { name: 'Data', type: '*map[string]interface{}' },
    ]);
    const g4 = surfaces[g4Dir] as CodeSurface;
    const renamed: CodeSurface = { ...g4, funcs: g4.funcs.map((f) => (f.name === 'SessionIdGet' ? { ...f, name: 'SessionGet' } : f)) };
    expect(compareSurfaces(docs, renamed)).toEqual(['no method SessionsApiService.SessionIdGet', 'undocumented func SessionsApiService.SessionGet']);
    const retyped: CodeSurface = { ...g4, types: g4.types.map((t) => (t.name === 'GetSessionResponse' ? { ...t, fields: t.fields.map((f) => ({ ...f, type: 'int64' })) } : t)) };
    expect(compareSurfaces(docs, retyped)).toEqual(['GetSessionResponse {Bearer int64, UserId int64, Data int64}, docs: {Bearer string, UserId int32, Data *map[string]interface{}}']);
  }, 300_000);
});
