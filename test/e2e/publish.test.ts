/**
 * Each generated package as it would be published: a copy of generated/<spec>/typescript is built
 * with its own `npm run build` and packed with `npm pack`; the tarballs are then installed into a
 * fresh project, which imports every client by its package name, type-checks against the shipped
 * .d.ts and calls a server from node. All offline: the build uses the repo's TypeScript through a
 * symlink, and tarballs without dependencies install from disk.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startScriptedServer, type ScriptedServer } from './http.js';
import { generatedPackages, packageOf, ROOT, type GeneratedPackage } from './packages.js';
import { npmEnvironment, run } from './run.js';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

interface Packed {
  /** The built copy of the package. */
  readonly dir: string;
  readonly tarball: string;
  /** Paths in the tarball, sorted. */
  readonly files: readonly string[];
}

const packages = await generatedPackages();
const results = new Map<string, PromiseSettledResult<Packed>>();
let work: string;
let npmEnv: NodeJS.ProcessEnv;

/** Files under `dir`, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split('\\').join('/'))
    .sort();
}

async function buildAndPack(pkg: GeneratedPackage): Promise<Packed> {
  const dir = join(work, pkg.spec);
  cpSync(pkg.dir, dir, { recursive: true });
  // The package's devDependency, taken from the repo instead of the registry.
  mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules/typescript'), join(dir, 'node_modules/typescript'), 'dir');
  symlinkSync('../typescript/bin/tsc', join(dir, 'node_modules/.bin/tsc'));
  await run('npm', ['run', 'build'], { cwd: dir, env: npmEnv });
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: dir, env: npmEnv });
  const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  if (info === undefined) throw new Error(`npm pack printed no package:\n${stdout}`);
  return { dir, tarball: join(work, info.filename), files: info.files.map((f) => f.path).sort() };
}

function packedOf(spec: string): Packed {
  const result = results.get(spec);
  if (result === undefined) throw new Error(`${spec} was not built`);
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sdkgen-e2e-publish-'));
  npmEnv = npmEnvironment(join(work, '.npm-cache'));
  // Each package's outcome is kept, so one broken package fails its own tests only.
  const settled = await Promise.allSettled(packages.map(buildAndPack));
  packages.forEach((pkg, i) => results.set(pkg.spec, settled[i] as PromiseSettledResult<Packed>));
}, 120_000);

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

/** CommonJS as tsc writes it; none of it may appear in an ESM build. */
const COMMONJS = /^\s*(?:"use strict"|Object\.defineProperty\(exports|exports\.|module\.exports)|\brequire\(/m;

describe.each(packages.map((p) => [p.spec, p] as const))('%s', (spec, pkg) => {
  it('npm run build writes ESM JavaScript and a .d.ts for every source file, and nothing else', () => {
    const { dir } = packedOf(spec);
    const sources = filesUnder(join(dir, 'src')).filter((f) => f.endsWith('.ts'));
    expect(sources).toContain('index.ts');
    const expected = sources.flatMap((f) => [f.replace(/\.ts$/, '.js'), f.replace(/\.ts$/, '.d.ts')]).sort();
    expect(filesUnder(join(dir, 'dist'))).toEqual(expected);
    for (const file of expected.filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(join(dir, 'dist', file), 'utf8'), file).not.toMatch(COMMONJS);
    }
    expect(readFileSync(join(dir, 'dist/index.js'), 'utf8')).toMatch(/^export \* from '\.\/runtime\/index\.js';$/m);
    expect(readFileSync(join(dir, 'dist/index.d.ts'), 'utf8')).toMatch(/^export \* from '\.\/runtime\/index\.js';$/m);
  });

  it('package.json names the package and points ESM consumers at the build', () => {
    const manifest: unknown = JSON.parse(readFileSync(join(packedOf(spec).dir, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({
      name: pkg.packageName,
      type: 'module',
      main: './dist/index.js',
      types: './dist/index.d.ts',
      exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
    });
  });

  it('npm pack holds the build, README.md and package.json only', () => {
    const { dir, files } = packedOf(spec);
    const build = filesUnder(join(dir, 'dist')).map((f) => `dist/${f}`);
    expect(build.length).toBeGreaterThan(0);
    expect(files).toEqual([...build, 'README.md', 'package.json'].sort());
  });
});

describe('a fresh project that installs the tarballs', () => {
  let server: ScriptedServer;
  beforeAll(async () => {
    server = await startScriptedServer();
  });
  afterAll(() => server?.close());

  it('imports each client by its package name, type-checks against the .d.ts and calls a server from node', async () => {
    const names = {
      g4: packageOf(packages, 'g4-sessions').packageName,
      v3: packageOf(packages, 'looker-3.0').packageName,
      v4: packageOf(packages, 'looker-4.0').packageName,
    };
    const tarballs = packages.map((p) => packedOf(p.spec).tarball);
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'e2e-consumer', private: true, type: 'module' }));
    await run('npm', ['install', '--no-audit', '--no-fund', ...tarballs.map((t) => relative(app, t))], { cwd: app, env: npmEnv });
    // What is installed is exactly what was packed (the test above pins what that is).
    for (const [spec, name] of [['g4-sessions', names.g4], ['looker-3.0', names.v3], ['looker-4.0', names.v4]] as const) {
      expect(filesUnder(join(app, 'node_modules', name))).toEqual(packedOf(spec).files);
    }

    server.handle((req, res) => {
      if (req.method === 'GET' && req.url === '/g4/session/s-1') json(res, 200, { bearer: 'b', userId: 7, data: null });
      else if (req.method === 'GET' && req.url === '/v3/session') json(res, 200, { workspace_id: 'production', can: { update: true } });
      else if (req.method === 'PATCH' && req.url === '/v4/session') json(res, 200, { workspace_id: 'dev', sudo_user_id: 3 });
      else json(res, 404, { unexpected: `${req.method} ${req.url}` });
    });
    writeFileSync(join(app, 'main.ts'), consumerSource(names, server.url));
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(CONSUMER_TSCONFIG));
    // Type errors fail here, including an unused @ts-expect-error: the types must be real, not any.
    await run(process.execPath, [TSC, '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: app });
    expect(existsSync(join(app, 'main.js'))).toBe(true);

    const { stdout } = await run(process.execPath, ['main.js'], { cwd: app, timeoutMs: 20_000 });
    expect(JSON.parse(stdout)).toEqual({
      g4: { bearer: 'b', userId: 7, data: null },
      v3: { workspace_id: 'production', can: { update: true } },
      v4: { workspace_id: 'dev', sudo_user_id: 3 },
    });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /g4/session/s-1', 'GET /v3/session', 'PATCH /v4/session']);
    expect(server.requests[0]?.headers).toMatchObject({ authorization: 'Bearer consumer-token', 'x-g4-tenant': 'consumer' });
    expect(server.requests[2]?.body).toBe('{"workspace_id":"dev"}');
  });
});

/**
 * A strict consumer: the shipped declarations are checked too (no skipLibCheck); TypeScript's own
 * lib files are not, which would only cost seconds.
 */
const CONSUMER_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022', 'DOM'],
    types: [],
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: false,
    skipDefaultLibCheck: true,
  },
  files: ['main.ts'],
};

