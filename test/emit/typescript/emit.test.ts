import { readFileSync } from 'node:fs';
import { Project } from 'ts-morph';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTarget } from '../../../src/emit/registry.js';
import { target } from '../../../src/emit/typescript/index.js';
import { RUNTIME_EXPORTS } from '../../../src/emit/typescript/naming.js';
import { RUNTIME_DIR } from '../../../src/emit/typescript/runtime-files.js';
import type { EmittedFile } from '../../../src/emit/target.js';
import { emitSpec, fileOf, loadSpec, SPECS } from './support.js';

const emitted = new Map<string, EmittedFile[]>();
beforeAll(async () => {
  for (const spec of SPECS) emitted.set(spec.name, await emitSpec(spec.path, spec.name));
});
const filesOf = (name: string): EmittedFile[] => emitted.get(name) ?? [];

/** Every `any` keyword in type position, as `file:line`. */
function anyTypes(file: EmittedFile): string[] {
  const source = ts.createSourceFile(file.path, file.contents, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) found.push(`${file.path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('package layout', () => {
  it('writes the package files, one API file per class, the docs, sorted by path', () => {
    expect(filesOf('g4-sessions').map((f) => f.path)).toEqual([
      '.gitignore',
      '.npmignore',
      'README.md',
      'docs/AuthenticatedSessionResponse.md',
      'docs/CreateSessionRequest.md',
      'docs/GetSessionResponse.md',
      'docs/ProblemDetails.md',
      'docs/SessionsApi.md',
      'package.json',
      'src/apis/SessionsApi.ts',
      'src/base-path.ts',
      'src/index.ts',
      'src/models.ts',
      ...readdirRuntime().map((name) => `src/runtime/${name}`),
      'tsconfig.json',
    ]);
  });

  it('writes package.json from the options, defaulting the version to the spec', async () => {
    const api = await loadSpec('specs/g4-sessions.yaml');
    expect(JSON.parse(fileOf(target.emit(api, { packageName: 'g4api' }), 'package.json'))).toEqual({
      name: 'g4api',
      version: 'v1',
      description: 'Client for G4 API',
      license: 'UNLICENSED',
      type: 'module',
      main: './dist/index.js',
      types: './dist/index.d.ts',
      exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
      files: ['dist', 'docs', 'README.md'],
      sideEffects: false,
      engines: { node: '>=20.19' },
      scripts: { build: 'tsc -p tsconfig.json', prepack: 'npm run build' },
      devDependencies: { typescript: '5.9.3' },
    });
    const versioned = JSON.parse(fileOf(target.emit(api, { packageName: 'g4api', packageVersion: '2.1.0' }), 'package.json')) as { version: string };
    expect(versioned.version).toBe('2.1.0');
  });

  it('publishes a scoped name publicly, and takes license, repository and home page from the options', async () => {
    const api = await loadSpec('specs/g4-sessions.yaml');
    const options = { packageName: '@acme/g4', license: 'MIT', repository: 'git+https://example.com/acme/g4.git', homepage: 'https://example.com/g4' };
    expect(JSON.parse(fileOf(target.emit(api, options), 'package.json'))).toMatchObject({
      name: '@acme/g4',
      license: 'MIT',
      repository: { type: 'git', url: 'git+https://example.com/acme/g4.git' },
      homepage: 'https://example.com/g4',
      publishConfig: { access: 'public' },
    });
  });

  it("takes the license from the spec's info.license, preferring its SPDX identifier", async () => {
    const base = await loadSpec('specs/g4-sessions.yaml');
    const license = (api: typeof base) => (JSON.parse(fileOf(target.emit(api, { packageName: 'g4api' }), 'package.json')) as { license: string }).license;
    expect(license({ ...base, license: 'Apache-2.0' })).toBe('Apache-2.0');
    expect(license({ ...base, license: 'Apache-2.0' }) === license(base)).toBe(false);
  });

  it('ignores a build in place in git, and does not let npm fall back to .gitignore', () => {
    const files = filesOf('g4-sessions');
    expect(fileOf(files, '.gitignore')).toBe('node_modules/\ndist/\n*.tgz\n');
    expect(fileOf(files, '.npmignore')).not.toMatch(/dist/);
  });

  it('compiles strictly, to ESM with declarations in dist/', () => {
    const { compilerOptions, include } = JSON.parse(fileOf(filesOf('g4-sessions'), 'tsconfig.json')) as {
      compilerOptions: Record<string, unknown>;
      include: string[];
    };
    expect(compilerOptions).toMatchObject({
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      declaration: true,
      module: 'NodeNext',
      outDir: 'dist',
      rootDir: 'src',
    });
    expect(include).toEqual(['src']);
  });

  it('copies the runtime sources byte for byte', () => {
    for (const name of readdirRuntime()) {
      expect(fileOf(filesOf('requests'), `src/runtime/${name}`)).toBe(readFileSync(`${RUNTIME_DIR}${name}`, 'utf8'));
    }
  });

  it('re-exports runtime, base path, models and every API class from index.ts', () => {
    expect(fileOf(filesOf('naming'), 'src/index.ts')).toBe(
      [
        '// Generated by sdkgen. Do not edit.',
        '',
        "export * from './runtime/index.js';",
        "export * from './base-path.js';",
        "export * from './models.js';",
        "export * from './apis/_1stApi.js';",
        "export * from './apis/ContextualApi.js';",
        "export * from './apis/DefaultApi.js';",
        // The class of tag Session keeps its name; the schema SessionApi yields (SessionApi2), as in every target.
        "export * from './apis/SessionApi.js';",
        "export * from './apis/ThingsApi.js';",
        '',
      ].join('\n'),
    );
  });

  it('takes the base URL from the spec', () => {
    expect(fileOf(filesOf('looker-4.0'), 'src/base-path.ts')).toContain("export const BASE_PATH = 'https://picomes.cloud.looker.com:443/api/4.0';");
    expect(fileOf(filesOf('looker-3.0'), 'src/base-path.ts')).toContain("export const BASE_PATH = 'https://demo.looker.com:19999/api/3.0';");
    expect(fileOf(filesOf('g4-sessions'), 'src/base-path.ts')).toContain("export const BASE_PATH = 'http://localhost';");
  });

  it('is deterministic: the same spec gives the same bytes', async () => {
    for (const spec of SPECS) expect(await emitSpec(spec.path, spec.name)).toEqual(filesOf(spec.name));
  });

  it('puts no `any` type anywhere in the package, runtime included', () => {
    const all = [...emitted.values()].flat().filter((f) => f.path.endsWith('.ts'));
    expect(all.length).toBeGreaterThan(20);
    expect(all.flatMap(anyTypes)).toEqual([]);
  });

  it('detects an `any` when there is one (the check above can fail)', () => {
    expect(anyTypes({ path: 'x.ts', contents: 'export const a: Record<string, any> = {};\nlet b = 1 as any;' })).toEqual(['x.ts:1', 'x.ts:2']);
  });
});

describe('names', () => {
  it.each([
    ['g4-sessions', 'SessionsApi', ['sessionIdDelete', 'sessionIdGet', 'sessionIdPut', 'sessionPost', 'staticSessionIdGet']],
    ['looker-3.0', 'SessionApi', ['session', 'updateSession']],
    ['looker-4.0', 'SessionApi', ['session', 'updateSession']],
  ])('%s: %s has methods %j', (spec, className, methods) => {
    const text = fileOf(filesOf(spec), `src/apis/${className}.ts`);
    expect(text).toContain(`export class ${className} extends BaseApi {`);
    // Each operation's method is followed by its Raw variant.
    expect([...text.matchAll(/^ {2}async (\w+)\(/gm)].map((m) => m[1])).toEqual(methods.flatMap((m) => [m, `${m}Raw`]));
  });

  it('uses camelCase request fields and names the body after its model or the spec', () => {
    const g4 = fileOf(filesOf('g4-sessions'), 'src/apis/SessionsApi.ts');
    expect(g4).toContain('async sessionPost(request: SessionPostRequest, options?: RequestOptions): Promise<AuthenticatedSessionResponse> {');
    expect(g4).toMatch(/export interface SessionPostRequest \{\n {2}xG4Tenant: string;\n {2}xG4Application\?: string \| undefined;\n {2}createSessionRequest: CreateSessionRequest;\n\}/);
    expect(g4).toContain('async sessionIdDelete(request: SessionIdDeleteRequest, options?: RequestOptions): Promise<void> {');
    const looker = fileOf(filesOf('looker-4.0'), 'src/apis/SessionApi.ts');
    expect(looker).toContain('async session(options?: RequestOptions): Promise<ApiSession> {');
    expect(looker).toMatch(/export interface UpdateSessionRequest \{\n {2}\/\*\* Session \*\/\n {2}body: ApiSession;\n\}/);
  });

  it('renames models that would clash with globals or the runtime, and request types that clash with models', () => {
    const models = fileOf(filesOf('naming'), 'src/models.ts');
    for (const name of ['ModelError', 'ModelResponse', 'ModelConfiguration', 'ModelPromise', 'ModelBaseApi', 'ModelRecord', 'ApiSession', 'ApiSession2', 'Model200Response', 'Class', 'SessionApi2']) {
      expect(models).toMatch(new RegExp(`^export (interface|type) ${name}\\b`, 'm'));
    }
    const things = fileOf(filesOf('naming'), 'src/apis/ThingsApi.ts');
    expect(things).toContain('export interface CreateSessionOperationRequest {');
    expect(things).toContain('async delete(request: DeleteRequest, options?: RequestOptions): Promise<ModelError> {');
    expect(things).toContain('async _constructor(options?: RequestOptions): Promise<void> {');
    expect(things).toContain('async _send(options?: RequestOptions): Promise<void> {');
    const contextual = fileOf(filesOf('naming'), 'src/apis/ContextualApi.ts');
    expect([...contextual.matchAll(/^ {2}async (\w+)\(/gm)].map((m) => m[1])).toEqual(
      ['async', 'await', 'get', 'set', 'static'].flatMap((m) => [m, `${m}Raw`]),
    );
  });

  it('is found by the target registry under its folder name', async () => {
    expect(await loadTarget('typescript')).toBe(target);
  });

  it('keeps the runtime export list of naming.ts in step with runtime/index.ts', () => {
    const project = new Project({ skipAddingFilesFromTsConfig: true });
    const index = project.addSourceFileAtPath(`${RUNTIME_DIR}index.ts`);
    project.resolveSourceFileDependencies();
    const exported = [...index.getExportedDeclarations().keys()];
    expect([...exported, 'BASE_PATH', 'SERVERS'].sort()).toEqual([...RUNTIME_EXPORTS].sort());
  });
});

describe('hostile spec strings', () => {
  /** Top-level declarations of every non-runtime file, as `kind name`. */
  function declarations(files: readonly EmittedFile[]): string[] {
    return files
      .filter((f) => f.path.endsWith('.ts') && !f.path.startsWith('src/runtime/'))
      .flatMap((f) =>
        ts.createSourceFile(f.path, f.contents, ts.ScriptTarget.ES2022, true).statements.map((statement) => {
          const name = ts.isVariableStatement(statement)
            ? statement.declarationList.declarations.map((d) => d.name.getText()).join(',')
            : 'name' in statement && statement.name !== undefined
              ? (statement.name as ts.Node).getText()
              : '';
          return `${f.path}: ${ts.SyntaxKind[statement.kind]} ${name}`.trimEnd();
        }),
      );
  }

  it('stay inside literals and comments: the package declares exactly what the spec describes', () => {
    expect(declarations(filesOf('hostile'))).toEqual([
      'src/apis/EvilTagApi.ts: ImportDeclaration',
      'src/apis/EvilTagApi.ts: ImportDeclaration',
      'src/apis/EvilTagApi.ts: ImportDeclaration',
      'src/apis/EvilTagApi.ts: InterfaceDeclaration XProcessExit_1Request',
      'src/apis/EvilTagApi.ts: TypeAliasDeclaration XProcessExit_1Error',
      'src/apis/EvilTagApi.ts: FunctionDeclaration isXProcessExit_1Error',
      'src/apis/EvilTagApi.ts: ClassDeclaration EvilTagApi',
      'src/base-path.ts: ImportDeclaration',
      'src/base-path.ts: FirstStatement BASE_PATH',
      'src/base-path.ts: FirstStatement SERVERS',
      'src/index.ts: ExportDeclaration',
      'src/index.ts: ExportDeclaration',
      'src/index.ts: ExportDeclaration',
      'src/index.ts: ExportDeclaration',
      'src/models.ts: InterfaceDeclaration EvilName',
    ]);
  });

  it('reach the runtime unchanged', () => {
    const api = fileOf(filesOf('hostile'), 'src/apis/EvilTagApi.ts');
    expect(api).toContain("path: '/p/{it\\'s}/\"q\"/`${r}`',");
    expect(api).toContain("security: [[{ type: 'apiKey', scheme: 'key\\'*/', in: 'header', name: 'X-Key\\'`' }]],");
    expect(fileOf(filesOf('hostile'), 'src/base-path.ts')).toContain("export const BASE_PATH = 'https://example.com/a\\'b\"c`${x}';");
  });
});

