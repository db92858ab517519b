/**
 * Each generated package as it would be published: `sdkgen generate` writes every configured pair
 * into a fresh folder, and `npm pack` runs in each TypeScript package straight away, with no
 * manual build: the package's `prepack` builds it. Offline: the build's `tsc` is the repository's
 * (its node_modules/.bin is on PATH, as after `npm ci` of sdkgen), and tarballs without
 * dependencies install from disk. The tarballs are then installed into fresh projects: an ESM
 * one that type-checks against the shipped .d.ts and calls a server, a CommonJS one, and a
 * Node-only one (no DOM lib, skipLibCheck off). Built in place, the packages still pass
 * `sdkgen check`, and the next `generate` leaves the build and node_modules where they are.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../cli/run.js';
import { json, startScriptedServer, type ScriptedServer } from './http.js';
import { generatedPackages, packageOf, ROOT, type GeneratedPackage } from './packages.js';
import { npmEnvironment, run } from './run.js';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

interface Packed {
  /** The package folder, as generated and then packed in place. */
  readonly dir: string;
  readonly tarball: string;
  /** Paths in the tarball, sorted. */
  readonly files: readonly string[];
}

const packages = await generatedPackages();
const results = new Map<string, PromiseSettledResult<Packed>>();
let work: string;
/** A copy of the repository's config whose output is a fresh folder. */
let project: string;
let npmEnv: NodeJS.ProcessEnv;

/** Files under `dir`, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split('\\').join('/'))
    .sort();
}

function sdkgen(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [BIN, ...args], { cwd: project });
}

async function pack(pkg: GeneratedPackage): Promise<Packed> {
  const dir = join(project, 'out', pkg.spec, 'typescript');
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: dir, env: npmEnv, timeoutMs: 120_000 });
  // npm prints the prepack's own output before the JSON.
  const [info] = JSON.parse(stdout.slice(stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
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
  project = join(work, 'project');
  mkdirSync(project);
  const config = readFileSync(join(ROOT, 'sdkgen.config.yaml'), 'utf8')
    .replace(/^output: .*$/m, 'output: out')
    .replace(/^(\s+spec: )(\S+)$/gm, (_line, key: string, spec: string) => `${key}${JSON.stringify(join(ROOT, spec))}`);
  writeFileSync(join(project, 'sdkgen.config.yaml'), config);
  await sdkgen(['generate']);
  const env = npmEnvironment(join(work, '.npm-cache'));
  npmEnv = { ...env, PATH: `${join(ROOT, 'node_modules/.bin')}${delimiter}${env.PATH ?? ''}` };
  // Each package's outcome is kept, so one broken package fails its own tests only.
  const settled = await Promise.allSettled(packages.map(pack));
  packages.forEach((pkg, i) => results.set(pkg.spec, settled[i] as PromiseSettledResult<Packed>));
}, 300_000);

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

/** CommonJS as tsc writes it; none of it may appear in an ESM build. */
const COMMONJS = /^\s*(?:"use strict"|Object\.defineProperty\(exports|exports\.|module\.exports)|\brequire\(/m;

describe.each(packages.map((p) => [p.spec, p] as const))('%s', (spec, pkg) => {
  it('npm pack, straight after generate, builds ESM JavaScript and a .d.ts for every source file, and nothing else', () => {
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

  it('package.json names the package, points ESM consumers at the build and says how to publish it', () => {
    const manifest: unknown = JSON.parse(readFileSync(join(packedOf(spec).dir, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({
      name: pkg.packageName,
      license: 'UNLICENSED',
      type: 'module',
      main: './dist/index.js',
      types: './dist/index.d.ts',
      exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
      files: ['dist', 'docs', 'README.md'],
      sideEffects: false,
      engines: { node: '>=20.19' },
      scripts: { prepack: 'npm run build' },
    });
    expect(manifest).not.toHaveProperty('publishConfig');
  });

  it('npm pack holds the build, README.md, the docs it links to and package.json only', () => {
    const { dir, files } = packedOf(spec);
    const build = filesUnder(join(dir, 'dist')).map((f) => `dist/${f}`);
    const docs = filesUnder(join(dir, 'docs')).map((f) => `docs/${f}`);
    expect(build.length).toBeGreaterThan(0);
    expect(docs.length).toBeGreaterThan(0);
    expect(files).toEqual([...build, ...docs, 'README.md', 'package.json'].sort());
    // Every relative link of the README names a file that ships.
    const links = [...readFileSync(join(dir, 'README.md'), 'utf8').matchAll(/\]\((?!https?:|#)([^)#\s]+)/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(files, link).toContain(link);
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
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', ...tarballs.map((t) => relative(app, t))], { cwd: app, env: npmEnv });
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

/** A fresh project with `package.json` fields `extra` and every tarball installed from disk. */
async function consumer(name: string, extra: Record<string, unknown>): Promise<string> {
  const app = join(work, name);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name, private: true, ...extra }));
  const tarballs = packages.map((p) => relative(app, packedOf(p.spec).tarball));
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', ...tarballs], { cwd: app, env: npmEnv });
  return app;
}

describe('other consumers of the tarballs', () => {
  it('a CommonJS project loads every client with require() (Node >= 20.19 requires ESM)', async () => {
    const app = await consumer('cjs-consumer', { type: 'commonjs' });
    const names = packages.map((p) => p.packageName);
    writeFileSync(
      join(app, 'main.cjs'),
      `console.log(JSON.stringify(${JSON.stringify(names)}.map((n) => typeof require(n).Configuration)));\n`,
    );
    const { stdout } = await run(process.execPath, ['main.cjs'], { cwd: app });
    expect(JSON.parse(stdout)).toEqual(names.map(() => 'function'));
  });

  it('a Node-only TypeScript project (no DOM lib, skipLibCheck off) type-checks against the shipped .d.ts', async () => {
    const app = await consumer('node-consumer', { type: 'module' });
    const imports = packages.map((p, i) => `import * as client${i} from ${JSON.stringify(p.packageName)};`).join('\n');
    const uses = packages.map((_, i) => `new client${i}.Configuration({ basePath: 'http://127.0.0.1:1' });`).join('\n');
    writeFileSync(join(app, 'main.ts'), `${imports}\n${uses}\n`);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022'],
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules/@types')],
          strict: true,
          skipLibCheck: false,
          skipDefaultLibCheck: true,
          noEmit: true,
        },
        files: ['main.ts'],
      }),
    );
    await run(process.execPath, [TSC, '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: app });
  });
});

describe('packages built in place', () => {
  it('still pass `sdkgen check`, and the next `generate` leaves their build and node_modules alone', async () => {
    const built = packages.map((p) => packedOf(p.spec).dir);
    for (const dir of built) {
      expect(existsSync(join(dir, 'dist', 'index.js'))).toBe(true);
      mkdirSync(join(dir, 'node_modules', 'left-pad'), { recursive: true });
      writeFileSync(join(dir, 'node_modules', 'left-pad', 'index.js'), 'module.exports = 1;\n');
      writeFileSync(join(dir, 'package-lock.json'), '{}\n');
    }
    const before = built.map((dir) => filesUnder(dir));
    expect((await sdkgen(['check'])).stdout).toMatch(/^out is up to date \(\d+ files\)\n$/);
    const again = await sdkgen(['generate']);
    expect(again.stdout).toMatch(/: 0 written, 0 removed\n$/);
    expect(built.map((dir) => filesUnder(dir))).toEqual(before);
  });
});
