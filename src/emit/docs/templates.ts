import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

/**
 * Handlebars renders prose only, from our own files under templates/. It never compiles a string
 * that came from a spec, and views hand it text that is already escaped for its context, so it runs
 * with its own HTML escaping off (the reference styles need jmustache's rules, applied in views).
 */

/** templates/ at the package root: three levels above src/emit/docs and dist/emit/docs alike. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url));

const handlebars = Handlebars.create();
const cache = new Map<string, Handlebars.TemplateDelegate>();

/** Renders templates/<target>/<name>.hbs with a view whose strings are final. */
export function render(target: string, name: string, view: object): string {
  const key = `${target}/${name}`;
  let template = cache.get(key);
  if (!template) {
    const source = readFileSync(`${TEMPLATES_DIR}${target}/${name}.hbs`, 'utf8');
    template = handlebars.compile(source, { noEscape: true, knownHelpersOnly: true, preventIndent: true });
    cache.set(key, template);
  }
  // Prototype access stays off (the library default, stated here so it cannot drift).
  return template(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
}