describe('types in models.ts', () => {
  it('prints the schema features as the fixture pins them', () => {
    const models = fileOf(filesOf('types'), 'src/models.ts');
    for (const line of [
      '  readonly id: string;',
      "  'x-y': string;",
      "  '123'?: number;",
      '  default?: number | null;',
      "  status: 'active' | 'it\\'s' | 'back\\\\slash';",
      '  level?: 1 | 2 | -3;',
      "  maybe?: 'a' | 'b' | null;",
      '  tags?: (string | null)[];',
      '  counts?: Record<string, number>;',
      '  anything?: unknown;',
      '  freeForm?: Record<string, unknown>;',
      '  file?: Blob;',
      "  inline?: { a: string; readonly 'b c'?: boolean };",
      '  nested?: (string | number)[];',
      '  [key: string]: boolean | string | number | null;',
      "export type Pet = ({ petType: 'cat' | 'kitty' } & Cat) | ({ petType: 'dog' } & Dog);",
      'export type PetOrNothing = Pet | string | null;',
      'export type Named = Open & { extra?: string };',
      '  children: Tree[];',
      '  parent?: Tree;',
      'export type Json = string | number | boolean | Json[] | JsonObject | null;',
      'export type JsonObject = { [key: string]: Json };',
      'export type Dictionary = { [key: string]: Dictionary };',
      'export type Strings = Record<string, string>;',
      "export type Status = 'on' | 'off';",
      'export type Ids = number[];',
    ]) {
      expect(models.split('\n')).toContain(line);
    }
  });

  it('escapes descriptions so they cannot end the comment or forge tags, and marks deprecation', () => {
    const models = fileOf(filesOf('types'), 'src/models.ts');
    expect(models).toContain(
      ['/**', ' * Ends the comment early *\\/ and forges a tag', ' * \\@deprecated not really', ' * third line', ' * fourth', ' */', 'export interface Everything {'].join('\n'),
    );
    expect(models).toContain('  /** @deprecated */\n  old?: string;');
  });
});

function readdirRuntime(): string[] {
  return [
    'auth.ts', 'base-api.ts', 'body.ts', 'call.ts', 'configuration.ts', 'errors.ts', 'event-stream.ts', 'exchange.ts', 'index.ts',
    'middleware.ts', 'read-body.ts', 'redact.ts', 'redirect.ts', 'retry.ts', 'serialize.ts', 'servers.ts', 'stream.ts',
  ];
}
