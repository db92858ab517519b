import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type Handlebars from 'handlebars';

/**
 * Handlebars renders prose only, from our own files under templates/. It never compiles a string
 * that came from a spec, and views hand it text that is already escaped for its context, so it runs
 * with its own HTML escaping off (the reference styles need jmustache's rules, applied in views).
 */

/** templates/ at the package root: three levels above src/emit/docs and dist/emit/docs alike. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url));

/** How every template is compiled, at run time or by the build (scripts/build-templates.mjs). */
export const COMPILE_OPTIONS = { noEscape: true, knownHelpersOnly: true, preventIndent: true } as const;

/** A template the build compiled: its source then, and the compiled code's spec. */
export interface Precompiled {
  readonly source: string;
  readonly spec: Parameters<typeof Handlebars.template>[0];
}

const require = createRequire(import.meta.url);
/**
 * Handlebars' runtime runs the templates the build compiled. Its compiler (with source-map) is
 * loaded only for a template edited since the build, or when src/ runs directly: loading it took
 * 16-19 ms a run, the runtime alone 7-9.
 */
const runtime = (require('handlebars/runtime') as typeof Handlebars).create();
let compiler: typeof Handlebars | undefined;
const cache = new Map<string, Handlebars.TemplateDelegate>();
let built: Readonly<Record<string, Precompiled>> | undefined;

/** Renders templates/<target>/<name>.hbs with a view whose strings are final. */
export function render(target: string, name: string, view: object): string {
  const key = `${target}/${name}`;
  let template = cache.get(key);
  if (!template) {
    template = templateFor(readFileSync(`${TEMPLATES_DIR}${target}/${name}.hbs`, 'utf8'), precompiled()[key]);
    cache.set(key, template);
  }
  // Prototype access stays off (the library default, stated here so it cannot drift).
  return template(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
}

/** The build's code only while the file is what it compiled: an edited template is compiled anew. */
export function templateFor(source: string, ready: Precompiled | undefined): Handlebars.TemplateDelegate {
  if (ready?.source === source) return runtime.template(ready.spec);
  compiler ??= (require('handlebars') as typeof Handlebars).create();
  return compiler.compile(source, COMPILE_OPTIONS);
}

/**
 * The templates the build compiled (dist/emit/docs/templates.precompiled.cjs): compiling them costs
 * a tenth of a second or more on every run otherwise. None when src/ runs directly.
 */
function precompiled(): Readonly<Record<string, Precompiled>> {
  if (built === undefined) {
    try {
      built = require('./templates.precompiled.cjs') as Record<string, Precompiled>;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'MODULE_NOT_FOUND') throw error;
      built = {};
    }
  }
  return built;
}
