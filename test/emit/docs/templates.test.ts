import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { COMPILE_OPTIONS, TEMPLATES_DIR, templateFor, type Precompiled } from '../../../src/emit/docs/templates.js';

/** What the build wrote into dist/ (test/setup/build.ts builds it before the suite). */
const built = createRequire(import.meta.url)('../../../dist/emit/docs/templates.precompiled.cjs') as Record<string, Precompiled>;

const templates = readdirSync(TEMPLATES_DIR).flatMap((target) =>
  readdirSync(join(TEMPLATES_DIR, target))
    .filter((file) => file.endsWith('.hbs'))
    .map((file) => ({ key: `${target}/${file.slice(0, -'.hbs'.length)}`, source: readFileSync(join(TEMPLATES_DIR, target, file), 'utf8') })),
);

describe('the templates precompiled into dist/', () => {
  it('are every template under templates/, each from its current source', () => {
    expect(Object.keys(built).sort()).toEqual(templates.map((t) => t.key).sort());
    for (const { key, source } of templates) expect(built[key]?.source, key).toBe(source);
  });

  it('render as the same template compiled at run time', () => {
    const view = { className: 'PetApi', description: 'Pets', basePath: 'http://x', operations: [{ name: 'getPet' }], packageName: 'p' };
    for (const { key, source } of templates) {
      const compiled = Handlebars.create().compile(source, COMPILE_OPTIONS);
      expect(templateFor(source, built[key])(view), key).toBe(compiled(view));
    }
  });
});

describe('templateFor', () => {
  it('compiles the file anew when it is no longer the source the build compiled', () => {
    // precompile gives JavaScript source, which the build writes into a module: evaluated here the same way.
    const code = String(Handlebars.precompile('old {{name}}', COMPILE_OPTIONS));
    const old: Precompiled = { source: 'old {{name}}', spec: new Function(`return ${code};`)() as Precompiled['spec'] };
    expect(templateFor('old {{name}}', old)({ name: 'x' })).toBe('old x');
    expect(templateFor('new {{name}}', old)({ name: 'x' })).toBe('new x');
  });
});

describe('render, as built', () => {
  it("runs the build's templates on handlebars' runtime, never loading its compiler", () => {
    // A fresh process, as a run is: the built module, every template rendered once.
    const dist = new URL('../../../dist/emit/docs/templates.js', import.meta.url).href;
    const script = [
      `import { render } from ${JSON.stringify(dist)};`,
      "import { createRequire } from 'node:module';",
      `for (const key of ${JSON.stringify(templates.map((t) => t.key))}) { const [target, name] = key.split('/'); render(target, name, { operations: [] }); }`,
      "const loaded = Object.keys(createRequire(import.meta.url).cache).filter((path) => path.includes('handlebars'));",
      'process.stdout.write(JSON.stringify(loaded));',
    ].join('\n');
    const loaded = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as string[];
    expect(loaded.some((path) => path.endsWith('handlebars.runtime.js'))).toBe(true);
    expect(loaded.filter((path) => /[\\/]compiler[\\/]/.test(path) || path.endsWith(`${sep}handlebars.js`))).toEqual([]);
  });
});
