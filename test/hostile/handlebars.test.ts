/**
 * Case 2, the template engine: handlebars only ever compiles our own files under templates/, and
 * renders with prototype access off, whatever the spec holds. Checked twice: statically (the only
 * compile call in src is the one in src/emit/docs/templates.ts) and by watching every compile and
 * render while every target emits the hostile markdown spec. (A built run renders the templates the
 * build compiled from the same files, through the same render call: test/emit/docs/templates.)
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTarget } from '../../src/emit/registry.js';
import { loadApi } from '../../src/load/index.js';
import { markdownSpec, MARKDOWN_PAYLOADS } from './markdown-spec.js';
import { removeRoots, ROOT, TARGETS, tempRoot } from './support.js';

interface Seen {
  readonly compiled: string[];
  readonly renderOptions: unknown[];
}

const seen: Seen = { compiled: [], renderOptions: [] };

/**
 * templates.ts loads handlebars with require (its compiler only when a template must be compiled,
 * as here, from src/, with no build's templates), so the package is watched where require keeps
 * it: every environment it creates from now on records what it compiles and how it renders.
 */
const handlebars = createRequire(import.meta.url)('handlebars') as typeof import('handlebars');
const createEnvironment = handlebars.create.bind(handlebars);
handlebars.create = () => {
  const env = createEnvironment();
  const compile = env.compile.bind(env);
  env.compile = ((source: string, options?: CompileOptions) => {
    seen.compiled.push(source);
    const template = compile(source, options);
    return (context: unknown, runtime?: RuntimeOptions) => {
      seen.renderOptions.push(runtime);
      return template(context, runtime);
    };
  }) as typeof env.compile;
  return env;
};

type CompileOptions = Parameters<typeof import('handlebars').compile>[1];
type RuntimeOptions = Parameters<ReturnType<typeof import('handlebars').compile>>[1];

let specPath: string;
beforeAll(async () => {
  const root = await tempRoot();
  specPath = join(root, 'hostile.json');
  await writeFile(specPath, JSON.stringify(markdownSpec((slot) => MARKDOWN_PAYLOADS.join(` ${slot} `))));
});
afterAll(removeRoots);

/**
 * Whether source text loads `module` in any of the ways src does: `from '…'`, `require('…')`,
 * `import('…')`, and `createRequire(import.meta.url)('…')`.
 */
function loads(text: string, module: string): boolean {
  const name = `['"]${module}['"]`;
  return new RegExp(`from\\s+${name}|require\\(\\s*${name}|import\\(\\s*${name}|\\)\\(\\s*${name}`).test(text);
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && /\.(ts|js|mjs|cjs)$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

describe('handlebars', () => {
  it('is compiled in exactly one place in src, on files read from templates/', async () => {
    const compilers: string[] = [];
    const importers: string[] = [];
    const vmUsers: string[] = [];
    for (const file of await sourceFiles(join(ROOT, 'src'))) {
      const text = await readFile(file, 'utf8');
      // ajv compiles JSON Schemas too (load/schema-validator.ts); only a file that names handlebars
      // can reach handlebars' compile, and the importers check below holds that to one file.
      if (/\b(pre)?compile\s*\(/.test(text) && /handlebars/i.test(text)) compilers.push(file.slice(ROOT.length));
      if (loads(text, 'handlebars')) importers.push(file.slice(ROOT.length));
      // Nothing in src evaluates strings as code either, but the code cache, which compiles the
      // source Node's own loader read from a module's file, as that loader would have.
      expect(text, file).not.toMatch(/\bnew Function\s*\(|\beval\s*\(/);
      if (loads(text, '(node:)?vm')) vmUsers.push(file.slice(ROOT.length));
    }
    expect({ compilers, importers }).toEqual({ compilers: ['src/emit/docs/templates.ts'], importers: ['src/emit/docs/templates.ts'] });
    expect(vmUsers).toEqual(['src/cli/code-cache.ts']);
    const templates = await readFile(join(ROOT, 'src/emit/docs/templates.ts'), 'utf8');
    expect(templates).toMatch(/readFileSync\(`\$\{TEMPLATES_DIR\}\$\{target\}\/\$\{name\}\.hbs`/);
  });

  it('compiles only templates/ files and renders with prototype access off while every target emits a hostile spec', async () => {
    const api = await loadApi(specPath);
    for (const name of TARGETS) (await loadTarget(name)).emit(api, { packageName: 'docs' });
    const templates = new Set<string>();
    for (const file of await readdir(join(ROOT, 'templates'), { recursive: true })) {
      if (file.endsWith('.hbs')) templates.add(await readFile(join(ROOT, 'templates', file), 'utf8'));
    }
    expect(seen.compiled.length).toBeGreaterThan(0);
    for (const source of seen.compiled) expect(templates.has(source), source.slice(0, 80)).toBe(true);
    expect(seen.renderOptions.length).toBeGreaterThan(0);
    for (const options of seen.renderOptions) {
      expect(options).toMatchObject({ allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
      expect(options).not.toHaveProperty('allowedProtoProperties');
      expect(options).not.toHaveProperty('allowedProtoMethods');
    }
  });
});