function consumerSource(names: { g4: string; v3: string; v4: string }, baseUrl: string): string {
  return `import { Configuration as G4Configuration, SessionsApi, type GetSessionResponse } from ${JSON.stringify(names.g4)};
import { Configuration as V3Configuration, SessionApi as V3SessionApi, type ApiSession as V3ApiSession } from ${JSON.stringify(names.v3)};
import { Configuration as V4Configuration, SessionApi as V4SessionApi, type ApiSession as V4ApiSession } from ${JSON.stringify(names.v4)};

const base = ${JSON.stringify(baseUrl)};
const g4: GetSessionResponse = await new SessionsApi(new G4Configuration({ basePath: \`\${base}/g4\`, accessToken: 'consumer-token' }))
  .sessionIdGet({ xG4Tenant: 'consumer', id: 's-1' });
const v3: V3ApiSession = await new V3SessionApi(new V3Configuration({ basePath: \`\${base}/v3\` })).session();
const v4: V4ApiSession = await new V4SessionApi(new V4Configuration({ basePath: \`\${base}/v4\` })).updateSession({ body: { workspace_id: 'dev' } });
// @ts-expect-error userId is a number in the shipped types
const wrong: string = g4.userId;
void wrong;
console.log(JSON.stringify({ g4, v3, v4 }));
`;
}
